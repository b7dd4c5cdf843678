package dev.tandem.aot.load;

import dev.tandem.aot.unwind.ModuleNames;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One class loader per loaded module. Its classes are defined on first use (a call into a class of
 * a big module that is never made costs nothing), and they can be unloaded once nothing references
 * the module any more: the reason for a loader per module rather than one shared.
 *
 * <p>Its name is unique in the JVM ({@code tandem-aot-7}): every JVM frame and stack trace element
 * of generated code carries it, and the {@link dev.tandem.aot.unwind.UnwindRegistry} is keyed by it.
 */
public final class AotClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Map<String, byte[]> pending;
    private final ModuleNames names;

    /**
     * @param classes class files by binary name ({@code tandem.aot.m.F0}); taken over, not copied
     * @param names   what backtraces call the module's functions
     */
    public AotClassLoader(Map<String, byte[]> classes, ModuleNames names) {
        super("tandem-aot-" + SEQUENCE.incrementAndGet(), AotClassLoader.class.getClassLoader());
        this.pending = new ConcurrentHashMap<>(classes);
        this.names = names;
    }

    /** How many module class loaders this JVM has made (tests check a refused file made none). */
    public static long created() {
        return SEQUENCE.get();
    }

    public ModuleNames names() {
        return names;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        // The JVM locks per class name (parallel capable), so each class is defined exactly once. The
        // bytes are dropped only once defined: a definition cut short (a stack overflow in deep Wasm
        // recursion reaching a class for the first time) must be able to happen again later.
        byte[] bytes = pending.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        Class<?> defined = defineClass(name, bytes, 0, bytes.length);
        pending.remove(name);
        return defined;
    }
}
