package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;

/**
 * Reads the binary format's primitive values from a byte range: bytes, LEB128 integers with the
 * spec's length and range rules, fixed-width floats, lengths, and UTF-8 names.
 *
 * <p>Every failure is a MALFORMED {@link ModuleException} carrying the spec's wording and the
 * offset of the value that failed; the reader adds where it was ("section 3 (function): entry 5")
 * so the section decoders need not catch and rethrow. The context is two fields set as decoding
 * goes and formatted only when an error is thrown, so the happy path allocates nothing for it.
 */
final class ByteReader {

    static final String UNEXPECTED_END = "unexpected end of section or function";

    private final byte[] bytes;
    private final int end;
    private int pos;

    private SectionId section;
    private String entryKind = "entry";
    private int entry = -1;

    ByteReader(byte[] bytes, int start, int end) {
        this.bytes = bytes;
        this.pos = start;
        this.end = end;
    }

    byte[] bytes() {
        return bytes;
    }

    int pos() {
        return pos;
    }

    /** Moves to {@code newPos}, which must lie within the reader's range (the caller checked). */
    void seek(int newPos) {
        pos = newPos;
    }

    int end() {
        return end;
    }

    boolean atEnd() {
        return pos >= end;
    }

    int remaining() {
        return end - pos;
    }

    // ---- error context ----

    /** Errors from now on name this section (null: none, e.g. in the header). */
    void inSection(SectionId section) {
        this.section = section;
        this.entry = -1;
    }

    /** Errors from now on name this entry of the current section, e.g. ("function", 3). */
    void atEntry(String kind, int index) {
        this.entryKind = kind;
        this.entry = index;
    }

    void noEntry() {
        this.entry = -1;
    }

    /** "section 3 (function): function 5", or as much of it as is known ("" in the header). */
    String context() {
        String e = entry < 0 ? "" : entryKind + " " + entry;
        if (section == null) {
            return e;
        }
        return e.isEmpty() ? section.describe() : section.describe() + ": " + e;
    }

    /** A MALFORMED error with the reader's context prepended to the detail. */
    ModuleException malformed(String specText, String detail, long offset) {
        String where = context();
        String full = where.isEmpty() ? detail : (detail == null || detail.isEmpty() ? where : where + ": " + detail);
        return ModuleException.malformed(specText, full, offset);
    }

    /**
     * The same error with this reader's context added, for errors raised by code that does not
     * know where in the module it is (the instruction reader).
     */
    ModuleException withContext(ModuleException e) {
        String where = context();
        if (where.isEmpty()) {
            return e;
        }
        String detail = detailOf(e);
        ModuleException wrapped = new ModuleException(e.kind(), e.specText(),
                detail.isEmpty() ? where : where + ": " + detail, e.offset());
        wrapped.setStackTrace(e.getStackTrace());
        return wrapped;
    }

    /** The detail part of a message built as "specText[: detail][ (at byte 0x..)]". */
    private static String detailOf(ModuleException e) {
        String msg = e.getMessage();
        String rest = msg.startsWith(e.specText()) ? msg.substring(e.specText().length()) : msg;
        String at = " (at byte 0x" + Long.toHexString(e.offset()) + ")";
        if (e.offset() >= 0 && rest.endsWith(at)) {
            rest = rest.substring(0, rest.length() - at.length());
        }
        return rest.startsWith(": ") ? rest.substring(2) : rest;
    }

    private ModuleException unexpectedEnd(String what) {
        return malformed(UNEXPECTED_END, what + " lies past the end of the input", end);
    }

    // ---- bytes ----

    /** The byte at the current position without consuming it, or -1 at the end. */
    int peek() {
        return pos < end ? bytes[pos] & 0xFF : -1;
    }

    int u8() throws ModuleException {
        if (pos >= end) {
            throw unexpectedEnd("the next byte");
        }
        return bytes[pos++] & 0xFF;
    }

    /** Skips {@code n} bytes; running past the end is "unexpected end". */
    void skip(int n, String what) throws ModuleException {
        if (n < 0 || n > end - pos) {
            throw unexpectedEnd(what);
        }
        pos += n;
    }

    /** A little-endian 32-bit value (an f32's bits). */
    int f32Bits() throws ModuleException {
        if (end - pos < 4) {
            throw unexpectedEnd("an f32");
        }
        int v = (bytes[pos] & 0xFF) | (bytes[pos + 1] & 0xFF) << 8 | (bytes[pos + 2] & 0xFF) << 16
                | (bytes[pos + 3] & 0xFF) << 24;
        pos += 4;
        return v;
    }

    /** A little-endian 64-bit value (an f64's bits). */
    long f64Bits() throws ModuleException {
        long lo = f32Bits() & 0xFFFF_FFFFL;
        long hi = f32Bits() & 0xFFFF_FFFFL;
        return lo | hi << 32;
    }

    // ---- LEB128 ----

    /** An unsigned 32-bit LEB128, returned in an int's bits (use {@link Integer#toUnsignedLong} for its value). */
    int u32() throws ModuleException {
        return (int) unsigned(32);
    }

    /** A u32 that indexes something or counts something in memory: values past 2^31-1 are kept as unsigned bits. */
    long u32Long() throws ModuleException {
        return unsigned(32);
    }

    int s32() throws ModuleException {
        return (int) signed(32);
    }

    long s33() throws ModuleException {
        return signed(33);
    }

    long s64() throws ModuleException {
        return signed(64);
    }

    /** A one-bit unsigned LEB128 (the limits flag): 0 or 1. */
    int u1() throws ModuleException {
        return (int) unsigned(1);
    }

    /**
     * Unsigned LEB128 of {@code bits} bits: at most ceil(bits/7) bytes ("integer representation
     * too long"), and the unused high bits of the last byte must be zero ("integer too large").
     */
    long unsigned(int bits) throws ModuleException {
        int start = pos;
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int left = bits - shift;
            if (left <= 0) {
                throw malformed("integer representation too long",
                        "u" + bits + " LEB128 longer than " + maxBytes(bits) + " bytes", start);
            }
            if (pos >= end) {
                throw unexpectedEnd("a u" + bits + " LEB128");
            }
            int b = bytes[pos++] & 0xFF;
            if (left < 7 && (b & 0x7F) >= 1 << left) {
                throw malformed("integer too large", "u" + bits + " LEB128 value does not fit in " + bits + " bits", start);
            }
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
    }

    /**
     * Signed LEB128 of {@code bits} bits: at most ceil(bits/7) bytes, and the unused bits of the
     * last byte must all equal the value's sign bit ("integer too large" otherwise).
     */
    long signed(int bits) throws ModuleException {
        int start = pos;
        long result = 0;
        for (int shift = 0; ; shift += 7) {
            int left = bits - shift;
            if (left <= 0) {
                throw malformed("integer representation too long",
                        "s" + bits + " LEB128 longer than " + maxBytes(bits) + " bytes", start);
            }
            if (pos >= end) {
                throw unexpectedEnd("an s" + bits + " LEB128");
            }
            int b = bytes[pos++] & 0xFF;
            if (left < 7) {
                // The last permitted byte: bits [left-1, 6] are the sign bit and its extension.
                int mask = (-1 << (left - 1)) & 0x7F;
                int high = b & mask;
                if (high != 0 && high != mask) {
                    throw malformed("integer too large", "s" + bits + " LEB128 value does not fit in " + bits + " bits", start);
                }
            }
            if (shift < 64) {
                result |= (long) (b & 0x7F) << shift;
            }
            if ((b & 0x80) == 0) {
                int used = shift + 7;
                if (used < 64 && (b & 0x40) != 0) {
                    result |= -1L << used;
                }
                return result;
            }
        }
    }

    private static int maxBytes(int bits) {
        return (bits + 6) / 7;
    }

    // ---- lengths and names ----

    /**
     * A u32 length or count, checked against the bytes left: a vector of n entries or a string of
     * n bytes needs at least n bytes, so a hostile count fails here, before anything is allocated
     * for it. As in the reference interpreter, the bytes left are counted from the start of the
     * length field itself, which decides between "length out of bounds" and "unexpected end" for a
     * length that overshoots by its own size (the spec tests depend on that boundary).
     */
    int length(String what) throws ModuleException {
        int start = pos;
        long n = unsigned(32);
        if (n > end - start) {
            throw malformed("length out of bounds",
                    what + " of " + n + " exceeds the " + (end - start) + " bytes left", start);
        }
        return (int) n;
    }

    /** A name: a length-prefixed, strictly valid UTF-8 string. */
    String name(String what) throws ModuleException {
        int n = length(what + " length");
        int start = pos;
        skip(n, what);
        int bad = Utf8.firstInvalid(bytes, start, start + n);
        if (bad >= 0) {
            throw malformed("malformed UTF-8 encoding", what + " is not valid UTF-8 (byte 0x"
                    + Integer.toHexString(bytes[bad] & 0xFF) + " at offset " + (bad - start) + " of the name)", bad);
        }
        return Utf8.decode(bytes, start, start + n);
    }
}
