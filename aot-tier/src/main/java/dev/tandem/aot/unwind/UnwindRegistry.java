package dev.tandem.aot.unwind;

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
 */
public final class UnwindRegistry {

    private static final ConcurrentHashMap<String, ModuleUnwindInfo> MODULES = new ConcurrentHashMap<>();

    private UnwindRegistry() {
    }

    /**
     * Registers a module's unwind info under its loader's name.
     *
     * @throws IllegalStateException when the key is registered already (loader names are unique)
     */
    public static Registration register(String loaderName, ModuleUnwindInfo info) {
        if (MODULES.putIfAbsent(loaderName, info) != null) {
            throw new IllegalStateException("unwind info already registered for " + loaderName);
        }
        if (NaiveUnwindRegistry.SELECTED) {
            NaiveUnwindRegistry.register(loaderName, info); // the lab's ablation, off unless selected
        }
        return new Registration(loaderName, info);
    }

    /** The unwind info of the module whose classes the named loader defined, or null. */
    public static ModuleUnwindInfo lookup(String loaderName) {
        return loaderName == null ? null : MODULES.get(loaderName);
    }

    /** How many modules are registered now. */
    public static int size() {
        return MODULES.size();
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
            if (MODULES.remove(key, info) && NaiveUnwindRegistry.SELECTED) {
                NaiveUnwindRegistry.unregister(key);
            }
        }

        @Override
        public void run() {
            close();
        }
    }
}
