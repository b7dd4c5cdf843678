package dev.tandem.aot.unwind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * From generated code to its module's unwind info, keyed by the unique name of the module's class
 * loader (which a JVM frame and a {@link StackTraceElement} both carry).
 *
 * <p>This is the design point Wasmtime's users hit through libgcc: there, registering native unwind
 * info inserted into one sorted list behind one global lock, so each registration cost more than the
 * last and threads queued. Here a registration is one {@link ConcurrentHashMap} insertion: O(1)
 * expected whatever the number of modules already registered, and threads contend only when they
 * hash to the same bin. Unregistration is one removal, done when the module is closed or, failing
 * that, when its class loader is collected (the loader's owner arranges both).
 *
 * <p>For the lab's negative control only, the system property
 * {@code tandem.aot.unwind.registry=sorted-list} (read once, at first use) swaps in the libgcc-like
 * store: one list re-sorted on every registration behind one global lock, whose load-time curve the
 * lab must be able to tell apart from this one's. Never use it otherwise.
 */
public final class UnwindRegistry {

    /** Where registrations live. */
    interface Store {
        boolean add(String key, ModuleUnwindInfo info);

        ModuleUnwindInfo get(String key);

        void remove(String key, ModuleUnwindInfo info);

        int size();
    }

    private static final Store STORE = "sorted-list".equals(System.getProperty("tandem.aot.unwind.registry"))
            ? new SortedListStore() : new HashStore();

    private UnwindRegistry() {
    }

    /**
     * Registers a module's unwind info under its loader's name.
     *
     * @throws IllegalStateException when the key is registered already (loader names are unique)
     */
    public static Registration register(String loaderName, ModuleUnwindInfo info) {
        if (!STORE.add(loaderName, info)) {
            throw new IllegalStateException("unwind info already registered for " + loaderName);
        }
        return new Registration(loaderName, info);
    }

    /** The unwind info of the module whose classes the named loader defined, or null. */
    public static ModuleUnwindInfo lookup(String loaderName) {
        return loaderName == null ? null : STORE.get(loaderName);
    }

    /** How many modules are registered now. */
    public static int size() {
        return STORE.size();
    }

    /** Which store this JVM uses: {@code hash} (the real one) or {@code sorted-list} (the lab's negative control). */
    public static String storeName() {
        return STORE instanceof HashStore ? "hash" : "sorted-list";
    }

    /**
     * One module's registration. {@link #close()} is idempotent and holds no reference to the
     * module's classes, so a {@link java.lang.ref.Cleaner} may run it once the loader is gone.
     */
    public static final class Registration implements AutoCloseable, Runnable {

        private final String key;
        private final ModuleUnwindInfo info;

        private Registration(String key, ModuleUnwindInfo info) {
            this.key = key;
            this.info = info;
        }

        public String key() {
            return key;
        }

        /** Removes exactly this registration (never a later one under the same key). */
        @Override
        public void close() {
            STORE.remove(key, info);
        }

        @Override
        public void run() {
            close();
        }
    }

    /** The real store: a concurrent hash map, O(1) expected per operation, no global lock. */
    private static final class HashStore implements Store {
        private final ConcurrentHashMap<String, ModuleUnwindInfo> modules = new ConcurrentHashMap<>();

        @Override
        public boolean add(String key, ModuleUnwindInfo info) {
            return modules.putIfAbsent(key, info) == null;
        }

        @Override
        public ModuleUnwindInfo get(String key) {
            return modules.get(key);
        }

        @Override
        public void remove(String key, ModuleUnwindInfo info) {
            modules.remove(key, info);
        }

        @Override
        public int size() {
            return modules.size();
        }
    }

    /**
     * The negative control: what libgcc did. Like {@code __register_frame_info}, it keeps one entry per
     * function (not per module), and every registration rebuilds the whole sorted table (copy, append,
     * sort) behind one global lock, so registering a module costs O(n) in the functions already
     * registered and N loads cost O(N^2) in all. Lookups are a binary search.
     */
    static final class SortedListStore implements Store {
        /** Function entries, sorted by key: {@code loaderName#functionIndex}, zero-padded so that order is numeric. */
        private List<Map.Entry<String, ModuleUnwindInfo>> entries = new ArrayList<>();
        private int modules;

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
}
