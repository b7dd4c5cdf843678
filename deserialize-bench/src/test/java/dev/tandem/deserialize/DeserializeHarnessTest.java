package dev.tandem.deserialize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.deserialize.load.LoadConfig;
import dev.tandem.lab.results.EnvironmentCapture;
import dev.tandem.results.ResultSet;
import dev.tandem.reports.analysis.ScalingExponent;
import dev.tandem.results.Result;
import dev.tandem.results.ResultsFile;
import dev.tandem.results.ResultsReader;
import dev.tandem.results.Run;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole harness on a tiny plan (N = 50, each configuration in its own JVM, as a real run):
 * generated set, measurement, results file, read back by the report generator's strict reader.
 */
class DeserializeHarnessTest {

    private static final int N = 50;
    private static final Map<String, String> UNITS = Map.of("load", "ns", "total-load", "ms", "unload", "ms",
            "memory", "bytes", "scaling-exponent", "1");

    @Test
    void aTinyRunWritesResultsTheReportGeneratorReads(@TempDir Path dir) throws Exception {
        List<LoadConfig> configs = List.of(
                new LoadConfig(10, N, 1, 0, true, LoadConfig.TANDEM, 200, 2),
                new LoadConfig(10, N, 2, 10, false, LoadConfig.TANDEM, 200, 1),
                new LoadConfig(10, N, 1, 0, true, LoadConfig.NAIVE, 200, 1));
        Path out = dir.resolve("deserialize.json");
        ResultSet set = new ResultSet(DeserializeHarness.HARNESS, "quick", EnvironmentCapture.capture(List.of()));
        DeserializeHarness.run(new DeserializePlan(configs, 1, DeserializePlan.SEED), dir.resolve("sets"), set, out,
                new PrintStream(OutputStream.nullOutputStream()));
        assertEquals(List.of(), set.getFailures(), "failures");

        ResultsFile file = new ResultsReader().read(out);
        assertEquals("deserialize", file.harness());
        assertEquals(configs.size() * UNITS.size(), file.results().size());
        for (LoadConfig c : configs) {
            List<Result> mine = file.results().stream().filter(r -> matches(r, c)).toList();
            assertEquals(UNITS.keySet(), mine.stream().map(Result::metric).collect(java.util.stream.Collectors.toSet()), c.label());
            for (Result r : mine) {
                assertEquals("tandem-aot-twasm", r.engine());
                assertEquals("generated-f10", r.workload());
                assertEquals(Integer.toString(N), r.sizeText());
                assertEquals(UNITS.get(r.metric()), r.unit(), c.label() + " " + r.metric());
                assertTrue(r.validated());
                assertTrue(r.ci95()[0] <= r.median() && r.median() <= r.ci95()[1], c.label() + " " + r.metric() + " interval");
            }
            Result load = mine.stream().filter(r -> r.metric().equals("load")).findFirst().orElseThrow();
            assertEquals(N * c.rounds(), load.samples().length);
            assertEquals(N * c.rounds(), load.series().size());
            Result total = mine.stream().filter(r -> r.metric().equals("total-load")).findFirst().orElseThrow();
            assertEquals(c.rounds(), total.samples().length, "one total per round");
            assertTrue(load.series().stream().allMatch(p -> p[0] >= 0 && p[0] < N && p[1] > 0), "series points");
        }

        List<ScalingExponent> exponents = ScalingExponent.of(new Run(List.of(file)));
        assertEquals(configs.size(), exponents.size());
        assertTrue(exponents.stream().allMatch(x -> x.source().equals("lab") && Double.isFinite(x.value())));
        assertEquals(1, exponents.stream().filter(ScalingExponent::isNaiveAblation).count());
    }

    private static boolean matches(Result r, LoadConfig c) {
        return r.param("threads").equals(Integer.toString(c.threads()))
                && r.param("batch").equals(c.batch() == 0 ? "all" : Integer.toString(c.batch()))
                && r.param("unwind").equals(Boolean.toString(c.unwind()))
                && r.param("registry").equals(c.registry())
                && r.param("loaded").equals(Integer.toString(c.modules()));
    }

    @Test
    void theModuleCountOptionIsCheckedWithAOneLineMessage() {
        assertEquals(50, DeserializeHarness.parseModules(" 50"));
        assertEquals("--modules must be a whole number of at least 3, got 'ten'",
                assertThrows(IllegalArgumentException.class, () -> DeserializeHarness.parseModules("ten")).getMessage());
        assertEquals("--modules must be a whole number of at least 3, got '2'",
                assertThrows(IllegalArgumentException.class, () -> DeserializeHarness.parseModules("2")).getMessage());
    }
}
