package dev.tandem.lab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.lab.workload.Manifest;
import dev.tandem.lab.workload.Validation;
import dev.tandem.lab.workload.Workload;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every engine of the catalogue on {@code hello} and on one quick workload, through the same path the
 * harnesses use ({@link Engine#run}: a forked JVM with the engine's flags, or the engine's own
 * process). An engine that cannot run here is a skipped test carrying its reason.
 */
class EngineAdapterTest {

    /** Quick nbody: about 20 ms natively, a few seconds in the slowest interpreter. */
    private static final String WORKLOAD = "nbody";

    private final Manifest manifest = Manifest.load();

    @TestFactory
    Stream<DynamicTest> helloPrintsItsLine() {
        return Engines.all().stream().map(engine -> DynamicTest.dynamicTest(engine.id() + " hello", () -> {
            skipWhenUnavailable(engine);
            RunReport report = engine.run(Plan.command(manifest.hello().command(), 1));
            Validation.Verdict v = Validation.hello(manifest.hello(), report);
            assertTrue(v.validated(), v.reason());
            assertEquals(List.of("_start"), report.rounds().getFirst().calls().stream().map(RunReport.CallResult::export).toList());
        }));
    }

    @TestFactory
    Stream<DynamicTest> quickWorkloadReturnsTheManifestChecksum() {
        Workload w = manifest.workload(WORKLOAD);
        Workload.Size quick = w.size("quick");
        return Engines.all().stream().map(engine -> DynamicTest.dynamicTest(engine.id() + " " + WORKLOAD, () -> {
            skipWhenUnavailable(engine);
            RunReport report = engine.run(Plan.library(w.library(), quick.n(), 2));
            Validation.Verdict v = Validation.library(quick, report);
            assertTrue(v.validated(), v.reason());
            RunReport.Round round = report.rounds().getFirst();
            assertEquals(2, round.calls("run").size());
            assertTrue(round.calls("run").stream().allMatch(c -> c.nanos() > 0), "every call is timed");
            if (engine instanceof InProcessEngine) {
                // An engine that loads a precompiled file neither decodes nor compiles: it loads.
                String first = engine.id().startsWith("tandem-aot-twasm") ? RunReport.Phase.LOAD : RunReport.Phase.DECODE;
                assertTrue(round.phase(first).isPresent() && round.phase(RunReport.Phase.INSTANTIATE).isPresent(),
                        "phases: " + round.phases());
            }
        }));
    }

    private static void skipWhenUnavailable(Engine engine) {
        Optional<String> reason = engine.unavailableReason();
        Assumptions.assumeTrue(reason.isEmpty(), () -> engine.id() + " is not available here: " + reason.orElse(""));
    }
}
