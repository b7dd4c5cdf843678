package dev.tandem.lab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.lab.engine.chicory.ChicoryEngine;
import dev.tandem.lab.workload.Manifest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SPI's phases in this JVM, with Chicory (it needs no JVM flags), and the fork's failure path. */
class InProcessRunTest {

    private final Manifest manifest = Manifest.load();

    @Test
    void phasesAreTimedInOrderAndEachRoundStartsAfresh() throws EngineException {
        RunReport report = InProcessRun.run(ChicoryEngine.compiler(), Plan.command(manifest.hello().command(), 2));
        assertEquals(2, report.rounds().size());
        for (RunReport.Round round : report.rounds()) {
            assertEquals(List.of("decode", "compile", "instantiate"), round.phases().stream().map(RunReport.Phase::name).toList());
            assertEquals("Hello from Tandem.\n", round.stdout(), "each round has its own output");
        }
    }

    @Test
    void aFailingCallNamesTheEngineThePhaseAndTheCause() {
        Plan plan = new Plan(manifest.hello().command(), Plan.Kind.COMMAND, List.of(new Plan.Call("nope", List.of(), 1)), 1);
        EngineException e = assertThrows(EngineException.class, () -> InProcessRun.run(ChicoryEngine.interpreter(), plan));
        assertEquals("chicory-interp failed in nope[]: IllegalArgumentException: no function export named \"nope\"", e.getMessage());
    }

    @Test
    void aForkedFailureComesBackAsTheSameOneLine() {
        Plan plan = new Plan(manifest.hello().command(), Plan.Kind.COMMAND, List.of(new Plan.Call("nope", List.of(), 1)), 1);
        EngineException e = assertThrows(EngineException.class, () -> ChicoryEngine.interpreter().run(plan));
        assertEquals("chicory-interp failed in nope[]: IllegalArgumentException: no function export named \"nope\"", e.getMessage());
    }

    @Test
    void catalogueFollowsTheSchemaTable() {
        assertEquals(List.of("tandem-truffle-jit", "tandem-truffle-interp", "tandem-aot-memory", "tandem-aot-twasm",
                "tandem-aot-twasm-nounwind", "graalwasm",
                "chicory-interp", "chicory-compiler", "v8-node", "v8-node-liftoff", "v8-node-turbofan", "native"), Engines.ids());
        assertEquals(List.of("graalwasm", "native"), Engines.select("native, graalwasm").stream().map(Engine::id).toList());
        assertEquals("unknown engine 'v9' (engines: " + String.join(", ", Engines.ids()) + ")",
                assertThrows(IllegalArgumentException.class, () -> Engines.select("v9")).getMessage());
    }
}
