package dev.tandem.reports.gate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.reports.SyntheticRun;
import dev.tandem.results.Run;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate's error rates on many synthetic pairs whose truth is known: how often unchanged code
 * fails (it must almost never: CI runs it on every change) and how often a real slowdown is caught.
 * The noise is the quick profile's as measured on the project's machine: forks of one JIT engine
 * differ by about 2%, iterations inside a fork by under 1%, and now and then a whole fork settles in
 * a slow mode (the AOT tier's crc32: 34.6 ms instead of 26.0 in 2 of 13 runs). reports/README.md
 * quotes the rates printed here.
 */
class GateErrorRatesTest {

    @TempDir
    Path tmp;

    private int dirs;

    private boolean passes(SyntheticRun baseline, SyntheticRun current) throws Exception {
        Run b = Run.load(List.of(baseline.writeTo(tmp.resolve("run" + dirs++))));
        Run c = Run.load(List.of(current.writeTo(tmp.resolve("run" + dirs++))));
        return new Gate(GateConfig.defaults()).compare(b, c).passed();
    }

    private static SyntheticRun quick(long seed) {
        return new SyntheticRun(seed).forks(3, 0.02).noise(0.01).samples(5);
    }

    @Test
    void unchangedCodeAlmostNeverFails() throws Exception {
        int pairs = 40, failed = 0;
        for (long seed = 0; seed < pairs; seed++) {
            SyntheticRun current = quick(1000 + seed);
            // One fork in the slow mode in a sixth of the runs, as the real crc32 does.
            if (seed % 6 == 0) current.slowForks("tandem-aot-memory", "sha256", 1, 1.33);
            if (!passes(quick(seed), current)) failed++;
        }
        System.out.printf("gate error rates: unchanged code failed %d of %d pairs%n", failed, pairs);
        assertTrue(failed <= 1, failed + " of " + pairs + " unchanged pairs failed");
    }

    @Test
    void aThirtyPercentSlowdownIsCaught() throws Exception {
        int pairs = 40, caught = 0;
        for (long seed = 0; seed < pairs; seed++) {
            if (!passes(quick(seed), quick(2000 + seed).throughputSlowdown("tandem-aot-memory", 1.3))) caught++;
        }
        System.out.printf("gate error rates: a 30%% slowdown caught in %d of %d pairs%n", caught, pairs);
        assertTrue(caught >= pairs - 2, "caught only " + caught + " of " + pairs);
    }
}
