package dev.tandem.deserialize.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.aot.unwind.ModuleUnwindInfo;
import dev.tandem.aot.unwind.NaiveUnwindRegistry;
import dev.tandem.aot.unwind.UnwindRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The ablation registry (aot-tier's {@link NaiveUnwindRegistry}, which has no tests of its own
 * there): it must really hold every function, sorted, and give them back, or the lab would time a
 * registry that does not do the work. Its static methods are called directly; this JVM does not
 * select it, so {@link UnwindRegistry} must leave it alone.
 */
class NaiveUnwindRegistryTest {

    private static ModuleUnwindInfo info(int... codeStarts) {
        return new ModuleUnwindInfo(0, codeStarts, Map.of());
    }

    @Test
    void everyFunctionIsRegisteredFoundAndRemoved() {
        int before = NaiveUnwindRegistry.functionCount();
        NaiveUnwindRegistry.register("naive-test-a", info(10, 40, 90));
        NaiveUnwindRegistry.register("naive-test-b", info(12));
        assertEquals(before + 4, NaiveUnwindRegistry.functionCount());
        long[] a = NaiveUnwindRegistry.addressesOf("naive-test-a");
        assertEquals(3, a.length);
        assertEquals(30, a[1] - a[0], "a module's functions keep their offsets");
        for (long address : a) {
            assertTrue(NaiveUnwindRegistry.containsFunctionAt(address));
        }
        NaiveUnwindRegistry.unregister("naive-test-a");
        assertEquals(before + 1, NaiveUnwindRegistry.functionCount());
        assertNull(NaiveUnwindRegistry.addressesOf("naive-test-a"));
        assertFalse(NaiveUnwindRegistry.containsFunctionAt(a[0]));
        assertTrue(NaiveUnwindRegistry.containsFunctionAt(NaiveUnwindRegistry.addressesOf("naive-test-b")[0]));
        NaiveUnwindRegistry.unregister("naive-test-a"); // a second time: ignored
        NaiveUnwindRegistry.unregister("naive-test-b");
        assertEquals(before, NaiveUnwindRegistry.functionCount());
    }

    @Test
    void registrationsFromManyThreadsAllLand() throws Exception {
        int before = NaiveUnwindRegistry.functionCount();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        NaiveUnwindRegistry.register("naive-concurrent-" + thread + "-" + i, info(0, 8, 16));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            assertEquals(before + 4 * 100 * 3, NaiveUnwindRegistry.functionCount());
            for (int t = 0; t < 4; t++) {
                for (int i = 0; i < 100; i++) {
                    NaiveUnwindRegistry.unregister("naive-concurrent-" + t + "-" + i);
                }
            }
            assertEquals(before, NaiveUnwindRegistry.functionCount());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unselectedItIsNotTouchedByTheRealRegistry() {
        assertFalse(NaiveUnwindRegistry.SELECTED, "this test JVM runs without -D" + NaiveUnwindRegistry.PROPERTY);
        int before = NaiveUnwindRegistry.functionCount();
        UnwindRegistry.Registration r = UnwindRegistry.register("naive-test-unselected", info(1, 2));
        assertEquals(before, NaiveUnwindRegistry.functionCount());
        r.close();
    }
}
