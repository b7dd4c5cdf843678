package dev.tandem.lab.engine;

import dev.tandem.lab.workload.StdoutDigest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link Plan} on an {@link InProcessEngine} in this JVM, timing the phases: prepare (as the
 * engine marks it), instantiate, then every call. Reading the file is not timed.
 */
public final class InProcessRun {

    private InProcessRun() {
    }

    public static RunReport run(InProcessEngine engine, Plan plan) throws EngineException {
        byte[] wasm;
        try {
            wasm = Files.readAllBytes(plan.module());
        } catch (IOException e) {
            throw new EngineException("cannot read " + plan.module() + ": " + e.getMessage(), e);
        }
        List<RunReport.Round> rounds = new ArrayList<>();
        for (int r = 0; r < plan.rounds(); r++) {
            rounds.add(round(engine, plan, wasm));
        }
        return new RunReport(rounds);
    }

    private static RunReport.Round round(InProcessEngine engine, Plan plan, byte[] wasm) throws EngineException {
        if (plan.command() != null) {
            return commandRound(engine, plan, wasm);
        }
        PhaseClock clock = new PhaseClock();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        List<RunReport.CallResult> calls = new ArrayList<>();
        String phase = "prepare";
        try (InProcessEngine.PreparedModule module = engine.prepare(wasm, clock)) {
            phase = "instantiate";
            clock.start();
            InProcessEngine.WasmInstance instance = module.instantiate(stdout);
            clock.lap(RunReport.Phase.INSTANTIATE);
            for (Plan.Call call : plan.calls()) {
                phase = call.export() + call.args();
                InProcessEngine.ExportCall function = instance.function(call.export());
                int[] args = call.args().stream().mapToInt(Integer::intValue).toArray();
                for (int i = 0; i < call.reps(); i++) {
                    long start = System.nanoTime();
                    long result = function.call(args);
                    long elapsed = System.nanoTime() - start;
                    calls.add(new RunReport.CallResult(call.export(), call.args(), elapsed, result));
                }
            }
        } catch (EngineException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw new EngineException(engine.id() + " failed in " + phase + ": " + EngineException.describe(e), e);
        }
        return new RunReport.Round(clock.phases(), calls, stdout.toString(StandardCharsets.UTF_8));
    }

    /** A real program: a fresh instance with its argv and directories, one {@code _start}; the call's result is the exit status. */
    private static RunReport.Round commandRound(InProcessEngine engine, Plan plan, byte[] wasm) throws EngineException {
        PhaseClock clock = new PhaseClock();
        StdoutDigest stdout = new StdoutDigest();
        String phase = "prepare";
        try (InProcessEngine.PreparedModule module = engine.prepare(wasm, clock)) {
            phase = "instantiate";
            clock.start();
            InProcessEngine.WasmInstance instance = module.instantiate(stdout, plan.command());
            clock.lap(RunReport.Phase.INSTANTIATE);
            phase = "_start";
            long start = System.nanoTime();
            int exit = instance.runCommand();
            long elapsed = System.nanoTime() - start;
            return new RunReport.Round(clock.phases(), List.of(new RunReport.CallResult("_start", List.of(), elapsed, exit)),
                    stdout.head(), stdout.sha256(), stdout.bytes());
        } catch (Exception | StackOverflowError e) {
            throw new EngineException(engine.id() + " failed in " + phase + ": " + EngineException.describe(e), e);
        }
    }
}
