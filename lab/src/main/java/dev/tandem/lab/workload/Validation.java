package dev.tandem.lab.workload;

import dev.tandem.lab.engine.RunReport;
import java.util.List;

/**
 * Whether an engine's answer is right: every {@code run(n)} returned the manifest's checksum for
 * that size, {@code hello} printed exactly its line, or a real program's stdout hashed to its
 * {@code stdout_sha256} and it exited with its {@code exit}. A result that fails here scores nothing.
 */
public final class Validation {

    /** The verdict: {@code validated}, or the reason it is not (one line, for {@code failures}). */
    public record Verdict(boolean validated, String reason) {

        public static final Verdict OK = new Verdict(true, "");

        public static Verdict failed(String reason) {
            return new Verdict(false, reason);
        }
    }

    private Validation() {
    }

    /** Checks one checksum. */
    public static Verdict checksum(Workload.Size size, long got) {
        if (got == size.checksum()) {
            return Verdict.OK;
        }
        return Verdict.failed("checksum mismatch at n=" + size.n() + ": expected " + size.checksum() + ", got " + got);
    }

    /** Checks every {@code run} call of every round; a report with no {@code run} call is not validated. */
    public static Verdict library(Workload.Size size, RunReport report) {
        int runs = 0;
        for (RunReport.Round round : report.rounds()) {
            for (RunReport.CallResult call : round.calls("run")) {
                if (!call.args().equals(List.of(size.n()))) {
                    return Verdict.failed("run was called with " + call.args() + ", not n=" + size.n());
                }
                Verdict v = checksum(size, call.result());
                if (!v.validated()) {
                    return v;
                }
                runs++;
            }
        }
        return runs == 0 ? Verdict.failed("no run(n) call was made, so nothing was checked") : Verdict.OK;
    }

    /** Checks that every round printed exactly {@code hello}'s line. */
    public static Verdict hello(Hello hello, RunReport report) {
        for (RunReport.Round round : report.rounds()) {
            Verdict v = helloOutput(hello, round.stdout());
            if (!v.validated()) {
                return v;
            }
        }
        return report.rounds().isEmpty() ? Verdict.failed("no round ran") : Verdict.OK;
    }

    /** Checks one output of {@code hello}. */
    public static Verdict helloOutput(Hello hello, String stdout) {
        if (hello.stdout().equals(stdout)) {
            return Verdict.OK;
        }
        return Verdict.failed("hello printed " + quoted(stdout) + ", expected " + quoted(hello.stdout()));
    }

    /**
     * Checks one run of a real program: its exit status and the SHA-256 of its stdout.
     *
     * @param head the first bytes it printed, shown when the output is wrong (may be empty)
     */
    public static Verdict real(RealProgram.Size size, String stdoutSha256, long stdoutBytes, String head, int exit) {
        if (exit != size.exit()) {
            return Verdict.failed("exit status " + exit + ", expected " + size.exit() + " (stdout began " + quoted(head) + ")");
        }
        if (!size.stdoutSha256().equals(stdoutSha256)) {
            return Verdict.failed("stdout sha256 " + abbreviatedHash(stdoutSha256) + " (" + stdoutBytes + " bytes, began "
                    + quoted(head) + "), expected " + abbreviatedHash(size.stdoutSha256()));
        }
        return Verdict.OK;
    }

    /** {@link #real(RealProgram.Size, String, long, String, int)} on a digest. */
    public static Verdict real(RealProgram.Size size, StdoutDigest stdout, int exit) {
        return real(size, stdout.sha256(), stdout.bytes(), stdout.head(), exit);
    }

    /** Checks every round of a real program's report: each ran {@code _start} once, with the right output and exit status. */
    public static Verdict real(RealProgram.Size size, RunReport report) {
        for (RunReport.Round round : report.rounds()) {
            List<RunReport.CallResult> starts = round.calls("_start");
            if (starts.size() != 1) {
                return Verdict.failed("a round made " + starts.size() + " _start calls, not 1");
            }
            Verdict v = real(size, round.stdoutSha256(), round.stdoutBytes(), round.stdout(), (int) starts.getFirst().result());
            if (!v.validated()) {
                return v;
            }
        }
        return report.rounds().isEmpty() ? Verdict.failed("no round ran") : Verdict.OK;
    }

    private static String abbreviatedHash(String hash) {
        return hash == null ? "(none)" : hash.length() > 16 ? hash.substring(0, 16) + ".." : hash;
    }

    private static String quoted(String s) {
        String escaped = s.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"");
        return "\"" + (escaped.length() > 60 ? escaped.substring(0, 57) + "..." : escaped) + "\"";
    }
}
