package dev.tandem.aot.twasm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes the primitive fields of a {@code .twasm} file: big-endian numbers, length-prefixed strings and byte arrays. */
final class BinaryOutput {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);

    void u8(int v) {
        out.write(v);
    }

    void bool(boolean v) {
        out.write(v ? 1 : 0);
    }

    void u16(int v) {
        out.write(v >>> 8);
        out.write(v);
    }

    /** A u32 held in an int (indices, counts). */
    void u32(int v) {
        s32(v);
    }

    void s32(int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    void u64(long v) {
        s32((int) (v >>> 32));
        s32((int) v);
    }

    void raw(byte[] bytes) {
        out.write(bytes, 0, bytes.length);
    }

    void bytes(byte[] bytes, int offset, int length) {
        u32(length);
        out.write(bytes, offset, length);
    }

    void string(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        bytes(utf8, 0, utf8.length);
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
