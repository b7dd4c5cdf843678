package dev.tandem.deserialize.generate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Wasm binary format's primitive encodings (LEB128 integers, IEEE floats, names, vectors and
 * sections) into a growing byte buffer. No .wat parser exists in this project, so the generator
 * writes binaries directly; everything structural is in {@link ModuleEncoder} and {@link BodyWriter}.
 */
final class WasmWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    WasmWriter byte1(int b) {
        out.write(b);
        return this;
    }

    WasmWriter bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    /** Unsigned LEB128 (indices, counts, sizes, alignments and offsets). */
    WasmWriter u32(long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("u32 out of range: " + value);
        }
        do {
            int b = (int) (value & 0x7F);
            value >>>= 7;
            out.write(value != 0 ? b | 0x80 : b);
        } while (value != 0);
        return this;
    }

    /** Signed LEB128 ({@code i32.const} and {@code i64.const} immediates). */
    WasmWriter s64(long value) {
        while (true) {
            int b = (int) (value & 0x7F);
            value >>= 7;
            boolean done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
            out.write(done ? b : b | 0x80);
            if (done) {
                return this;
            }
        }
    }

    /** An {@code f64.const} immediate: the IEEE 754 bits, little-endian. */
    WasmWriter f64(double value) {
        long bits = Double.doubleToRawLongBits(value);
        for (int i = 0; i < 8; i++) {
            out.write((int) (bits >>> (8 * i)) & 0xFF);
        }
        return this;
    }

    WasmWriter name(String name) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        return u32(utf8.length).bytes(utf8);
    }

    /** A vector: its length, then each item's bytes. */
    WasmWriter vector(List<byte[]> items) {
        u32(items.size());
        items.forEach(this::bytes);
        return this;
    }

    /** A section: id, content size, content. */
    WasmWriter section(int id, byte[] content) {
        return byte1(id).u32(content.length).bytes(content);
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
