package dev.tandem.aot;

/**
 * How the AOT compiler compiles a module. Part of a {@code .twasm} file's header: a file compiled
 * with other options is a different file.
 *
 * @param unwindInfo  give every trapping or calling instruction a line number mapped to its Wasm
 *                    offset and register the module's unwind info on load, so a trap's backtrace
 *                    has byte offsets; without it backtraces name the functions only, and nothing
 *                    is registered (see README, "Unwind info")
 * @param methodLimit the most bytecode bytes one generated method may have: a function whose
 *                    method would be bigger is split across methods (README, "Splitting"); tests
 *                    use tiny limits to split every function
 */
public record AotOptions(boolean unwindInfo, int methodLimit) {

    /**
     * C2's {@code HugeMethodLimit}: with the JVM's default {@code -XX:+DontCompileHugeMethods}, no
     * method of more bytecode than this is ever JIT-compiled, so a hot function must be split below it.
     */
    public static final int JIT_HUGE_METHOD_LIMIT = 8_000;

    /** The JVM's own limit on a method's bytecode (JVMS 4.7.3, {@code code_length} < 65,536). */
    public static final int JVM_METHOD_LIMIT = 65_535;

    /** The smallest limit, for tests that split every function. */
    public static final int MIN_METHOD_LIMIT = 16;

    /**
     * Unwind info on, and C2's huge-method limit: big functions are split so that every method is
     * JIT-compiled by a stock JVM. A bigger limit (up to {@link #JVM_METHOD_LIMIT}, where the JVM runs
     * with {@code -XX:-DontCompileHugeMethods}) keeps big functions whole: measured on the lab's real
     * programs it made Lua's interpreter loop 4x faster but bzip2 8x and zstd 3x slower (C1 cannot
     * compile such methods and C2 takes seconds on each), so it is a choice per program
     * ({@code tandem compile --method-limit}), not the default. README, "Splitting".
     */
    public static AotOptions defaults() {
        return DEFAULTS;
    }

    private static final AotOptions DEFAULTS = new AotOptions(true, JIT_HUGE_METHOD_LIMIT);

    public AotOptions {
        if (methodLimit < MIN_METHOD_LIMIT || methodLimit > JVM_METHOD_LIMIT) {
            throw new IllegalArgumentException("method limit must be in " + MIN_METHOD_LIMIT + ".." + JVM_METHOD_LIMIT
                    + " bytes, got " + methodLimit);
        }
    }

    public AotOptions withUnwindInfo(boolean on) {
        return new AotOptions(on, methodLimit);
    }

    public AotOptions withMethodLimit(int bytes) {
        return new AotOptions(unwindInfo, bytes);
    }

    /** Whether this may write methods above {@link #JIT_HUGE_METHOD_LIMIT}, which need {@link HugeMethods}. */
    public boolean allowsHugeMethods() {
        return methodLimit > JIT_HUGE_METHOD_LIMIT;
    }
}
