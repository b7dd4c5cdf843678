package dev.tandem.truffle.nodes;

/**
 * Wasm calls active on one thread of one context, against a limit that makes deep recursion a
 * "call stack exhausted" trap before the Java stack runs out.
 *
 * <p>Why a count and not only {@link StackOverflowError}: an overflow inside Graal-compiled code
 * is very slow to recover from (HotSpot deoptimizes the compiled frames it unwinds: seconds for a
 * runaway recursion 20,000 frames deep), while a trap thrown at the limit unwinds in
 * microseconds. The {@code StackOverflowError} path stays as the backstop for smaller thread
 * stacks and for the interpreter, whose frames are larger (about 700 Wasm frames fit in the
 * default 1 MiB stack while interpreting, about 20,000 once compiled).
 */
public final class CallDepth {

    /** The default limit, overridable with {@value #PROPERTY}; below what a 1 MiB stack holds of compiled frames. */
    public static final int DEFAULT_LIMIT = 10_000;
    public static final String PROPERTY = "tandem.truffle.maxCallDepth";

    static final int LIMIT = Integer.getInteger(PROPERTY, DEFAULT_LIMIT);

    int depth;
}
