package dev.tandem.wasm;

/**
 * A module was rejected by the decoder (malformed) or the validator (invalid).
 *
 * <p>The message starts with the spec's own wording (the reference interpreter's text, e.g.
 * {@code "type mismatch"} or {@code "integer too large"}) so the conformance runner can match it,
 * followed by context and the byte offset: {@code "type mismatch: i32.add expects [i32 i32], got [i64] (at byte 0x2f)"}.
 */
public final class ModuleException extends Exception {

    /** Which phase rejected the module. */
    public enum Kind {
        /** The bytes are not a well-formed binary module (spec: "malformed"). */
        MALFORMED,
        /** Well-formed, but fails validation (spec: "invalid"). */
        INVALID
    }

    private final Kind kind;
    private final String specText;
    private final long offset;

    /**
     * @param kind     malformed or invalid
     * @param specText the spec's wording for this error class, e.g. "unexpected end"
     * @param detail   extra context for a human, may be null
     * @param offset   byte offset in the module where the problem was found, or -1 if unknown
     */
    public ModuleException(Kind kind, String specText, String detail, long offset) {
        super(format(specText, detail, offset));
        this.kind = kind;
        this.specText = specText;
        this.offset = offset;
    }

    public static ModuleException malformed(String specText, String detail, long offset) {
        return new ModuleException(Kind.MALFORMED, specText, detail, offset);
    }

    public static ModuleException invalid(String specText, String detail, long offset) {
        return new ModuleException(Kind.INVALID, specText, detail, offset);
    }

    private static String format(String specText, String detail, long offset) {
        StringBuilder sb = new StringBuilder(specText);
        if (detail != null && !detail.isEmpty()) {
            sb.append(": ").append(detail);
        }
        if (offset >= 0) {
            sb.append(" (at byte 0x").append(Long.toHexString(offset)).append(')');
        }
        return sb.toString();
    }

    public Kind kind() {
        return kind;
    }

    /** The spec's wording alone, without context or offset. */
    public String specText() {
        return specText;
    }

    /** Byte offset of the problem in the module, or -1. */
    public long offset() {
        return offset;
    }
}
