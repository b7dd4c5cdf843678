package dev.tandem.deserialize.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.aot.unwind.ModuleUnwindInfo;
import dev.tandem.aot.unwind.UnwindRegistry;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The naive unwind store (the lab's negative control) and how the AOT tier's registry finds it. */
class SortedListStoreTest {

    private static final ModuleUnwindInfo INFO = new ModuleUnwindInfo(0, new int[] {10}, Map.of());

    /** The lab's negative control must still be a correct registry: only its cost differs. */
    @Test
    void theNaiveStoreKeepsOneEntryPerFunctionAndAnswersLikeTheRealOne() {
        UnwindRegistry.Store naive = new SortedListStore();
        ModuleUnwindInfo three = new ModuleUnwindInfo(0, new int[] {10, 20, 30}, Map.of());
        for (int i = 0; i < 12; i++) {
            assertTrue(naive.add("loader-" + i, i % 2 == 0 ? INFO : three));
        }
        assertEquals(12, naive.size());
        assertTrue(!naive.add("loader-3", three), "a key is registered once");
        assertSame(three, naive.get("loader-11"));
        assertSame(INFO, naive.get("loader-10"));
        assertNull(naive.get("loader-1"+"2"));
        naive.remove("loader-11", INFO);
        assertSame(three, naive.get("loader-11"), "removal is of exactly that registration");
        naive.remove("loader-11", three);
        assertNull(naive.get("loader-11"));
        assertSame(three, naive.get("loader-1"), "a key that is a prefix of a removed one stays");
        assertEquals(11, naive.size());
    }

    /** -Dtandem.aot.unwind.registry=sorted-list finds this store: it is the one provider of that name. */
    @Test
    void theRegistryFindsItByItsName() {
        List<String> names = ServiceLoader.load(UnwindRegistry.Store.class).stream()
                .map(p -> p.get().name()).toList();
        assertEquals(List.of(LoadConfig.SORTED_LIST), names);
        assertEquals(LoadConfig.SORTED_LIST, new LoadConfig(1, 3, 1, 0, true, LoadConfig.NAIVE, 0, 1).registryStore());
    }
}
