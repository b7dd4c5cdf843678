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
    private final String headline;
    private final String backtrace;

    public WasmTrap(TrapKind kind) {
        this(kind, null);
    }

    /**
     * @param kind   what went wrong
     * @param detail extra context for a human (an address, an index), may be null
     */
    public WasmTrap(TrapKind kind, String detail) {
        this(kind, headline(kind, detail), null);
    }

    private WasmTrap(TrapKind kind, String headline, String backtrace) {
        super(backtrace == null ? headline : headline + ": " + backtrace, null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.headline = headline;
        this.backtrace = backtrace;
    }

    /**
     * A trap about one table element, worded as the reference interpreter words it:
     * {@code "uninitialized element 2"} (the index unsigned, after the kind's text).
     */
    public static WasmTrap withIndex(TrapKind kind, int index) {
        return new WasmTrap(kind, kind.text() + " " + Integer.toUnsignedString(index), null);
    }

    /** A trap whose headline was made elsewhere (a tier's own exception converted back). */
    public static WasmTrap withHeadline(TrapKind kind, String headline) {
        return new WasmTrap(kind, headline, null);
    }

    /**
     * This trap with a Wasm backtrace: same kind and headline, and the message becomes
     * {@code headline + ": " + backtrace}. Tiers call this where they catch a trap under Wasm frames,
     * so no tier has to take a message apart to keep its detail.
     */
    public WasmTrap withBacktrace(String backtrace) {
        return new WasmTrap(kind, headline, backtrace);
    }

    private static String headline(TrapKind kind, String detail) {
        Objects.requireNonNull(kind, "kind");
        return detail == null || detail.isEmpty() ? kind.text() : kind.text() + ": " + detail;
    }

    public TrapKind kind() {
        return kind;
    }

    /** The spec's text and any detail, without the backtrace: what the trap is. */
    public String headline() {
        return headline;
    }

    /** The Wasm backtrace a tier attached, or null. */
    public String backtrace() {
        return backtrace;
    }
}
