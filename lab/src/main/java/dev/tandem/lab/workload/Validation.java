package dev.tandem.lab.workload;

import dev.tandem.lab.engine.RunReport;
import java.util.List;

/**
 * Whether an engine's answer is right: every {@code run(n)} returned the manifest's checksum for
 * that size, or {@code hello} printed exactly its line. A result that fails here scores nothing.
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

    private static String quoted(String s) {
        String escaped = s.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"");
        return "\"" + (escaped.length() > 60 ? escaped.substring(0, 57) + "..." : escaped) + "\"";
    }
}
