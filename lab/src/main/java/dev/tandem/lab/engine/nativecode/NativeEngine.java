package dev.tandem.lab.engine.nativecode;

import dev.tandem.lab.engine.ChildProcess;
import dev.tandem.lab.engine.Engine;
import dev.tandem.lab.engine.EngineException;
import dev.tandem.lab.engine.Plan;
import dev.tandem.lab.engine.RunReport;
import dev.tandem.lab.engine.WasiCommand;
import dev.tandem.lab.workload.StdoutDigest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Native code: the workload's {@code gcc -O2} build. For a library plan it runs the timing driver,
 * which times {@code setup()} and each {@code run(n)} itself with {@code CLOCK_MONOTONIC}; for a
 * command plan it runs the native {@code hello}, or, for a plan with a {@link WasiCommand} (a real
 * program), that program's native build ({@link NativeBuild#real}) with the argv's guest paths made
 * host paths, timing the whole process; its stdout is hashed from a file. There is nothing to decode,
 * compile or instantiate, so reports have no phases. The plan's module names the workload
 * ({@code wasm/library/NAME.wasm} means {@code src/NAME.c}, {@code real/wasm/NAME.wasm} the program NAME).
 */
public final class NativeEngine implements Engine {

    private static final Pattern SETUP = Pattern.compile("setup ns=(\\d+)");
    private static final Pattern RUN = Pattern.compile("n=(\\d+) checksum=(-?\\d+) ns=(\\d+)");

    @Override
    public String id() {
        return "native";
    }

    @Override
    public Optional<String> unavailableReason() {
        return NativeBuild.gccVersion() == null ? Optional.of("gcc not found on PATH (it builds the native workloads)")
                : Optional.empty();
    }

    @Override
    public List<String> flags() {
        return NativeBuild.FLAGS;
    }

    @Override
    public RunReport run(Plan plan) throws EngineException {
        List<RunReport.Round> rounds = new ArrayList<>();
        for (int r = 0; r < plan.rounds(); r++) {
            rounds.add(plan.command() != null ? real(plan) : plan.kind() == Plan.Kind.COMMAND ? command(plan) : library(plan));
        }
        return new RunReport(rounds);
    }

    /** The workload name a library module's file stands for. */
    static String workloadName(Path module) {
        String file = module.getFileName().toString();
        return file.endsWith(".wasm") ? file.substring(0, file.length() - ".wasm".length()) : file;
    }

    private RunReport.Round library(Plan plan) throws EngineException {
        List<String> command = new ArrayList<>(List.of(NativeBuild.bench(workloadName(plan.module())).toString()));
        List<Plan.Call> runs = plan.calls().stream().filter(c -> c.export().equals("run")).toList();
        if (runs.size() != 1 || runs.getFirst().args().size() != 1) {
            throw new EngineException("native: a library plan must be setup() then run(n) repeated, got " + plan.calls());
        }
        Plan.Call run = runs.getFirst();
        command.addAll(List.of("-r", Integer.toString(run.reps()), Integer.toString(run.args().getFirst())));
        ChildProcess.Outcome o = ChildProcess.run(command, null);
        if (o.exitCode() != 0) {
            throw new EngineException("native: " + command.getFirst() + " exited with " + o.exitCode() + ": " + o.tail());
        }
        List<RunReport.CallResult> calls = new ArrayList<>();
        for (String line : o.stdout().lines().toList()) {
            Matcher s = SETUP.matcher(line);
            Matcher m = RUN.matcher(line);
            if (s.matches()) {
                calls.add(new RunReport.CallResult("setup", List.of(), Long.parseLong(s.group(1)), 0));
            } else if (m.matches()) {
                calls.add(new RunReport.CallResult("run", List.of(Integer.parseInt(m.group(1))), Long.parseLong(m.group(3)),
                        Long.parseLong(m.group(2))));
            }
        }
        return new RunReport.Round(List.of(), calls, "");
    }

    /** One whole run of a real program's native build; the call's result is its exit status. */
    private RunReport.Round real(Plan plan) throws EngineException {
        String name = workloadName(plan.module());
        Path binary = NativeBuild.real(name).orElseThrow(() -> new EngineException("native: " + NativeBuild.realMissing(name).orElse("")));
        WasiCommand wasi = plan.command();
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        List<String> hostArgs = wasi.hostArgs();
        command.addAll(hostArgs.subList(1, hostArgs.size()));
        Path stdout = null;
        try {
            stdout = Files.createTempFile("tandem-native-", ".out");
            long start = System.nanoTime();
            ChildProcess.Outcome o = ChildProcess.run(command, null, stdout);
            long elapsed = System.nanoTime() - start;
            StdoutDigest digest = StdoutDigest.of(stdout);
            return new RunReport.Round(List.of(), List.of(new RunReport.CallResult("_start", List.of(), elapsed, o.exitCode())),
                    digest.head(), digest.sha256(), digest.bytes());
        } catch (IOException e) {
            throw new EngineException("native: " + e.getMessage(), e);
        } finally {
            if (stdout != null) {
                try {
                    Files.deleteIfExists(stdout);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    private RunReport.Round command(Plan plan) throws EngineException {
        Path hello = NativeBuild.hello();
        if (!workloadName(plan.module()).equals("hello")) {
            throw new EngineException("native: the only command the lab builds natively is hello, not " + plan.module());
        }
        long start = System.nanoTime();
        ChildProcess.Outcome o = ChildProcess.run(List.of(hello.toString()), null);
        long elapsed = System.nanoTime() - start;
        if (o.exitCode() != 0) {
            throw new EngineException("native: hello exited with " + o.exitCode() + ": " + o.tail());
        }
        return new RunReport.Round(List.of(), List.of(new RunReport.CallResult("_start", List.of(), elapsed, 0)), o.stdout());
    }
}
