package dev.tandem.lab.jmh;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * JMH's output sink, used to keep what JMH does not return: the warm-up iterations (a
 * {@code RunResult} holds only the measured ones) in order, so the report can draw the warm-up
 * curve. It prints one short line per iteration and keeps the rest of JMH's chatter for failure
 * messages.
 */
public final class IterationRecorder implements OutputFormat {

    /** One iteration: its kind, the fork it ran in, and its time. */
    public record Iteration(boolean warmup, int fork, double nanos) {
    }

    private final PrintStream out;
    private final List<Iteration> iterations = new ArrayList<>();
    private final StringBuilder log = new StringBuilder();
    private int fork;

    public IterationRecorder(PrintStream out) {
        this.out = out;
    }

    public List<Iteration> iterations() {
        return List.copyOf(iterations);
    }

    /** Everything JMH printed, for digging out a failure's message. */
    public String log() {
        return log.toString();
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
        if (iteration == 1 && (params.getType() == IterationType.WARMUP || benchParams.getWarmup().getCount() == 0)) {
            fork++;
        }
    }

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration, IterationResult data) {
        boolean warmup = params.getType() == IterationType.WARMUP;
        double nanos = data.getPrimaryResult().getScore();
        iterations.add(new Iteration(warmup, fork, nanos));
        out.printf("    %s %d: %.1f ms%n", warmup ? "warm-up" : "measure", iteration, nanos / 1e6);
    }

    @Override
    public void startBenchmark(BenchmarkParams benchParams) {
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
    }

    @Override
    public void startRun() {
    }

    @Override
    public void endRun(Collection<RunResult> result) {
    }

    @Override
    public void print(String s) {
        log.append(s);
    }

    @Override
    public void println(String s) {
        log.append(s).append('\n');
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
    }

    @Override
    public void verbosePrintln(String s) {
        log.append(s).append('\n');
    }

    @Override
    public void write(int b) {
        log.append((char) b);
    }

    @Override
    public void write(byte[] b) throws IOException {
        log.append(new String(b));
    }
}
