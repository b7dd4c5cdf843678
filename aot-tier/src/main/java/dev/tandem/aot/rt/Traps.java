package dev.tandem.aot.rt;

import dev.tandem.aot.unwind.Backtrace;
import dev.tandem.wasm.numeric.TrapKind;
import dev.tandem.wasm.numeric.WasmTrap;

/**
 * Where a trap under a Wasm frame gets its Wasm backtrace.
 *
 * <p>Runtime and numeric code throw {@link WasmTrap}s without a stack (they are cheap to throw on
 * purpose). Generated code calls every operation that can trap through a small wrapper in this
 * package which catches the trap <em>while the Wasm frames are still live</em> and rethrows it with
 * the backtrace in its message, so the innermost frame keeps the exact instruction: the wrapper's
 * caller frame is the generated method at the trapping call site. A trap passes through the other
 * generated frames unchanged.
 */
public final class Traps {

    private Traps() {
    }

    /** The same trap, with the Wasm frames now on the stack appended to its message. */
    public static WasmTrap capture(WasmTrap trap) {
        String detail = detail(trap);
        String backtrace = Backtrace.capture().toString();
        return new WasmTrap(trap.kind(), detail == null ? backtrace : detail + "; " + backtrace);
    }

    /** The {@code unreachable} instruction. */
    public static WasmTrap unreachable() {
        return capture(new WasmTrap(TrapKind.UNREACHABLE));
    }

    private static String detail(WasmTrap trap) {
        String message = trap.getMessage();
        String text = trap.kind().text();
        return message.length() > text.length() + 2 ? message.substring(text.length() + 2) : null;
    }
}
