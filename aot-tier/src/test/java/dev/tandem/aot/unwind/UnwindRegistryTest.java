package dev.tandem.aot.unwind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.aot.AotCompiledModule;
import dev.tandem.aot.AotCompiler;
import dev.tandem.aot.AotOptions;
import dev.tandem.aot.testing.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The unwind registry: registration and removal by key, from many threads at once, and removal when
 * a module's classes are collected without anyone closing it.
 */
class UnwindRegistryTest {

    private static final ModuleUnwindInfo INFO = new ModuleUnwindInfo(0, new int[] {10}, Map.of());

    /** The store is chosen by name; a name no store answers to is refused, not ignored. */
    @Test
    void theStoreIsSelectedByName() {
        assertEquals("hash", UnwindRegistry.select(null).name());
        assertEquals("hash", UnwindRegistry.select("hash").name());
        assertEquals("hash", UnwindRegistry.storeName(), "the tier's own store unless the property names another");
        assertEquals("-Dtandem.aot.unwind.registry=libgcc: no unwind registry store of that name (the AOT tier has"
                + " \"hash\"; others are ServiceLoader providers of UnwindRegistry.Store)",
                assertThrows(IllegalStateException.class, () -> UnwindRegistry.select("libgcc")).getMessage());
    }

    @Test
    void registerLookUpAndClose() {
        UnwindRegistry.Registration r = UnwindRegistry.register("test-registry-1", INFO);
        assertSame(INFO, UnwindRegistry.lookup("test-registry-1"));
        assertThrows(IllegalStateException.class, () -> UnwindRegistry.register("test-registry-1", INFO));
        r.close();
        assertNull(UnwindRegistry.lookup("test-registry-1"));
        r.close();
        assertNull(UnwindRegistry.lookup(null));
    }

    @Test
    void closingAnOldRegistrationLeavesANewerOneUnderTheSameKey() {
        UnwindRegistry.Registration old = UnwindRegistry.register("test-registry-2", INFO);
        old.close();
        ModuleUnwindInfo newer = new ModuleUnwindInfo(0, new int[] {20}, Map.of());
        UnwindRegistry.Registration current = UnwindRegistry.register("test-registry-2", newer);
        old.close();
        assertSame(newer, UnwindRegistry.lookup("test-registry-2"));
        current.close();
    }

    @Test
    void manyThreadsRegisterAndUnregisterConcurrently() throws Exception {
        int before = UnwindRegistry.size();
        int threads = 4;
        int perThread = 20_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<UnwindRegistry.Registration>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    List<UnwindRegistry.Registration> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(UnwindRegistry.register("test-concurrent-" + thread + "-" + i, INFO));
                    }
                    return mine;
                }));
            }
            List<UnwindRegistry.Registration> all = new ArrayList<>();
            for (Future<List<UnwindRegistry.Registration>> f : results) {
                all.addAll(f.get());
            }
            assertEquals(before + threads * perThread, UnwindRegistry.size());
            List<Future<?>> closes = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<UnwindRegistry.Registration> slice = all.subList(t * perThread, (t + 1) * perThread);
                closes.add(pool.submit(() -> slice.forEach(UnwindRegistry.Registration::close)));
            }
            for (Future<?> f : closes) {
                f.get();
            }
            assertEquals(before, UnwindRegistry.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCollectedModuleIsUnregistered() throws Exception {
        String key = loadAndForget();
        for (int attempt = 0; attempt < 100 && UnwindRegistry.lookup(key) != null; attempt++) {
            System.gc();
            Thread.sleep(50);
        }
        assertNull(UnwindRegistry.lookup(key), "unwind info of an unreachable module still registered after 100 GCs");
    }

    /** Compiles, loads and runs a module, and lets go of it; returns its registry key. */
    private static String loadAndForget() throws Exception {
        AotCompiledModule module = AotCompiler.compile(Resources.bytes("traps.wasm"), AotOptions.defaults());
        assertEquals(1000 / 3 + 1, module.instantiate(dev.tandem.runtime.Imports.none()).function("run").call(3)[0]);
        String key = module.loaded().loaderName();
        assertTrue(UnwindRegistry.lookup(key) != null);
        return key;
    }
}
