package dev.tandem.throughput;

import dev.tandem.lab.engine.InProcessEngine;
import dev.tandem.lab.jmh.IterationRecorder;
import dev.tandem.lab.jmh.JmhFailure;
import dev.tandem.lab.workload.LabPaths;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ThroughputBenchmark} for one in-process engine and workload through JMH: forked JVMs
 * with the engine's flags, {@code SingleShotTime}, warm-up and measured iterations as the settings
 * say. Flags common to every engine: a 16 MB thread stack (the {@code recursion} workload goes about
 * 4,100 Wasm frames deep, and JVM tiers spend several Java frames per Wasm frame) and a fixed heap
 * ceiling, so no engine's result depends on the machine's memory size.
 */
final class JmhThroughput {

    static final List<String> COMMON_JVM_ARGS = List.of("-Xss16m", "-Xmx4g");

    private JmhThroughput() {
    }

    static List<String> jvmArgs(InProcessEngine engine) {
        List<String> args = new ArrayList<>(engine.jvmArgs());
        args.addAll(COMMON_JVM_ARGS);
        args.add("-Dtandem.root=" + LabPaths.root());
        String jvmci = System.getProperty("tandem.lab.jvmci");
        if (jvmci != null) {
            args.add("-Dtandem.lab.jvmci=" + jvmci);
        }
        return args;
    }

    static Measurement run(InProcessEngine engine, String workload, Settings settings, PrintStream out) {
        return run(engine, workload, settings, out, null);
    }

    /**
     * @param profiler JMH {@code async} profiler options for a profiling run, or null for a measured run
     */
    static Measurement run(InProcessEngine engine, String workload, Settings settings, PrintStream out, String profiler) {
        return run(engine, ThroughputBenchmark.class, java.util.Map.of("workload", workload, "size", settings.size()),
                settings.forks(), settings.warmupFor(engine.id()), settings.measureFor(engine.id()), out, profiler);
    }

    /**
     * Runs {@code benchmark}'s {@code run} method for {@code engine}, one call per iteration.
     *
     * @param params   the benchmark's {@code @Param}s besides {@code engine}
     * @param profiler JMH {@code async} profiler options for a profiling run, or null for a measured run
     */
    static Measurement run(InProcessEngine engine, Class<?> benchmark, java.util.Map<String, String> params, int forks,
                           int warmupIterations, int measure, PrintStream out, String profiler) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark.getName()) + "\\.run$")
                .param("engine", engine.id())
                .forks(forks)
                .warmupIterations(warmupIterations)
                .measurementIterations(measure)
                .warmupBatchSize(1)
                .measurementBatchSize(1)
                .timeUnit(TimeUnit.NANOSECONDS)
                // JMH stops an iteration after 10 minutes by default; an interpreter's default-size call can take longer.
                .timeout(TimeValue.hours(1))
                .jvmArgs(jvmArgs(engine).toArray(String[]::new))
                .shouldFailOnError(true);
        params.forEach(options::param);
        if (profiler != null) {
            options.addProfiler("async", profiler);
        }
        IterationRecorder recorder = new IterationRecorder(out);
        try {
            new Runner(options.build(), recorder).run();
        } catch (RunnerException | RuntimeException e) {
            return Measurement.failed(JmhFailure.reason(e, recorder.log()));
        }
        List<Double> series = new ArrayList<>();
        List<Boolean> warmup = new ArrayList<>();
        for (IterationRecorder.Iteration i : recorder.iterations()) {
            series.add(i.nanos());
            warmup.add(i.warmup());
        }
        if (series.isEmpty()) {
            return Measurement.failed("JMH returned no iterations: " + JmhFailure.reason(null, recorder.log()));
        }
        return new Measurement(series, warmup, null);
    }
}
