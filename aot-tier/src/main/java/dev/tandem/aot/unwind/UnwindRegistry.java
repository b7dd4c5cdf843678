package dev.tandem.aot.unwind;

import java.util.ServiceLoader;
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
 * <p>The store behind the registry is a seam for the lab's negative control only: the system property
 * {@value #STORE_PROPERTY}{@code =NAME} (read once, at first use) swaps in the {@link Store} of that
 * name found through {@link ServiceLoader}. deserialize-bench provides {@code sorted-list}, the
 * libgcc-like store (one list re-sorted on every registration behind one global lock), whose
 * load-time curve the lab must be able to tell apart from this one's. The tier itself has only the
 * hash store; never set the property otherwise.
 */
public final class UnwindRegistry {

    /** The system property that names the store ({@code hash}, the default, or a provider's name). */
    public static final String STORE_PROPERTY = "tandem.aot.unwind.registry";

    /**
     * Where registrations live. Implementations are thread-safe; {@code add} refuses a key that is
     * registered already, and {@code remove} removes exactly the given registration.
     */
    public interface Store {
        /** The name {@link UnwindRegistry#STORE_PROPERTY} selects this store by. */
        String name();

        boolean add(String key, ModuleUnwindInfo info);

        ModuleUnwindInfo get(String key);

        void remove(String key, ModuleUnwindInfo info);

        int size();
    }

    private static final Store STORE = select(System.getProperty(STORE_PROPERTY));

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

    /** Which store this JVM uses: {@code hash} (the real one) or the name of the lab's negative control. */
    public static String storeName() {
        return STORE.name();
    }

    /**
     * The store named {@code name}: the hash store for null or {@code hash}, else the {@link ServiceLoader}
     * provider of that name.
     *
     * @throws IllegalStateException when no provider has that name
     */
    static Store select(String name) {
        if (name == null || name.equals(HashStore.NAME)) {
            return new HashStore();
        }
        for (Store store : ServiceLoader.load(Store.class)) {
            if (store.name().equals(name)) {
                return store;
            }
        }
        throw new IllegalStateException("-D" + STORE_PROPERTY + "=" + name + ": no unwind registry store of that name"
                + " (the AOT tier has \"" + HashStore.NAME + "\"; others are ServiceLoader providers of UnwindRegistry.Store)");
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
        static final String NAME = "hash";

        private final ConcurrentHashMap<String, ModuleUnwindInfo> modules = new ConcurrentHashMap<>();

        @Override
        public String name() {
            return NAME;
        }

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
}
