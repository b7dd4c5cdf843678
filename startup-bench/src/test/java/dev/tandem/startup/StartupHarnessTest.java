package dev.tandem.startup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.lab.engine.RunReport;
import dev.tandem.lab.engine.chicory.ChicoryEngine;
import dev.tandem.results.Environment;
import dev.tandem.results.Result;
import dev.tandem.results.ResultSet;
import dev.tandem.lab.workload.Hello;
import dev.tandem.lab.workload.Manifest;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupHarnessTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private final Hello hello = Manifest.load().hello();
    private final StartupSettings settings = StartupSettings.of(dev.tandem.lab.Profile.QUICK);

    @Test
    void selfTimedRoundsBecomeRecordsWithTheFirstCallAsAPhase() {
        RunReport report = new RunReport(List.of(round(9, "Hello from Tandem.\n"), round(5, "Hello from Tandem.\n")));
        List<PhaseRecord> records = StartupHarness.records(report, hello, 1);
        assertEquals(1, records.size(), "the first round was warm-up");
        assertEquals(List.of(new RunReport.Phase("compile", 5), new RunReport.Phase("instantiate", 2),
                new RunReport.Phase("first-call", 3)), records.get(0).phases());
    }

    @Test
    void aWrongOutputStopsTheRecords() {
        RunReport report = new RunReport(List.of(round(1, "Hello\n")));
        assertThrows(IllegalStateException.class, () -> StartupHarness.records(report, hello, 0));
    }

    @Test
    void eachPhaseBecomesOneResultPerMode() {
        ResultSet set = emptySet();
        List<PhaseRecord> measured = List.of(
                new PhaseRecord(false, List.of(new RunReport.Phase("decode", 10), new RunReport.Phase("first-call", 4))),
                new PhaseRecord(false, List.of(new RunReport.Phase("decode", 30), new RunReport.Phase("first-call", 6))));
        StartupHarness.record(set, ChicoryEngine.interpreter(), "cold",
                new StartupHarness.Outcome(measured, List.of("-Dx"), null), settings, QUIET);
        List<Result> results = set.getResults();
        assertEquals(List.of("phase.decode", "phase.first-call"), results.stream().map(Result::metric).toList());
        assertArrayEquals(new double[] {10.0, 30.0}, results.get(0).samples());
        assertEquals(20.0, results.get(0).median());
        assertEquals("cold", results.get(0).params().get("mode"));
        assertEquals("hello", results.get(0).workload());
    }

    @Test
    void aFailedModeIsAFailureNamingTheMode() {
        ResultSet set = emptySet();
        StartupHarness.record(set, ChicoryEngine.interpreter(), "warm",
                new StartupHarness.Outcome(List.of(), List.of(), "boom"), settings, QUIET);
        assertTrue(set.getResults().isEmpty());
        assertEquals("warm start-up: boom", set.getFailures().get(0).reason());
    }

    @Test
    void coldStartThroughJmhGivesOneRecordPerForkWithEveryPhase() {
        JmhStartup.Outcome o = JmhStartup.cold(ChicoryEngine.interpreter(), 1);
        assertEquals(null, o.failure());
        assertEquals(1, o.measured().size());
        assertEquals(List.of("decode", "instantiate", "first-call"),
                o.measured().get(0).phases().stream().map(RunReport.Phase::name).toList());
    }

    private static RunReport.Round round(long compile, String stdout) {
        return new RunReport.Round(List.of(new RunReport.Phase("compile", compile), new RunReport.Phase("instantiate", 2)),
                List.of(new RunReport.CallResult("_start", List.of(), 3, 0)), stdout);
    }

    static ResultSet emptySet() {
        return new ResultSet("startup", "quick", new Environment("jdk", List.of(), "cpu", 2, 1, "os", "rev", false,
                "2026-01-01T00:00:00Z", Map.of()));
    }
}
