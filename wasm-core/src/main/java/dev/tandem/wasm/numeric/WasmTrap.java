package dev.tandem.wasm.numeric;

import java.util.Objects;

/**
 * A Wasm run-time trap raised by the shared numeric helpers (and usable by any tier code).
 *
 * <p>Created without a Java stack trace: filling one in costs more than the trap itself in
 * programs that trap on purpose, and each tier attaches a Wasm backtrace of its own where it
 * catches the trap. The message is the kind's spec text, optionally followed by {@code ": detail"}.
 */
public final class WasmTrap extends RuntimeException {

    private final TrapKind kind;

    public WasmTrap(TrapKind kind) {
        this(kind, null);
    }

    /**
     * @param kind   what went wrong
     * @param detail extra context for a human (an address, an index), may be null
     */
    public WasmTrap(TrapKind kind, String detail) {
        super(message(kind, detail), null, false, false);
        this.kind = kind;
    }

    private static String message(TrapKind kind, String detail) {
        Objects.requireNonNull(kind, "kind");
        return detail == null || detail.isEmpty() ? kind.text() : kind.text() + ": " + detail;
    }

    public TrapKind kind() {
        return kind;
    }
}
