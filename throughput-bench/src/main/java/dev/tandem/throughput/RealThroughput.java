package dev.tandem.throughput;

import dev.tandem.lab.engine.Engine;
import dev.tandem.lab.engine.EngineException;
import dev.tandem.lab.engine.InProcessEngine;
import dev.tandem.lab.engine.Plan;
import dev.tandem.lab.engine.RunReport;
import dev.tandem.lab.engine.nativecode.NativeBuild;
import dev.tandem.lab.engine.nativecode.NativeEngine;
import dev.tandem.lab.progress.Progress;
import dev.tandem.results.Metric;
import dev.tandem.results.Result;
import dev.tandem.results.ResultSet;
import dev.tandem.results.ResultsWriter;
import dev.tandem.results.stats.Statistics;
import dev.tandem.lab.workload.Manifest;
import dev.tandem.lab.workload.RealProgram;
import dev.tandem.lab.workload.Validation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real-program set in the throughput harness: for each program (program-major, like the kernels),
 * peak and warm-up per engine (repeated whole {@code _start} runs of a fresh instance in one warmed
 * JVM or node process, each timed; native runs its build once per run), then whole process per engine
 * (a fresh {@code tandem run} / node / native process per sample, wall time). Results are the kernels'
 * metrics ({@code time}, {@code time-to-peak}) plus {@code wall}, with {@code params.set = "real"} so
 * the report and the gate tell the two sets apart (docs/results-schema.md).
 */
final class RealThroughput {

    /** The params key and value that mark a result as the real-program set's. */
    static final String SET = "set";
    static final String REAL = "real";

    private RealThroughput() {
    }

    /**
     * The real programs to run: those {@code --workloads} names (null: the profile's, or all when it
     * names none); a profile's program missing from the manifest is said on the log, not an error (the
     * set is still growing).
     */
    static List<RealProgram> select(Manifest manifest, List<String> workloadNames, RealSettings settings, PrintStream log) {
        if (workloadNames != null) {
            return workloadNames.stream().filter(n -> manifest.findReal(n).isPresent()).map(manifest::realProgram).toList();
        }
        if (settings.programs().isEmpty()) {
            return manifest.real();
        }
        List<RealProgram> chosen = new ArrayList<>();
        for (String name : settings.programs()) {
            Optional<RealProgram> p = manifest.findReal(name);
            if (p.isPresent()) {
                chosen.add(p.get());
            } else {
                log.println("[lab] real program " + name + " is not in workloads/manifest.json (real programs there: "
                        + (manifest.realNames().isEmpty() ? "none" : String.join(", ", manifest.realNames())) + "); not run");
            }
        }
        return chosen;
    }

    static int steps(List<RealProgram> programs, List<Engine> engines, RealSettings settings) {
        int perProgram = 0;
        for (Engine e : engines) {
            perProgram += (settings.leftOut(e.id()).isEmpty() ? 1 : 0) + (settings.timesProcess(e.id()) ? 1 : 0);
        }
        return programs.size() * perProgram;
    }

    static void run(ResultSet set, List<RealProgram> programs, List<Engine> engines, RealSettings settings, Progress progress,
                    Path out, PrintStream log) {
        for (RealProgram p : programs) {
            for (Engine e : engines) {
                Optional<String> left = settings.leftOut(e.id());
                if (left.isPresent()) {
                    set.skip(e.id(), p.name(), left.get());
                    continue;
                }
                progress.step(e.id() + " " + p.name() + " " + settings.size() + " (real, peak)");
                Optional<String> missing = missing(e, p);
                if (missing.isPresent()) {
                    set.skip(e.id(), p.name(), missing.get());
                    log.println("[lab] skip " + e.id() + " " + p.name() + ": " + missing.get());
                } else {
                    Measurement m = e instanceof InProcessEngine inProcess
                            ? JmhThroughput.run(inProcess, RealProgramBenchmark.class, Map.of("program", p.name(), "size", settings.size()),
                                    settings.forks(), settings.warmup(), settings.measure(), log, null)
                            : selfTimed(e, p, settings, log);
                    ThroughputHarness.record(set, e, p.name(), settings.size(), params(e, p, settings), m, log);
                }
                ResultsWriter.write(set, out);
            }
            for (Engine e : engines) {
                if (!settings.timesProcess(e.id())) {
                    continue;
                }
                progress.step(e.id() + " " + p.name() + " " + settings.size() + " (real, whole process x" + settings.processRuns() + ")");
                Optional<String> missing = missing(e, p).or(() -> WholeProcess.unavailable(e));
                if (missing.isPresent()) {
                    set.skip(e.id(), p.name(), missing.get());
                    log.println("[lab] skip " + e.id() + " " + p.name() + " (whole process): " + missing.get());
                } else {
                    wholeProcess(set, e, p, settings, log);
                }
                ResultsWriter.write(set, out);
            }
        }
    }

    private static Optional<String> missing(Engine e, RealProgram p) {
        return e instanceof NativeEngine ? NativeBuild.realMissing(p.name()) : Optional.empty();
    }

    /** node and native: each fork one process making {@code warmup + measure} runs, each a fresh instance (native: a fresh process). */
    static Measurement selfTimed(Engine engine, RealProgram program, RealSettings settings, PrintStream log) {
        RealProgram.Size size = program.size(settings.size());
        List<Double> series = new ArrayList<>();
        List<Boolean> warmup = new ArrayList<>();
        for (int f = 0; f < settings.forks(); f++) {
            RunReport report;
            try {
                report = engine.run(Plan.command(program.command(), settings.warmup() + settings.measure(), program.command(settings.size())));
            } catch (EngineException e) {
                return Measurement.failed(e.getMessage());
            }
            Validation.Verdict v = Validation.real(size, report);
            if (!v.validated()) {
                return Measurement.failed(v.reason());
            }
            for (int i = 0; i < report.rounds().size(); i++) {
                double nanos = report.rounds().get(i).calls("_start").getFirst().nanos();
                series.add(nanos);
                warmup.add(i < settings.warmup());
                log.printf("    %s %d: %.1f ms%n", i < settings.warmup() ? "warm-up" : "measure",
                        i < settings.warmup() ? i + 1 : i - settings.warmup() + 1, nanos / 1e6);
            }
        }
        return new Measurement(series, warmup, null);
    }

    static Map<String, Object> params(Engine engine, RealProgram program, RealSettings settings) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(SET, REAL);
        params.put("flags", String.join(" ", engine instanceof InProcessEngine ie ? JmhThroughput.jvmArgs(ie) : engine.flags()));
        params.put("warmup", settings.warmup());
        params.put("iterations", settings.measure());
        params.put("forks", settings.forks());
        params.put("timing", engine instanceof InProcessEngine ? "jmh-single-shot" : "self-timed");
        params.put("args", String.join(" ", program.size(settings.size()).args()));
        return params;
    }

    private static void wholeProcess(ResultSet set, Engine engine, RealProgram program, RealSettings settings, PrintStream log) {
        double[] wall = new double[settings.processRuns()];
        String launcher;
        try (WholeProcess process = WholeProcess.prepare(engine, program, settings.size())) {
            launcher = process.launcher();
            // No untimed run first (start-up's harness has one for its 20 ms processes): the peak runs just
            // read the same module and inputs, and a real program's run costs seconds to minutes.
            for (int i = 0; i < settings.processRuns(); i++) {
                WholeProcess.Sample s = process.run();
                if (s.failure() != null) {
                    set.fail(engine.id(), program.name(), "whole process: " + s.failure());
                    log.println("[lab] FAILED " + engine.id() + " " + program.name() + " (whole process): " + s.failure());
                    return;
                }
                wall[i] = s.wallMs();
                log.printf("    process %d: %.1f ms%n", i + 1, s.wallMs());
            }
        } catch (EngineException | IOException | RuntimeException e) {
            set.fail(engine.id(), program.name(), "whole process: " + e.getMessage());
            log.println("[lab] FAILED " + engine.id() + " " + program.name() + " (whole process): " + e.getMessage());
            return;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(SET, REAL);
        params.put("launcher", launcher);
        params.put("flags", String.join(" ", engine.flags()));
        params.put("args", String.join(" ", program.size(settings.size()).args()));
        Result r = Result.of(engine.id(), program.name(), settings.size(), Metric.WALL, wall, params, null);
        set.add(r);
        log.printf("[lab] %s %s whole process: median %.1f ms (min %.1f, max %.1f)%n", engine.id(), program.name(), r.median(),
                Statistics.min(wall), Statistics.max(wall));
    }
}
