package dev.tandem.reports.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.results.Environment;
import dev.tandem.results.Metric;
import dev.tandem.results.Result;
import dev.tandem.results.ResultSet;
import dev.tandem.results.ResultsFile;
import dev.tandem.results.ResultsReader;
import dev.tandem.results.ResultsWriter;
import dev.tandem.results.stats.Bootstrap;
import dev.tandem.results.stats.Statistics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pooling quick runs into a baseline, and every refusal happening before anything is written. */
class PoolBaselineMainTest {

    @TempDir
    Path tmp;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static Environment environment(String revision) {
        return new Environment("25", List.of(), "cpu", 2, 1, "Linux", revision, false, "2026-11-23T19:00:00Z", Map.of());
    }

    /** A run folder with throughput.json (one Tandem time, 3 forks of 2 iterations) and startup.json. */
    private Path run(String name, double[] times, Consumer<ResultSet> more) {
        Path dir = tmp.resolve(name);
        ResultSet throughput = new ResultSet("throughput", "quick", environment(name));
        throughput.add(Result.of("tandem-aot-memory", "nbody", "quick", Metric.TIME, times,
                Map.of("forks", 3, "iterations", 2, "threads", 1), List.of(new double[] {0, times[0]})));
        more.accept(throughput);
        ResultsWriter.write(throughput, dir.resolve("throughput.json"));
        ResultSet startup = new ResultSet("startup", "quick", environment(name));
        startup.add(Result.of("tandem-aot-memory", "hello", "default", Metric.PHASE_DECODE, new double[] {5, 6, 7}, Map.of(), null));
        ResultsWriter.write(startup, dir.resolve("startup.json"));
        return dir;
    }

    private Path run(String name) {
        return run(name, new double[] {10, 11, 12, 13, 14, 15}, s -> { });
    }

    private int pool(Path... runs) {
        String[] args = new String[runs.length + 2];
        for (int i = 0; i < runs.length; i++) args[i] = runs[i].toString();
        args[runs.length] = "--into";
        args[runs.length + 1] = tmp.resolve("baseline").toString();
        return PoolBaselineMain.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
    }

    private boolean nothingWritten() {
        return !Files.exists(tmp.resolve("baseline"));
    }

    @Test
    void samplesAreConcatenatedForksSummedAndTheIntervalRecomputed() throws Exception {
        Path a = run("a", new double[] {10, 11, 12, 13, 14, 15}, s -> { });
        Path b = run("b", new double[] {20, 21, 22, 23, 24, 25}, s -> { });
        assertEquals(PoolBaselineMain.WRITTEN, pool(a, b), err::toString);
        ResultsFile pooled = new ResultsReader().read(tmp.resolve("baseline/throughput.json"));
        Result time = pooled.results().getFirst();
        double[] all = {10, 11, 12, 13, 14, 15, 20, 21, 22, 23, 24, 25};
        assertArrayEquals(all, time.samples(), "run after run, fork after fork");
        assertEquals("6", time.param("forks"));
        assertEquals("2", time.param("iterations"));
        assertEquals(Statistics.median(all), time.median());
        assertArrayEquals(new double[] {Bootstrap.median(all).ciLow(), Bootstrap.median(all).ciHigh()}, time.ci95());
        assertEquals(Bootstrap.STAT, time.stat());
        assertFalse(time.hasSeries(), "series are dropped");
        assertEquals("a", pooled.environment().get("gitRevision"), "the first run's environment");
        assertTrue(pooled.environment().values().get("pooledRuns") instanceof List<?> runs && runs.size() == 2,
                pooled.environment().toString());
        assertTrue(Files.exists(tmp.resolve("baseline/startup.json")));
    }

    @Test
    void aRunWithFailuresIsRefusedBeforeAnythingIsWritten() {
        Path bad = run("b", new double[] {1, 2, 3, 4, 5, 6}, s -> s.fail("tandem-aot-memory", "sha256", "checksum mismatch"));
        assertEquals(PoolBaselineMain.REFUSED, pool(run("a"), bad));
        assertTrue(err.toString().contains("has failures (checksum mismatch)"), err.toString());
        assertTrue(nothingWritten());
    }

    @Test
    void anUnvalidatedResultIsRefused() {
        Path bad = run("b", new double[] {1, 2, 3, 4, 5, 6}, s -> s.add(new Result("tandem-aot-memory", "sha256", "quick",
                "time", "ns", new double[] {1}, 1, null, Bootstrap.STAT, Map.of(), false, null)));
        assertEquals(PoolBaselineMain.REFUSED, pool(run("a"), bad));
        assertTrue(err.toString().contains("tandem-aot-memory sha256 time is not validated"), err.toString());
        assertTrue(nothingWritten());
    }

    @Test
    void mismatchedProfilesAreRefusedEvenWhenAnotherHarnessAlreadyPooled() throws IOException {
        Path a = run("a");
        Path b = run("b");
        // startup.json pools before throughput.json (names in order): it must not be written either.
        ResultSet full = new ResultSet("throughput", "full", environment("b"));
        full.add(Result.of("tandem-aot-memory", "nbody", "default", Metric.TIME, new double[] {1, 2, 3},
                Map.of("forks", 3, "iterations", 1), null));
        ResultsWriter.write(full, b.resolve("throughput.json"));
        assertEquals(PoolBaselineMain.REFUSED, pool(a, b));
        assertTrue(err.toString().contains("profile full differs from quick"), err.toString());
        assertTrue(nothingWritten());
    }

    @Test
    void differentIterationCountsAreRefused() {
        Path b = tmp.resolve("b");
        run("b");
        ResultSet other = new ResultSet("throughput", "quick", environment("b"));
        other.add(Result.of("tandem-aot-memory", "nbody", "quick", Metric.TIME, new double[] {1, 2, 3},
                Map.of("forks", 3, "iterations", 1, "threads", 1), null));
        ResultsWriter.write(other, b.resolve("throughput.json"));
        assertEquals(PoolBaselineMain.REFUSED, pool(run("a"), b));
        assertTrue(err.toString().contains("1 iterations per fork, the first run had 2"), err.toString());
        assertTrue(nothingWritten());
    }

    @Test
    void runsWithDifferentFilesAreRefused() throws IOException {
        Path b = run("b");
        Files.delete(b.resolve("startup.json"));
        assertEquals(PoolBaselineMain.REFUSED, pool(run("a"), b));
        assertTrue(nothingWritten());
    }

    @Test
    void inputsThatAreMissingOrNotResultsAreExit4() throws IOException {
        assertEquals(PoolBaselineMain.MISSING_INPUT, pool(run("a"), tmp.resolve("nope")));
        assertTrue(err.toString().contains("nope: not a folder"), err.toString());
        Path b = run("b");
        Files.writeString(b.resolve("startup.json"), "{ not json");
        assertEquals(PoolBaselineMain.MISSING_INPUT, pool(run("a"), b));
        assertTrue(nothingWritten());
    }

    @Test
    void usageErrorsAreExit2() {
        assertEquals(PoolBaselineMain.USAGE, pool(run("a")), "one run needs no pooling");
        assertEquals(PoolBaselineMain.USAGE, PoolBaselineMain.run(new String[] {"x", "y"}, System.out, new PrintStream(err)),
                "--into is required");
        assertEquals(PoolBaselineMain.USAGE, PoolBaselineMain.run(new String[] {"x", "y", "--into"}, System.out, new PrintStream(err)));
    }
}
