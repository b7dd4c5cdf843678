package dev.tandem.throughput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlameGraphsTest {

    @Test
    void pairsNameAnEngineAndAWorkload() {
        FlameGraphs f = FlameGraphs.parse("graalwasm:nbody, tandem-aot-memory:sha256", "alloc");
        assertEquals(List.of("graalwasm:nbody", "tandem-aot-memory:sha256"), f.pairs());
        assertTrue(f.wants("graalwasm", "nbody"));
        assertFalse(f.wants("graalwasm", "sha256"));
        assertEquals("libPath=/lib.so;output=flamegraph;event=alloc;dir=/out", f.jmhOptions(Path.of("/lib.so"), Path.of("/out")));
    }

    @Test
    void nothingAskedMeansNothingProfiled() {
        assertEquals(FlameGraphs.NONE, FlameGraphs.parse(null, "cpu"));
        assertFalse(FlameGraphs.NONE.wants("graalwasm", "nbody"));
    }

    @Test
    void malformedRequestsAreRefusedWithTheReason() {
        assertEquals("--flame takes ENGINE:WORKLOAD pairs, got 'graalwasm'",
                assertThrows(IllegalArgumentException.class, () -> FlameGraphs.parse("graalwasm", "cpu")).getMessage());
        assertEquals("--flame-event must be cpu or alloc, got 'wall'",
                assertThrows(IllegalArgumentException.class, () -> FlameGraphs.parse("a:b", "wall")).getMessage());
    }
}
