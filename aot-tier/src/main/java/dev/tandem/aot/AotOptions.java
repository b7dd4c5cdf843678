package dev.tandem.aot;

/**
 * How the AOT compiler compiles a module. Part of a {@code .twasm} file's header: a file compiled
 * with other options is a different file.
 *
 * @param unwindInfo   give every trapping or calling instruction a line number mapped to its Wasm
 *                     offset and register the module's unwind info on load, so a trap's backtrace
 *                     has byte offsets; without it backtraces name the functions only, and nothing
 *                     is registered (see README, "Unwind info")
 * @param methodBudget estimated bytecode bytes per generated method before a function is split
 *                     across methods (C2 compiles nothing above 8,000); tests use tiny budgets to
 *                     split every function
 */
public record AotOptions(boolean unwindInfo, int methodBudget) {

    /** Unwind info on, the default method budget. */
    public static final AotOptions DEFAULT = new AotOptions(true, dev.tandem.aot.codegen.Splitter.DEFAULT_BUDGET);

    public AotOptions {
        if (methodBudget < 16 || methodBudget > 60_000) {
            throw new IllegalArgumentException("method budget must be in 16..60000 bytes, got " + methodBudget);
        }
    }

    public AotOptions withUnwindInfo(boolean on) {
        return new AotOptions(on, methodBudget);
    }

    public AotOptions withMethodBudget(int bytes) {
        return new AotOptions(unwindInfo, bytes);
    }
}
