package dev.tandem.deserialize.load;

import dev.tandem.aot.unwind.ModuleUnwindInfo;
import dev.tandem.aot.unwind.UnwindRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The lab's negative control for the AOT tier's unwind registry ({@code registry=naive}): what libgcc
 * did. Like {@code __register_frame_info}, it keeps one entry per function (not per module), and every
 * registration rebuilds the whole sorted table (copy, append, sort) behind one global lock, so
 * registering a module costs O(n) in the functions already registered and N loads cost O(N^2) in all.
 * Lookups are a binary search.
 *
 * <p>It plugs into the registry's {@link UnwindRegistry.Store} seam: a {@link java.util.ServiceLoader}
 * provider (META-INF/services) that a JVM started with
 * {@code -Dtandem.aot.unwind.registry=sorted-list} uses instead of the tier's hash store
 * ({@code LoadFork} adds the flag). The tier itself never carries it.
 */
public final class SortedListStore implements UnwindRegistry.Store {

    /** The name the registry's system property selects this store by. */
    public static final String NAME = "sorted-list";

    /** Function entries, sorted by key: {@code loaderName#functionIndex}, zero-padded so that order is numeric. */
    private List<Map.Entry<String, ModuleUnwindInfo>> entries = new ArrayList<>();
    private int modules;

    @Override
    public String name() {
        return NAME;
    }

    private static String functionKey(String module, int function) {
        return module + "#" + String.format("%08d", function);
    }

    @Override
    public synchronized boolean add(String key, ModuleUnwindInfo info) {
        if (get(key) != null) {
            return false;
        }
        int functions = Math.max(1, info.codeStarts().length);
        List<Map.Entry<String, ModuleUnwindInfo>> rebuilt = new ArrayList<>(entries.size() + functions);
        rebuilt.addAll(entries);
        for (int f = 0; f < functions; f++) {
            rebuilt.add(Map.entry(functionKey(key, f), info));
        }
        rebuilt.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        entries = rebuilt;
        modules++;
        return true;
    }

    @Override
    public synchronized ModuleUnwindInfo get(String key) {
        String first = functionKey(key, 0);
        int lo = 0;
        int hi = entries.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = entries.get(mid).getKey().compareTo(first);
            if (c == 0) {
                return entries.get(mid).getValue();
            } else if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    @Override
    public synchronized void remove(String key, ModuleUnwindInfo info) {
        String prefix = key + "#";
        if (entries.removeIf(e -> e.getValue() == info && e.getKey().startsWith(prefix))) {
            modules--;
        }
    }

    @Override
    public synchronized int size() {
        return modules;
    }
}
