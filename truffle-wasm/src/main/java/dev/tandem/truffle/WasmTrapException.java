package dev.tandem.truffle;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import dev.tandem.truffle.nodes.FunctionRootNode;
import dev.tandem.wasm.numeric.TrapKind;
import dev.tandem.wasm.numeric.WasmTrap;
import java.util.ArrayList;
import java.util.List;

/**
 * A Wasm trap as Truffle sees it: a guest exception (so the Polyglot API reports it as a
 * {@code PolyglotException} with the spec's message, not as an internal error) that carries the
 * Wasm backtrace Truffle records while it unwinds: one entry per Wasm function, innermost first,
 * named from the name section or else by index.
 *
 * <p>Inside compiled code traps are wasm-core's {@link WasmTrap}s (thrown by the shared numeric,
 * memory and table code); each function's root converts one into this exception where it is
 * caught first, so the backtrace starts at the trapping function.
 */
public final class WasmTrapException extends AbstractTruffleException {

    /** Frames kept in a backtrace: enough to read, bounded for a trap from a deep recursion. */
    private static final int BACKTRACE_LIMIT = 64;

    private final TrapKind kind;

    private WasmTrapException(TrapKind kind, String message, Node location) {
        super(message, null, BACKTRACE_LIMIT, location);
        this.kind = kind;
    }

    /** The Truffle form of a trap raised by shared code (made behind a boundary: compiled code only calls this). */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static WasmTrapException of(WasmTrap trap, Node location) {
        return new WasmTrapException(trap.kind(), trap.headline(), location);
    }

    /** Call-stack exhaustion (a Java {@link StackOverflowError} under Wasm code). */
    @TruffleBoundary(transferToInterpreterOnException = false)
    public static WasmTrapException exhausted(Node location) {
        return new WasmTrapException(TrapKind.CALL_STACK_EXHAUSTED, TrapKind.CALL_STACK_EXHAUSTED.text(), location);
    }

    public TrapKind kind() {
        return kind;
    }

    /** The Wasm functions the trap unwound, innermost first (at most {@value #BACKTRACE_LIMIT}). */
    @TruffleBoundary
    public List<String> backtrace() {
        List<String> frames = new ArrayList<>();
        for (TruffleStackTraceElement element : TruffleStackTrace.getStackTrace(this)) {
            RootNode root = element.getTarget().getRootNode();
            if (root instanceof FunctionRootNode) {
                frames.add(root.getName());
            }
        }
        return frames;
    }

    /**
     * The runtime API's form of this trap: same kind and headline, and the backtrace beside it
     * ({@code "integer divide by zero: wasm backtrace: div <- function 3"} as its message).
     */
    @TruffleBoundary
    public WasmTrap toWasmTrap() {
        WasmTrap trap = WasmTrap.withHeadline(kind, getMessage());
        List<String> frames = backtrace();
        return frames.isEmpty() ? trap : trap.withBacktrace("wasm backtrace: " + String.join(" <- ", collapse(frames)));
    }

    /** Runs of one function (a recursion) as one entry: {@code "f (64 times)"}. */
    private static List<String> collapse(List<String> frames) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < frames.size(); ) {
            int run = 1;
            while (i + run < frames.size() && frames.get(i + run).equals(frames.get(i))) {
                run++;
            }
            out.add(run == 1 ? frames.get(i) : frames.get(i) + " (" + run + " times)");
            i += run;
        }
        return out;
    }
}
