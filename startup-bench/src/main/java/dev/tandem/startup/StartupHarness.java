package dev.tandem.startup;

import dev.tandem.lab.Profile;
import dev.tandem.lab.cli.HarnessArguments;
import dev.tandem.lab.engine.Engine;
import dev.tandem.lab.engine.EngineException;
import dev.tandem.lab.engine.Engines;
import dev.tandem.lab.engine.InProcessEngine;
import dev.tandem.lab.engine.Plan;
import dev.tandem.lab.engine.RunReport;
import dev.tandem.lab.engine.node.NodeEngine;
import dev.tandem.lab.progress.Progress;
import dev.tandem.lab.results.Calibration;
import dev.tandem.lab.results.EnvironmentCapture;
import dev.tandem.results.Metric;
import dev.tandem.results.Result;
import dev.tandem.results.ResultSet;
import dev.tandem.results.ResultsWriter;
import dev.tandem.lab.workload.Hello;
import dev.tandem.lab.workload.Manifest;
import dev.tandem.lab.workload.Validation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * In-process start-up of {@code hello} per engine, each phase on its own: cold (a fresh JVM or node
 * process per sample) and warm (the same sequence repeated in one process after warm-up). JVM
 * engines go through JMH ({@link JmhStartup}); node times its own phases with V8's lazy compilation
 * off, so {@code compile} holds all compilation and {@code first-call} none. Native code has no
 * in-process phases and is measured by the whole-process harness instead.
 *
 * <pre>StartupHarness [--profile quick|full] [--out FILE] [--engines ID,...]</pre>
 */
public final class StartupHarness {

    static final String HARNESS = "startup";
    static final String NATIVE_REASON = "no in-process phases: a native binary is compiled ahead of time and loaded by the OS"
            + " (see the startup-process results)";

    private StartupHarness() {
    }

    public static void main(String[] args) {
        HarnessArguments arguments;
        try {
            arguments = HarnessArguments.parse(HARNESS, args, Set.of());
        } catch (IllegalArgumentException e) {
            System.err.println(HARNESS + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        Path out = arguments.out(HARNESS);
        ResultSet set = run(arguments.profile(), Engines.select(arguments.engines()), out, System.out);
        System.out.printf("[lab] startup: %d results, %d skipped, %d failures -> %s%n", set.getResults().size(),
                set.getSkipped().size(), set.getFailures().size(), out);
        System.exit(0);
    }

    static ResultSet run(Profile profile, List<Engine> engines, Path out, PrintStream log) {
        StartupSettings settings = StartupSettings.of(profile);
        Hello hello = Manifest.load().hello();
        ResultSet set = new ResultSet(HARNESS, profile.id(), EnvironmentCapture.capture(EnvironmentCapture.thisJvmFlags()));
        List<Engine> runnable = new ArrayList<>();
        for (Engine e : engines) {
            String reason = e.id().equals("native") ? NATIVE_REASON : e.unavailableReason().orElse(null);
            if (reason == null) {
                runnable.add(e);
            } else {
                set.skip(e.id(), Hello.NAME, reason);
                log.println("[lab] skip " + e.id() + ": " + reason);
            }
        }
        Calibration.measure(set);
        ResultsWriter.write(set, out);
        Progress progress = new Progress(2 * runnable.size(), log);
        for (Engine e : runnable) {
            for (String mode : List.of("cold", "warm")) {
                progress.step(e.id() + " hello " + mode);
                Outcome o = e instanceof InProcessEngine ie ? jvm(ie, mode, settings) : external(e, hello, mode, settings);
                record(set, e, mode, o, settings, log);
                ResultsWriter.write(set, out);
            }
        }
        return set;
    }

    /** The measured sequences of one engine in one mode, the flags they ran with, or why they failed. */
    record Outcome(List<PhaseRecord> measured, List<String> flags, String failure) {
    }

    private static Outcome jvm(InProcessEngine engine, String mode, StartupSettings s) {
        JmhStartup.Outcome o = mode.equals("cold") ? JmhStartup.cold(engine, s.coldForks())
                : JmhStartup.warm(engine, s.warmWarmup(), s.warmMeasure());
        return new Outcome(o.measured(), engine.jvmArgs(), o.failure());
    }

    private static Outcome external(Engine engine, Hello hello, String mode, StartupSettings s) {
        Engine eager = engine instanceof NodeEngine node ? node.eagerCompilation() : engine;
        List<PhaseRecord> measured = new ArrayList<>();
        try {
            if (mode.equals("cold")) {
                for (int i = 0; i < s.coldForks(); i++) {
                    measured.addAll(records(eager.run(Plan.command(hello.command(), 1)), hello, 0));
                }
            } else {
                measured.addAll(records(eager.run(Plan.command(hello.command(), s.warmWarmup() + s.warmMeasure())), hello,
                        s.warmWarmup()));
            }
        } catch (EngineException | IllegalStateException e) {
            return new Outcome(List.of(), eager.flags(), e.getMessage());
        }
        return new Outcome(measured, eager.flags(), null);
    }

    /** A self-timed report's rounds after the first {@code skip}, as phase records, each checked. */
    static List<PhaseRecord> records(RunReport report, Hello hello, int skip) {
        List<PhaseRecord> records = new ArrayList<>();
        for (int i = skip; i < report.rounds().size(); i++) {
            RunReport.Round round = report.rounds().get(i);
            Validation.Verdict v = Validation.helloOutput(hello, round.stdout());
            if (!v.validated()) {
                throw new IllegalStateException(v.reason());
            }
            List<RunReport.Phase> phases = new ArrayList<>(round.phases());
            phases.add(new RunReport.Phase(PhaseRecord.FIRST_CALL, round.calls("_start").getFirst().nanos()));
            records.add(new PhaseRecord(false, phases));
        }
        return records;
    }

    static void record(ResultSet set, Engine engine, String mode, Outcome o, StartupSettings s, PrintStream log) {
        if (o.failure() != null) {
            set.fail(engine.id(), Hello.NAME, mode + " start-up: " + o.failure());
            log.println("[lab] FAILED " + engine.id() + " " + mode + ": " + o.failure());
            return;
        }
        Map<String, List<Double>> byPhase = new LinkedHashMap<>();
        for (PhaseRecord r : o.measured()) {
            for (RunReport.Phase p : r.phases()) {
                byPhase.computeIfAbsent(p.name(), k -> new ArrayList<>()).add((double) p.nanos());
            }
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("mode", mode);
        params.put("flags", String.join(" ", o.flags()));
        params.put("samples", mode.equals("cold") ? "one per fresh process" : "after " + s.warmWarmup() + " warm-up sequences");
        StringBuilder line = new StringBuilder("[lab] " + engine.id() + " " + mode + ":");
        for (Map.Entry<String, List<Double>> e : byPhase.entrySet()) {
            double[] samples = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            Result r = Result.of(engine.id(), Hello.NAME, "default", Metric.phase(e.getKey()), samples, params, null);
            set.add(r);
            line.append(String.format(" %s %.2f ms", e.getKey(), r.median() / 1e6));
        }
        log.println(line);
    }
}
