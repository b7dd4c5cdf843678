package dev.tandem.throughput;

import dev.tandem.lab.Profile;
import dev.tandem.lab.cli.HarnessArguments;
import dev.tandem.lab.engine.Engine;
import dev.tandem.lab.engine.Engines;
import dev.tandem.lab.engine.InProcessEngine;
import dev.tandem.lab.progress.Progress;
import dev.tandem.results.Artifact;
import dev.tandem.lab.results.EnvironmentCapture;
import dev.tandem.results.Metric;
import dev.tandem.results.Result;
import dev.tandem.results.ResultSet;
import dev.tandem.results.ResultsWriter;
import dev.tandem.results.stats.Statistics;
import dev.tandem.lab.stats.TimeToPeak;
import dev.tandem.lab.workload.Manifest;
import dev.tandem.lab.workload.RealProgram;
import dev.tandem.lab.workload.Workload;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The throughput harness: every workload on every engine, native included, in one run, so the
 * report's ratios to native come from the same machine state; then the real-program set
 * ({@link RealThroughput}: peak, warm-up and whole process per program and engine). Workload-major order (all engines on
 * one workload, then the next) spreads slow drift of a shared machine over the engines instead of
 * loading it onto whichever engine ran last.
 *
 * <pre>ThroughputHarness [--profile quick|full] [--out FILE] [--engines ID,...] [--workloads NAME,...]
 *                   [--flame ENGINE:WORKLOAD,...] [--flame-event cpu|alloc]</pre>
 *
 * <p>{@code --flame} adds an async-profiler flame graph for each named pair of a JVM engine and a
 * workload, from a separate profiling run after the measured one, saved under {@code flame/} beside
 * the results file and listed in its {@code artifacts}.
 */
public final class ThroughputHarness {

    static final String HARNESS = "throughput";

    private ThroughputHarness() {
    }

    public static void main(String[] args) {
        HarnessArguments arguments;
        FlameGraphs flames;
        try {
            arguments = HarnessArguments.parse("throughput", args, Set.of("flame", "flame-event"));
            flames = FlameGraphs.parse(arguments.get("flame", null), arguments.get("flame-event", "cpu"));
        } catch (IllegalArgumentException e) {
            System.err.println("throughput: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path out = arguments.out(HARNESS);
        ResultSet set = run(arguments.profile(), Engines.select(arguments.engines()), arguments.workloads(), flames, out,
                System.out);
        System.out.printf("[lab] throughput: %d results, %d skipped, %d failures -> %s%n", set.getResults().size(),
                set.getSkipped().size(), set.getFailures().size(), out);
        System.exit(0);
    }

    static ResultSet run(Profile profile, List<Engine> engines, List<String> workloadNames, FlameGraphs flames, Path out,
                         PrintStream log) {
        Settings settings = Settings.of(profile);
        RealSettings realSettings = RealSettings.of(profile);
        Manifest manifest = Manifest.load();
        // --workloads may name kernels and real programs alike; each set runs the names it has.
        if (workloadNames != null) {
            workloadNames.stream().filter(n -> manifest.findReal(n).isEmpty()).forEach(manifest::workload); // unknown names fail here
        }
        List<String> names = workloadNames != null ? workloadNames.stream().filter(n -> manifest.find(n).isPresent()).toList()
                : settings.workloads().isEmpty() ? manifest.names() : settings.workloads();
        List<Workload> workloads = names.stream().map(manifest::workload).toList();
        List<RealProgram> real = RealThroughput.select(manifest, workloadNames, realSettings, log);

        ResultSet set = new ResultSet(HARNESS, profile.id(), EnvironmentCapture.capture(EnvironmentCapture.thisJvmFlags()));
        List<Engine> available = new ArrayList<>();
        List<Engine> kernelEngines = new ArrayList<>();
        for (Engine e : engines) {
            String unavailable = e.unavailableReason().orElse(null);
            String left = settings.leftOut(e.id()).orElse(null);
            if (unavailable != null) {
                set.skip(e.id(), "*", unavailable);
                log.println("[lab] skip " + e.id() + ": " + unavailable);
                continue;
            }
            if (left == null) {
                kernelEngines.add(e);
                available.add(e);
            } else if (!real.isEmpty() && (realSettings.leftOut(e.id()).isEmpty() || realSettings.timesProcess(e.id()))) {
                // Left out of the kernels only: the real set still times it (e.g. tandem run prog.twasm in full).
                available.add(e);
                workloads.forEach(w -> set.skip(e.id(), w.name(), left));
                log.println("[lab] skip " + e.id() + " on the kernels: " + left);
            } else {
                set.skip(e.id(), "*", left);
                log.println("[lab] skip " + e.id() + ": " + left);
            }
        }
        ResultsWriter.write(set, out);
        int steps = workloads.size() * kernelEngines.stream().mapToInt(e -> settings.sizesFor(e.id()).size()).sum()
                + RealThroughput.steps(real, available, realSettings);
        Progress progress = new Progress(steps, log);
        for (Workload w : workloads) {
            for (Engine e : kernelEngines) {
                for (String size : settings.sizesFor(e.id())) {
                    Settings at = settings.at(size);
                    progress.step(e.id() + " " + w.name() + " " + size);
                    Measurement m = e instanceof InProcessEngine inProcess
                            ? JmhThroughput.run(inProcess, w.name(), at, log)
                            : SelfTimedThroughput.run(e, w, at, log);
                    record(set, e, w, at, m, log);
                    if (flames.wants(e.id(), w.name()) && size.equals(settings.size())) {
                        profile(set, e, w, at, flames, out, log);
                    }
                    ResultsWriter.write(set, out);
                }
            }
        }
        RealThroughput.run(set, real, available, realSettings, progress, out, log);
        return set;
    }

    /** A profiling run of one pair; what it produced becomes artifacts, what went wrong a log line. */
    static void profile(ResultSet set, Engine engine, Workload workload, Settings settings, FlameGraphs flames, Path out,
                        PrintStream log) {
        if (!(engine instanceof InProcessEngine inProcess)) {
            log.println("[lab] no flame graph for " + engine.id() + ": async-profiler profiles JVM engines only");
            return;
        }
        FlameGraphs.Library library = FlameGraphs.library();
        if (library.path().isEmpty()) {
            log.println("[lab] no flame graph for " + engine.id() + " " + workload.name() + ": " + library.missingReason());
            return;
        }
        Path base = out.toAbsolutePath().getParent();
        Path dir = base.resolve("flame").resolve(engine.id() + "-" + workload.name() + "-" + flames.event());
        log.println("[lab] profiling " + engine.id() + " " + workload.name() + " (" + flames.event() + ")");
        Measurement m = JmhThroughput.run(inProcess, workload.name(), settings, log, flames.jmhOptions(library.path().get(), dir));
        try {
            List<Path> files = FlameGraphs.htmlFiles(dir);
            if (m.failure() != null || files.isEmpty()) {
                log.println("[lab] no flame graph for " + engine.id() + " " + workload.name() + ": "
                        + (m.failure() != null ? m.failure() : "the profiler wrote no HTML"));
            }
            for (Path f : files) {
                set.add(new Artifact("flamegraph-" + flames.event(), engine.id(), workload.name(),
                        base.relativize(f).toString().replace('\\', '/')));
            }
        } catch (java.io.IOException e) {
            log.println("[lab] no flame graph for " + engine.id() + " " + workload.name() + ": " + e.getMessage());
        }
    }

    static void record(ResultSet set, Engine engine, Workload workload, Settings settings, Measurement m, PrintStream log) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("flags", String.join(" ", engine instanceof InProcessEngine ie ? JmhThroughput.jvmArgs(ie) : engine.flags()));
        params.put("warmup", settings.warmupFor(engine.id()));
        params.put("iterations", settings.measureFor(engine.id()));
        params.put("forks", settings.forks());
        params.put("timing", engine instanceof InProcessEngine ? "jmh-single-shot" : "self-timed");
        params.put("n", workload.size(settings.size()).n());
        record(set, engine, workload.name(), settings.size(), params, m, log);
    }

    /** A measurement as results: {@code time} (measured iterations, every iteration as the series) and {@code time-to-peak}. */
    static void record(ResultSet set, Engine engine, String workload, String size, Map<String, Object> params, Measurement m,
                       PrintStream log) {
        if (m.failure() != null) {
            set.fail(engine.id(), workload, m.failure());
            log.println("[lab] FAILED " + engine.id() + " " + workload + ": " + m.failure());
            return;
        }
        double[] measured = m.measured();
        List<double[]> series = new ArrayList<>();
        for (int i = 0; i < m.series().size(); i++) {
            series.add(new double[] {i, m.series().get(i)});
        }
        Result time = Result.of(engine.id(), workload, size, Metric.TIME, measured, params, series);
        set.add(time);
        log.printf("[lab] %s %s: median %.2f ms [%.2f, %.2f]%n", engine.id(), workload, time.median() / 1e6,
                time.ci95()[0] / 1e6, time.ci95()[1] / 1e6);
        if (!engine.id().equals("native")) {
            OptionalDouble ttp = TimeToPeak.millis(firstFork(m), Statistics.median(measured));
            if (ttp.isPresent()) {
                set.add(Result.of(engine.id(), workload, size, Metric.TIME_TO_PEAK, new double[] {ttp.getAsDouble()}, params, null));
            }
        }
    }

    /** The first fork's iterations: warm-up is a property of one JVM, so the curve is read in one. */
    private static double[] firstFork(Measurement m) {
        List<Double> first = new ArrayList<>();
        boolean seenMeasured = false;
        for (int i = 0; i < m.series().size(); i++) {
            boolean warm = m.warmup().get(i);
            if (warm && seenMeasured) {
                break; // the next fork's warm-up begins
            }
            seenMeasured |= !warm;
            first.add(m.series().get(i));
        }
        return first.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
