package dev.tandem.wasm.numeric;

/**
 * Every way a Wasm 2.0 program can stop abnormally at run time, with the spec's own wording.
 *
 * <p>The texts are those the reference interpreter prints, i.e. the {@code text} of the suite's
 * {@code assert_trap}, {@code assert_uninstantiable} and {@code assert_exhaustion} commands, so a
 * conformance runner can compare an engine's trap with the expectation by kind. Both tiers throw
 * {@link WasmTrap} (or map a kind onto their own exception type); neither spells a message itself.
 */
public enum TrapKind {
    /** The {@code unreachable} instruction ran. */
    UNREACHABLE("unreachable"),
    /** {@code div_s}, {@code div_u}, {@code rem_s} or {@code rem_u} with a zero divisor. */
    INTEGER_DIVIDE_BY_ZERO("integer divide by zero"),
    /**
     * {@code div_s} of the most negative value by -1, or a trapping float-to-int truncation whose
     * result does not fit the target type.
     */
    INTEGER_OVERFLOW("integer overflow"),
    /** A trapping float-to-int truncation of a NaN. */
    INVALID_CONVERSION_TO_INTEGER("invalid conversion to integer"),
    /**
     * A load, store, bulk memory operation or active data segment outside the memory; also
     * {@code memory.init} from a dropped segment (Wasm 2.0 has no separate message for that).
     */
    OUT_OF_BOUNDS_MEMORY_ACCESS("out of bounds memory access"),
    /** {@code table.get/set/fill/copy/init} or an active element segment outside the table. */
    OUT_OF_BOUNDS_TABLE_ACCESS("out of bounds table access"),
    /** {@code call_indirect} with an index at or past the table's size. */
    UNDEFINED_ELEMENT("undefined element"),
    /** {@code call_indirect} through a null table entry. */
    UNINITIALIZED_ELEMENT("uninitialized element"),
    /** {@code call_indirect} to a function whose type differs from the expected one. */
    INDIRECT_CALL_TYPE_MISMATCH("indirect call type mismatch"),
    /**
     * Recursion deeper than the engine supports (the suite's {@code assert_exhaustion}). Not a trap
     * in the spec's sense but a resource limit; it is reported the same way.
     */
    CALL_STACK_EXHAUSTED("call stack exhausted");

    private static final TrapKind[] VALUES = values();

    private final String text;

    TrapKind(String text) {
        this.text = text;
    }

    /** The spec's wording, e.g. {@code "integer divide by zero"}. */
    public String text() {
        return text;
    }

    /**
     * The kind a spec expectation names. The suite sometimes appends a distinguishing suffix to a
     * text ({@code "uninitialized element 2"} in {@code elem.wast}), so this matches by prefix and
     * prefers the longest matching text.
     *
     * @throws IllegalArgumentException if no kind's text starts {@code specText}
     */
    public static TrapKind forSpecText(String specText) {
        TrapKind best = null;
        for (TrapKind kind : VALUES) {
            if (specText.startsWith(kind.text) && (best == null || kind.text.length() > best.text.length())) {
                best = kind;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("not a Wasm trap message: \"" + specText + "\"");
        }
        return best;
    }
}
