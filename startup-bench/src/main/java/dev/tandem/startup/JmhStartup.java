package dev.tandem.startup;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.lab.engine.InProcessEngine;
import dev.tandem.lab.jmh.IterationRecorder;
import dev.tandem.lab.jmh.JmhFailure;
import dev.tandem.lab.workload.LabPaths;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link StartupBenchmark} for one in-process engine: cold (JMH {@code SingleShotTime}, one
 * iteration in each of many forks, so every sample pays class loading and an unwarmed JIT) or warm
 * (one fork, the sequence repeated after warm-up iterations).
 */
final class JmhStartup {

    /** What a mode gave: the measured sequences' phases, or why it failed. */
    record Outcome(List<PhaseRecord> measured, String failure) {
    }

    private JmhStartup() {
    }

    static List<String> jvmArgs(InProcessEngine engine, Path log) {
        List<String> args = new ArrayList<>(engine.jvmArgs());
        args.add("-Dtandem.root=" + LabPaths.root());
        args.add("-D" + StartupBenchmark.LOG_PROPERTY + "=" + log);
        String jvmci = System.getProperty("tandem.lab.jvmci");
        if (jvmci != null) {
            args.add("-Dtandem.lab.jvmci=" + jvmci);
        }
        return args;
    }

    static Outcome cold(InProcessEngine engine, int forks) {
        return run(engine, forks, 0, 1);
    }

    static Outcome warm(InProcessEngine engine, int warmup, int measure) {
        return run(engine, 1, warmup, measure);
    }

    private static Outcome run(InProcessEngine engine, int forks, int warmup, int measure) {
        Path log;
        try {
            log = Files.createTempFile("tandem-startup-", ".jsonl");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        IterationRecorder recorder = new IterationRecorder(new PrintStream(OutputStream.nullOutputStream()));
        try {
            new Runner(new OptionsBuilder()
                    .include("^" + Pattern.quote(StartupBenchmark.class.getName()) + "\\.sequence$")
                    .param("engine", engine.id())
                    .forks(forks)
                    .warmupIterations(warmup)
                    .measurementIterations(measure)
                    .warmupBatchSize(1)
                    .measurementBatchSize(1)
                    .timeUnit(TimeUnit.NANOSECONDS)
                    .jvmArgs(jvmArgs(engine, log).toArray(String[]::new))
                    .shouldFailOnError(true)
                    .build(), recorder).run();
            return new Outcome(read(log).stream().filter(r -> !r.warmup()).toList(), null);
        } catch (RunnerException | RuntimeException e) {
            return new Outcome(List.of(), JmhFailure.reason(e, recorder.log()));
        } finally {
            try {
                Files.deleteIfExists(log);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }

    static List<PhaseRecord> read(Path log) {
        ObjectMapper json = new ObjectMapper();
        try {
            List<PhaseRecord> records = new ArrayList<>();
            for (String line : Files.readAllLines(log)) {
                if (!line.isBlank()) {
                    records.add(json.readValue(line, PhaseRecord.class));
                }
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the phase log " + log + ": " + e.getMessage(), e);
        }
    }
}
