package dev.tandem.aot.unwind;

import dev.tandem.aot.load.AotClassLoader;
import java.lang.StackWalker.StackFrame;
import java.util.List;
import java.util.Objects;
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
        return new Backtrace(WALKER.walk(s -> s.map(Backtrace::wasmFrame).filter(Objects::nonNull)
                .limit(MAX_FRAMES).toList()));
    }

    private static WasmFrame wasmFrame(StackFrame frame) {
        if (!(frame.getDeclaringClass().getClassLoader() instanceof AotClassLoader loader)) {
            return null;
        }
        String method = frame.getMethodName();
        int function = MethodNames.functionIndex(method);
        if (function < 0) {
            return null;
        }
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
