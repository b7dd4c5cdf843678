package dev.tandem.aot.unwind;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The lab's ablation, never the default: the registry design {@link UnwindRegistry} exists to avoid,
 * kept so that deserialize-bench can show its measurement would catch it. It follows the libgcc
 * pattern behind the Wasmtime report (DESIGN.md, "Why it exists"): every registered function's code
 * address in one sorted array behind one global lock, rebuilt on every registration (the addresses of
 * all registered modules gathered and sorted again, O(F log F) for F functions) and searched linearly
 * on every unregistration (O(F)), so each costs time in proportion to all the functions registered
 * before it, and threads queue.
 *
 * <p>Selected with {@code -Dtandem.aot.unwindRegistry=naive} (read once, at class initialization).
 * It then shadows {@link UnwindRegistry}, which calls {@link #register} and {@link #unregister}
 * beside its own map: the naive cost is added to every registration, while lookups (backtraces) stay
 * correct because the real registry still answers them.
 *
 * <p>Functions get synthetic addresses: a module's base (its registration ordinal scrambled, so
 * modules interleave in the sorted order as mapped code does, shifted above 32 bits) plus each
 * function's code offset in the module.
 */
public final class NaiveUnwindRegistry {

    /** The system property that selects this registry: value {@code naive}. */
    public static final String PROPERTY = "tandem.aot.unwindRegistry";

    /** Whether this JVM runs the ablation. */
    public static final boolean SELECTED = "naive".equals(System.getProperty(PROPERTY));

    private static final Object LOCK = new Object();
    private static final Map<String, long[]> MODULES = new HashMap<>();
    private static long[] addresses = new long[0];
    private static int ordinal;

    private NaiveUnwindRegistry() {
    }

    /** Adds one entry per function of {@code info} and rebuilds the sorted array from every module's entries. */
    public static void register(String key, ModuleUnwindInfo info) {
        synchronized (LOCK) {
            // An odd multiplier permutes the ordinals: unique bases in a scrambled order.
            long base = ((++ordinal * 0x9E3779B1L) & 0x7FFF_FFFFL) << 32;
            int[] starts = info.codeStarts();
            long[] mine = new long[starts.length];
            for (int i = 0; i < starts.length; i++) {
                mine[i] = base + Integer.toUnsignedLong(starts[i]);
            }
            Arrays.sort(mine);
            MODULES.put(key, mine);
            int total = 0;
            for (long[] module : MODULES.values()) {
                total += module.length;
            }
            long[] rebuilt = new long[total];
            int n = 0;
            for (long[] module : MODULES.values()) {
                System.arraycopy(module, 0, rebuilt, n, module.length);
                n += module.length;
            }
            Arrays.sort(rebuilt);
            addresses = rebuilt;
        }
    }

    /** Removes the module's entries by a linear pass over the array; a key not registered is ignored. */
    public static void unregister(String key) {
        synchronized (LOCK) {
            long[] mine = MODULES.remove(key);
            if (mine == null) {
                return;
            }
            long[] kept = new long[addresses.length - mine.length];
            int n = 0;
            for (long a : addresses) {
                if (Arrays.binarySearch(mine, a) < 0) {
                    kept[n++] = a;
                }
            }
            addresses = kept;
        }
    }

    /** How many functions are registered, over all modules. */
    public static int functionCount() {
        synchronized (LOCK) {
            return addresses.length;
        }
    }

    /** Whether {@code address} is the start of a registered function (a binary search, as an unwinder's lookup). */
    public static boolean containsFunctionAt(long address) {
        synchronized (LOCK) {
            return Arrays.binarySearch(addresses, address) >= 0;
        }
    }

    /** The addresses of a registered module's functions, or null (for tests that look entries up). */
    public static long[] addressesOf(String key) {
        synchronized (LOCK) {
            long[] mine = MODULES.get(key);
            return mine == null ? null : mine.clone();
        }
    }
}
