package dev.tandem.aot.testing;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds small binary modules for tests that need one too big to check in: a function of 100,000
 * instructions, a module of 50,000 functions. Only what those tests use: function types of i32s,
 * functions with i32 locals, function exports, and raw instruction bytes.
 */
public final class WasmBuilder {

    private final List<byte[]> types = new ArrayList<>();
    private final List<Integer> functionTypes = new ArrayList<>();
    private final List<byte[]> bodies = new ArrayList<>();
    private final List<byte[]> exports = new ArrayList<>();

    /** A type [i32 x params] -> [i32 x results]; returns its index. */
    public int type(int params, int results) {
        ByteArrayOutputStream t = new ByteArrayOutputStream();
        t.write(0x60);
        u32(t, params);
        for (int i = 0; i < params; i++) {
            t.write(0x7F);
        }
        u32(t, results);
        for (int i = 0; i < results; i++) {
            t.write(0x7F);
        }
        types.add(t.toByteArray());
        return types.size() - 1;
    }

    /** A function of type {@code type} with {@code locals} i32 locals and this code (without the final end); returns its index. */
    public int function(int type, int locals, byte[] code) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        if (locals == 0) {
            u32(b, 0);
        } else {
            u32(b, 1);
            u32(b, locals);
            b.write(0x7F);
        }
        b.writeBytes(code);
        b.write(0x0B);
        functionTypes.add(type);
        bodies.add(b.toByteArray());
        return bodies.size() - 1;
    }

    public void exportFunction(String name, int function) {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        byte[] utf8 = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        u32(e, utf8.length);
        e.writeBytes(utf8);
        e.write(0x00);
        u32(e, function);
        exports.add(e.toByteArray());
    }

    public byte[] build() {
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        m.writeBytes(new byte[] {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00});
        section(m, 1, vector(types));
        List<byte[]> fs = new ArrayList<>();
        for (int t : functionTypes) {
            ByteArrayOutputStream f = new ByteArrayOutputStream();
            u32(f, t);
            fs.add(f.toByteArray());
        }
        section(m, 3, vector(fs));
        section(m, 7, vector(exports));
        List<byte[]> sized = new ArrayList<>();
        for (byte[] body : bodies) {
            ByteArrayOutputStream s = new ByteArrayOutputStream();
            u32(s, body.length);
            s.writeBytes(body);
            sized.add(s.toByteArray());
        }
        section(m, 10, vector(sized));
        return m.toByteArray();
    }

    private static byte[] vector(List<byte[]> items) {
        ByteArrayOutputStream v = new ByteArrayOutputStream();
        u32(v, items.size());
        for (byte[] item : items) {
            v.writeBytes(item);
        }
        return v.toByteArray();
    }

    private static void section(ByteArrayOutputStream m, int id, byte[] content) {
        m.write(id);
        u32(m, content.length);
        m.writeBytes(content);
    }

    /** Appends an unsigned LEB128. */
    public static void u32(ByteArrayOutputStream out, long value) {
        do {
            int b = (int) (value & 0x7F);
            value >>>= 7;
            out.write(value != 0 ? b | 0x80 : b);
        } while (value != 0);
    }

    /** Appends a signed LEB128. */
    public static void s32(ByteArrayOutputStream out, long value) {
        while (true) {
            int b = (int) (value & 0x7F);
            value >>= 7;
            boolean done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
            out.write(done ? b : b | 0x80);
            if (done) {
                return;
            }
        }
    }
}
