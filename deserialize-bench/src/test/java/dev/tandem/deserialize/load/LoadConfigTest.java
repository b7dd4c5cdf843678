package dev.tandem.deserialize.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadConfigTest {

    @Test
    void paramsAreTheSchemasConfigurationParams() {
        LoadConfig c = new LoadConfig(10, 1_000, 2, 0, true, LoadConfig.NAIVE, 0, 1);
        assertEquals(Map.of("threads", 2, "batch", "all", "unwind", true, "registry", "naive", "loaded", 1_000), c.params());
        assertEquals(1_000, c.batchSize(), "all at once is one batch of N");
        assertEquals(10, new LoadConfig(10, 1_000, 2, 10, false, LoadConfig.TANDEM, 0, 1).params().get("batch"));
        assertEquals("f10 N=1000 threads=2 batch=all unwind=on registry=naive", c.label());
        assertEquals("sorted-list", c.registryStore(), "the naive store's name, which the registry's property selects");
        assertEquals("hash", new LoadConfig(10, 1_000, 2, 0, true, LoadConfig.TANDEM, 0, 1).registryStore());
    }

    @Test
    void anUnknownRegistryIsRefusedByName() {
        assertEquals("registry must be tandem or naive, got 'libgcc'", assertThrows(IllegalArgumentException.class,
                () -> new LoadConfig(10, 100, 1, 0, true, "libgcc", 0, 1)).getMessage());
    }

    @Test
    void checkedModulesSpanTheLoadOrder() {
        assertEquals(List.of(0, 249, 499, 749, 999), RunCheck.sample(1_000));
        assertEquals(List.of(0, 1, 2), RunCheck.sample(3));
    }
}
