package dev.tandem.aot.twasm;

import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link BinaryOutput} wrote. Every read is bounds-checked and every count is checked
 * against the bytes left before anything is allocated, so even content that passed the hash check
 * but was crafted, not compiled, ends in a {@link TwasmException}, never in a huge allocation.
 */
final class BinaryInput {

    private final byte[] bytes;
    private final int end;
    private int pos;

    BinaryInput(byte[] bytes, int start, int end) {
        this.bytes = bytes;
        this.pos = start;
        this.end = end;
    }

    int position() {
        return pos;
    }

    int remaining() {
        return end - pos;
    }

    private void need(int n) throws TwasmException {
        if (n < 0 || end - pos < n) {
            throw new TwasmException("malformed .twasm content: " + n + " bytes needed at offset " + pos + ", "
                    + (end - pos) + " left");
        }
    }

    int u8() throws TwasmException {
        need(1);
        return bytes[pos++] & 0xFF;
    }

    boolean bool() throws TwasmException {
        int b = u8();
        if (b > 1) {
            throw malformed("boolean " + b);
        }
        return b == 1;
    }

    int u16() throws TwasmException {
        need(2);
        int v = (bytes[pos] & 0xFF) << 8 | (bytes[pos + 1] & 0xFF);
        pos += 2;
        return v;
    }

    int s32() throws TwasmException {
        need(4);
        int v = (bytes[pos] & 0xFF) << 24 | (bytes[pos + 1] & 0xFF) << 16 | (bytes[pos + 2] & 0xFF) << 8
                | (bytes[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    int u32() throws TwasmException {
        return s32();
    }

    /** A count of things that take at least one byte each: never more than the bytes left. */
    int count() throws TwasmException {
        int n = s32();
        if (n < 0 || n > remaining()) {
            throw malformed("count " + Integer.toUnsignedString(n) + " with " + remaining() + " bytes left");
        }
        return n;
    }

    long u64() throws TwasmException {
        long hi = s32() & 0xFFFF_FFFFL;
        return hi << 32 | (s32() & 0xFFFF_FFFFL);
    }

    byte[] raw(int n) throws TwasmException {
        need(n);
        byte[] out = java.util.Arrays.copyOfRange(bytes, pos, pos + n);
        pos += n;
        return out;
    }

    byte[] bytes() throws TwasmException {
        return raw(count());
    }

    String string() throws TwasmException {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    TwasmException malformed(String what) {
        return new TwasmException("malformed .twasm content: " + what + " (at offset " + pos + ")");
    }
}
