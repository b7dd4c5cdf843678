package dev.tandem.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HugeMethodsTest {

    @Test
    void aStockJvmDoesNotCompileHugeMethods() {
        assertFalse(HugeMethods.compiledWith(List.of("/usr/bin/java", "-cp", "x.jar", "Main")));
    }

    @Test
    void theLastOccurrenceOfTheFlagWins() {
        assertTrue(HugeMethods.compiledWith(List.of("java", "-XX:-DontCompileHugeMethods", "Main")));
        assertFalse(HugeMethods.compiledWith(List.of("java", "-XX:-DontCompileHugeMethods", "-XX:+DontCompileHugeMethods")));
        assertTrue(HugeMethods.compiledWith(List.of("-XX:+DontCompileHugeMethods", "java", "-XX:-DontCompileHugeMethods")));
    }

    @Test
    void theDefaultsSplitForAStockJit() {
        assertEquals(AotOptions.JIT_HUGE_METHOD_LIMIT, AotOptions.defaults().methodLimit());
        assertFalse(AotOptions.defaults().allowsHugeMethods());
        assertTrue(AotOptions.defaults().withMethodLimit(AotOptions.JVM_METHOD_LIMIT).allowsHugeMethods());
        assertTrue(AotOptions.defaults().unwindInfo());
    }

    @Test
    void limitsOutsideTheJvmsRangeAreRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new AotOptions(true, 65_536));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new AotOptions(true, 15));
    }
}
