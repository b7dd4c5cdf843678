package dev.tandem.deserialize.load;

import dev.tandem.aot.unwind.UnwindRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One configuration of the module-load measurement.
 *
 * @param functions functions per module (which generated set)
 * @param modules   N, how many precompiled modules are loaded and kept
 * @param threads   loading threads
 * @param batch     modules per batch (each batch is handed to the threads and finished before the
 *                  next starts); 0 means all at once
 * @param unwind    load the files compiled with unwind info (registered on load) or without
 * @param registry  {@code tandem} (the AOT tier's registry, a hash map) or {@code naive} (the ablation:
 *                  this harness's {@link SortedListStore}, one list re-sorted on every registration
 *                  behind one global lock, as libgcc did, plugged into the tier's registry)
 * @param warmup    loads (each module closed at once) before measuring, so the loader's code is
 *                  compiled by the JIT and the first measured loads are not charged for it
 * @param rounds    how many times the N modules are loaded and unloaded in this JVM
 */
public record LoadConfig(int functions, int modules, int threads, int batch, boolean unwind, String registry, int warmup,
                         int rounds) {

    public static final String TANDEM = "tandem";
    public static final String NAIVE = "naive";
    /** The AOT tier's switch for its unwind registry's store, read once per JVM. */
    public static final String REGISTRY_PROPERTY = UnwindRegistry.STORE_PROPERTY;
    /** The store behind {@link #NAIVE}: the libgcc-like negative control, {@link SortedListStore}. */
    public static final String SORTED_LIST = SortedListStore.NAME;

    public LoadConfig {
        if (functions < 1 || modules < 3 || threads < 1 || batch < 0 || warmup < 0 || rounds < 1) {
            throw new IllegalArgumentException("bad load configuration: " + this);
        }
        if (!registry.equals(TANDEM) && !registry.equals(NAIVE)) {
            throw new IllegalArgumentException("registry must be " + TANDEM + " or " + NAIVE + ", got '" + registry + "'");
        }
    }

    /** What {@code UnwindRegistry.storeName()} says in a JVM measuring this configuration. */
    public String registryStore() {
        return registry.equals(NAIVE) ? SORTED_LIST : "hash";
    }

    /** Modules per batch, all at once being one batch of N. */
    public int batchSize() {
        return batch == 0 ? modules : batch;
    }

    /** The configuration params of a result (docs/results-schema.md): threads, batch, unwind, registry, loaded. */
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("threads", threads);
        p.put("batch", batch == 0 ? "all" : batch);
        p.put("unwind", unwind);
        p.put("registry", registry);
        p.put("loaded", modules);
        return p;
    }

    /** E.g. {@code f10 N=1000 threads=2 batch=10 unwind=on registry=naive}. */
    public String label() {
        return "f" + functions + " N=" + modules + " threads=" + threads + " batch=" + (batch == 0 ? "all" : batch)
                + " unwind=" + (unwind ? "on" : "off") + " registry=" + registry;
    }
}
