package dev.tandem.aot.unwind;

import dev.tandem.aot.load.AotClassLoader;
import java.lang.StackWalker.StackFrame;
import java.util.List;
import java.util.Set;

/**
 * The Wasm frames on the current thread's stack, innermost first, as the AOT tier reports them in a
 * trap: each generated method whose class an {@link AotClassLoader} defined and whose name is a
 * function's ({@link MethodNames}) is one Wasm frame. Function names come from the module's loader;
 * byte offsets only from the {@link UnwindRegistry}, i.e. only when the module was compiled with
 * unwind info and registered.
 *
 * @param frames innermost first, at most {@link #MAX_FRAMES}
 */
public record Backtrace(List<WasmFrame> frames) {

    /** Frames kept; a deep recursion's backtrace would otherwise be as long as the recursion. */
    public static final int MAX_FRAMES = 64;

    private static final StackWalker WALKER = StackWalker.getInstance(
            Set.of(StackWalker.Option.RETAIN_CLASS_REFERENCE), 32);

    public Backtrace {
        frames = List.copyOf(frames);
    }

    /** The Wasm frames of the current thread. */
    public static Backtrace capture() {
        return new Backtrace(WALKER.walk(Backtrace::wasmFrames));
    }

    /**
     * One frame per Wasm function activation. A function split across methods shows as its piece
     * (innermost, at the right offset) called by its top method, possibly through other pieces: the
     * outer methods of that chain are the same activation and are left out.
     */
    private static List<WasmFrame> wasmFrames(java.util.stream.Stream<StackFrame> stack) {
        List<WasmFrame> frames = new java.util.ArrayList<>();
        StackFrame innerPiece = null;
        for (java.util.Iterator<StackFrame> it = stack.iterator(); it.hasNext() && frames.size() < MAX_FRAMES; ) {
            StackFrame frame = it.next();
            if (!(frame.getDeclaringClass().getClassLoader() instanceof AotClassLoader loader)) {
                continue;
            }
            String method = frame.getMethodName();
            int function = MethodNames.functionIndex(method);
            if (function < 0) {
                continue;
            }
            if (innerPiece != null && innerPiece.getDeclaringClass() == frame.getDeclaringClass()
                    && MethodNames.functionIndex(innerPiece.getMethodName()) == function) {
                if (!MethodNames.isPiece(method)) {
                    innerPiece = null; // the chain's top method: the activation is complete
                }
                continue;
            }
            innerPiece = MethodNames.isPiece(method) ? frame : null;
            frames.add(wasmFrame(loader, frame, method, function));
        }
        return frames;
    }

    private static WasmFrame wasmFrame(AotClassLoader loader, StackFrame frame, String method, int function) {
        ModuleUnwindInfo info = UnwindRegistry.lookup(loader.getName());
        int offset = info == null ? -1 : info.offset(method, function, frame.getLineNumber());
        ModuleNames names = loader.names();
        return new WasmFrame(names.moduleName(), function, names.functionName(function), offset);
    }

    /** E.g. {@code wasm backtrace: func 3 $div @0x4c <- func 1 $main @0x80}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("wasm backtrace:");
        for (int i = 0; i < frames.size(); i++) {
            sb.append(i == 0 ? " " : " <- ").append(frames.get(i));
        }
        if (frames.isEmpty()) {
            sb.append(" (no wasm frames)");
        }
        return sb.toString();
    }
}
