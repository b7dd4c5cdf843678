package dev.tandem.wasm.numeric;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough of a Wasm binary reader to find each exported function's type and body: the type,
 * import, function, export and code sections. The spec suite's modules are valid, so this reader
 * checks nothing; it exists so the numeric tests need no decoder (which another package owns).
 */
final class SpecBinary {

    /** A function: its parameter and result types (valtype bytes), declared locals and code. */
    record Function(byte[] params, byte[] results, byte[] locals, byte[] code) {
    }

    private final byte[] bytes;
    private int pos;

    private SpecBinary(byte[] bytes) {
        this.bytes = bytes;
        this.pos = 8; // magic and version
    }

    /** Exported functions by export name; imported functions are left out (they have no body here). */
    static Map<String, Function> exportedFunctions(byte[] module) {
        return new SpecBinary(module).read();
    }

    private Map<String, Function> read() {
        List<byte[][]> types = new ArrayList<>();
        List<Integer> functionTypes = new ArrayList<>();
        Map<String, Integer> exports = new HashMap<>();
        List<byte[][]> bodies = new ArrayList<>(); // {locals, code}
        int importedFunctions = 0;
        while (pos < bytes.length) {
            int id = bytes[pos++];
            int size = u32();
            int end = pos + size;
            switch (id) {
                case 1 -> {
                    for (int n = u32(); n > 0; n--) {
                        pos++; // 0x60
                        types.add(new byte[][] {vector(), vector()});
                    }
                }
                case 2 -> {
                    for (int n = u32(); n > 0; n--) {
                        name();
                        name();
                        int kind = bytes[pos++];
                        switch (kind) {
                            case 0 -> {
                                u32();
                                importedFunctions++;
                            }
                            case 1 -> {
                                pos++; // reftype
                                limits();
                            }
                            case 2 -> limits();
                            default -> pos += 2; // global: valtype, mutability
                        }
                    }
                }
                case 3 -> {
                    for (int n = u32(); n > 0; n--) {
                        functionTypes.add(u32());
                    }
                }
                case 7 -> {
                    for (int n = u32(); n > 0; n--) {
                        String name = name();
                        int kind = bytes[pos++];
                        int index = u32();
                        if (kind == 0) {
                            exports.put(name, index);
                        }
                    }
                }
                case 10 -> {
                    for (int n = u32(); n > 0; n--) {
                        int bodySize = u32();
                        int bodyEnd = pos + bodySize;
                        byte[] locals = locals();
                        byte[] code = Arrays.copyOfRange(bytes, pos, bodyEnd);
                        bodies.add(new byte[][] {locals, code});
                        pos = bodyEnd;
                    }
                }
                default -> {
                }
            }
            pos = end;
        }
        Map<String, Function> functions = new HashMap<>();
        for (Map.Entry<String, Integer> export : exports.entrySet()) {
            int defined = export.getValue() - importedFunctions;
            if (defined >= 0) {
                byte[][] type = types.get(functionTypes.get(defined));
                byte[][] body = bodies.get(defined);
                functions.put(export.getKey(), new Function(type[0], type[1], body[0], body[1]));
            }
        }
        return functions;
    }

    /** Declared locals, expanded to one valtype byte per local. */
    private byte[] locals() {
        var out = new ByteArrayOutputStream();
        for (int groups = u32(); groups > 0; groups--) {
            int count = u32();
            byte type = bytes[pos++];
            for (int i = 0; i < count; i++) {
                out.write(type);
            }
        }
        return out.toByteArray();
    }

    private void limits() {
        int flags = bytes[pos++];
        u32();
        if ((flags & 1) != 0) {
            u32();
        }
    }

    private byte[] vector() {
        int n = u32();
        byte[] v = Arrays.copyOfRange(bytes, pos, pos + n);
        pos += n;
        return v;
    }

    private String name() {
        return new String(vector(), StandardCharsets.UTF_8);
    }

    private int u32() {
        int result = 0;
        for (int shift = 0; ; shift += 7) {
            int b = bytes[pos++];
            result |= (b & 0x7F) << shift;
            if (b >= 0) {
                return result;
            }
        }
    }
}
