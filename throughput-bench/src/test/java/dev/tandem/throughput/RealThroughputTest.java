package dev.tandem.throughput;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.lab.Profile;
import dev.tandem.lab.engine.Engine;
import dev.tandem.lab.engine.Engines;
import dev.tandem.lab.engine.Plan;
import dev.tandem.lab.engine.RunReport;
import dev.tandem.results.Environment;
import dev.tandem.results.Result;
import dev.tandem.results.ResultSet;
import dev.tandem.lab.workload.Manifest;
import dev.tandem.lab.workload.RealProgram;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real-program set's settings, selection, self-timed runs and results. No engine runs here. */
class RealThroughputTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final String SHA = "ab".repeat(32);

    @TempDir
    Path folder;

    private Manifest manifest(String... realNames) throws IOException {
        StringBuilder real = new StringBuilder();
        for (String name : realNames) {
            real.append(real.isEmpty() ? "" : ",").append("""
                    {"name": "%s", "command": "real/%s.wasm", "dirs": {"/in": "real/in"},
                     "sizes": {"quick": {"args": ["%s", "/in/q"], "stdout_sha256": "%s"},
                               "default": {"args": ["%s", "/in/d"], "stdout_sha256": "%s"}}}
                    """.formatted(name, name, name, SHA, name, SHA));
        }
        Files.writeString(folder.resolve("manifest.json"), """
                {"hello": {"source": "h.c", "command": "h.wasm", "stdout": ""},
                 "workloads": [{"name": "nbody", "source": "s.c", "library": "l.wasm", "command": "c.wasm",
                                "sizes": {"quick": {"n": 1, "checksum": "1"}}}],
                 "real": [%s]}
                """.formatted(real));
        return Manifest.read(folder);
    }

    @Test
    void quickRunsSqliteAndLuaWithThreeForksForTheGate() {
        RealSettings quick = RealSettings.of(Profile.QUICK);
        assertEquals(List.of("sqlite", "lua"), quick.programs());
        assertEquals("quick", quick.size());
        assertTrue(quick.forks() >= 3, "the gate needs 3 replicates");
        assertTrue(quick.processRuns() >= 3, "the gate needs 3 replicates");
        assertEquals(Optional.empty(), quick.leftOut("tandem-aot-memory"));
        assertTrue(quick.timesProcess("tandem-aot-twasm"));
        assertTrue(quick.leftOut("graalwasm").orElseThrow().contains("measures peak on tandem-aot-memory, v8-node, native only"));
    }

    @Test
    void fullRunsEveryProgramAtDefaultOnEveryEngineButTheInterpreters() {
        RealSettings full = RealSettings.of(Profile.FULL);
        assertEquals(List.of(), full.programs());
        assertEquals("default", full.size());
        for (String engine : Engines.ids()) {
            boolean interpreter = engine.equals("chicory-interp") || engine.equals("tandem-truffle-interp");
            assertEquals(interpreter || engine.equals("tandem-aot-twasm-nounwind"), full.leftOut(engine).isPresent(), engine);
        }
        assertTrue(full.timesProcess("tandem-aot-twasm") && full.timesProcess("v8-node") && full.timesProcess("native"));
    }

    @Test
    void theProfilesProgramsAreTakenFromTheManifestAndAMissingOneIsSaid() throws IOException {
        Manifest m = manifest("lua", "zlib");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        List<RealProgram> chosen = RealThroughput.select(m, null, RealSettings.of(Profile.QUICK), new PrintStream(log, true));
        assertEquals(List.of("lua"), chosen.stream().map(RealProgram::name).toList());
        assertTrue(log.toString().contains("real program sqlite is not in workloads/manifest.json (real programs there: lua, zlib); not run"),
                log.toString());
        assertEquals(List.of("lua", "zlib"), RealThroughput.select(m, null, RealSettings.of(Profile.FULL), QUIET).stream()
                .map(RealProgram::name).toList());
        // --workloads names kernels and real programs alike: each set takes its own.
        assertEquals(List.of("zlib"), RealThroughput.select(m, List.of("nbody", "zlib"), RealSettings.of(Profile.QUICK), QUIET).stream()
                .map(RealProgram::name).toList());
    }

    @Test
    void selfTimedRunsAreValidatedAndBecomeASeriesWithWarmup() throws IOException {
        RealProgram p = manifest("lua").realProgram("lua");
        RealSettings s = new RealSettings(List.of(), "quick", List.of(), 2, 1, 2, List.of(), 3);
        List<Plan> plans = new ArrayList<>();
        Measurement m = RealThroughput.selfTimed(fake(plans, SHA, 0, 5e6), p, s, QUIET);
        assertNull(m.failure());
        assertEquals(6, m.series().size(), "2 forks of 1 + 2 runs");
        assertEquals(List.of(true, false, false, true, false, false), m.warmup());
        assertEquals(List.of("lua", "/in/q"), plans.getFirst().command().args());
        assertEquals(Map.of("/in", folder.resolve("real/in").toString()), plans.getFirst().command().dirs());
        assertEquals(3, plans.getFirst().rounds());

        Measurement wrong = RealThroughput.selfTimed(fake(plans, "cd".repeat(32), 0, 5e6), p, s, QUIET);
        assertTrue(wrong.failure().startsWith("stdout sha256 cdcdcdcdcdcdcdcd.."), wrong.failure());
        Measurement exited = RealThroughput.selfTimed(fake(plans, SHA, 1, 5e6), p, s, QUIET);
        assertTrue(exited.failure().startsWith("exit status 1, expected 0"), exited.failure());
    }

    @Test
    void resultsAreMarkedAsTheRealSet() throws IOException {
        RealProgram p = manifest("lua").realProgram("lua");
        RealSettings s = new RealSettings(List.of(), "quick", List.of(), 1, 1, 2, List.of(), 3);
        ResultSet set = new ResultSet("throughput", "quick", new Environment("jdk", List.of(), "cpu", 2, 1, "os", "rev", false,
                "2026-01-01T00:00:00Z", Map.of()));
        Engine node = Engines.byId("v8-node");
        Measurement m = new Measurement(List.of(90e6, 10e6, 11e6), List.of(true, false, false), null);
        ThroughputHarness.record(set, node, p.name(), s.size(), RealThroughput.params(node, p, s), m, QUIET);
        Result time = set.getResults().getFirst();
        assertEquals("lua", time.workload());
        assertEquals("quick", time.size());
        assertEquals("real", time.params().get("set"));
        assertEquals("lua /in/q", time.params().get("args"));
        assertEquals(1, time.params().get("forks"));
        assertArrayEquals(new double[] {10e6, 11e6}, time.samples());
    }

    @Test
    void wholeProcessIsTandemRunNodeAndNative() {
        assertEquals(Optional.of("aot"), WholeProcess.tandemTier("tandem-aot-twasm"));
        assertEquals(Optional.of("truffle"), WholeProcess.tandemTier("tandem-truffle-jit"));
        assertEquals(Optional.empty(), WholeProcess.tandemTier("tandem-truffle-interp"));
        assertEquals(Optional.of("whole process is timed for tandem run, node and native only"),
                WholeProcess.unavailable(Engines.byId("chicory-compiler")));
        assertEquals(Optional.empty(), WholeProcess.unavailable(Engines.byId("v8-node")));
    }

    /** An engine that answers every round with this output digest and exit status. */
    private static Engine fake(List<Plan> plans, String sha, int exit, double nanos) {
        plans.clear();
        return new Engine() {
            public String id() {
                return "v8-node";
            }

            public Optional<String> unavailableReason() {
                return Optional.empty();
            }

            public List<String> flags() {
                return List.of();
            }

            public RunReport run(Plan plan) {
                plans.add(plan);
                List<RunReport.Round> rounds = new ArrayList<>();
                for (int i = 0; i < plan.rounds(); i++) {
                    rounds.add(new RunReport.Round(List.of(), List.of(new RunReport.CallResult("_start", List.of(), (long) nanos, exit)),
                            "out", sha, 3));
                }
                return new RunReport(rounds);
            }
        };
    }
}
