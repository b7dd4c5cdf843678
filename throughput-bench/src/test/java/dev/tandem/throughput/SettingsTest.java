package dev.tandem.throughput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.lab.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which engine runs at which size: every ratio must find native at the same size. */
class SettingsTest {

    @Test
    void quickRunsEveryEngineAtTheQuickSizeInThreeForks() {
        Settings quick = Settings.of(Profile.QUICK);
        for (String engine : List.of("native", "chicory-interp", "tandem-truffle-jit", "tandem-aot-twasm")) {
            assertEquals(List.of("quick"), quick.sizesFor(engine), engine);
            assertTrue(quick.leftOut(engine).isEmpty(), engine);
        }
        // The gate's replicates are forks (reports' Replicates): fewer than 3 and nothing is gated.
        assertEquals(3, quick.forks());
        assertEquals(5, quick.measureFor("tandem-truffle-jit"));
    }

    @Test
    void fullRunsInterpretersAtTheQuickSizeAndNativeAtBoth() {
        Settings full = Settings.of(Profile.FULL);
        assertEquals(List.of("default"), full.sizesFor("graalwasm"));
        assertEquals(List.of("quick"), full.sizesFor("tandem-truffle-interp"));
        assertEquals(List.of("default", "quick"), full.sizesFor("native"));
        assertEquals("quick", full.at("quick").size());
        assertTrue(full.leftOut("tandem-aot-twasm-nounwind").orElseThrow().contains("tandem-aot-memory"));
        assertTrue(full.leftOut("tandem-aot-memory").isEmpty());
    }
}
