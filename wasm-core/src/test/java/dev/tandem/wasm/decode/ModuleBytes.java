package dev.tandem.wasm.decode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds small binary modules byte by byte for decoder edge cases. */
final class ModuleBytes {

    static final byte[] HEADER = bytes(0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00);

    private ModuleBytes() {
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** The header followed by the given sections. */
    static byte[] module(byte[]... sections) {
        return concat(HEADER, concat(sections));
    }

    /** A section: id, size (u32 LEB128), contents. */
    static byte[] section(int id, byte[]... contents) {
        byte[] body = concat(contents);
        return concat(bytes(id), u32(body.length), body);
    }

    static byte[] u32(long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long v = value;
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return out.toByteArray();
    }

    /** A name: u32 length then the UTF-8 bytes. */
    static byte[] name(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        return concat(u32(utf8.length), utf8);
    }

    /** A name with raw (possibly ill-formed) bytes. */
    static byte[] rawName(int... utf8) {
        return concat(u32(utf8.length), bytes(utf8));
    }

    /** Type section with one type, () -> (). */
    static byte[] oneVoidType() {
        return section(1, bytes(0x01, 0x60, 0x00, 0x00));
    }

    /** Function section declaring {@code n} functions of type 0. */
    static byte[] functions(int n) {
        byte[] idx = new byte[n];
        return section(3, u32(n), idx);
    }

    /** Code section with {@code n} empty bodies (no locals, just {@code end}). */
    static byte[] emptyBodies(int n) {
        byte[][] bodies = new byte[n][];
        for (int i = 0; i < n; i++) {
            bodies[i] = bytes(0x02, 0x00, 0x0B);
        }
        return section(10, u32(n), concat(bodies));
    }
}
