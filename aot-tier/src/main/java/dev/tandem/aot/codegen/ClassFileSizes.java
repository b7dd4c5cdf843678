package dev.tandem.aot.codegen;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads what ASM does not expose directly: the bytecode length of each method of a class file
 * (the {@code code_length} of its Code attribute), and the constant-pool count (JVMS 4.1, 4.7.3).
 * The compiler checks its methods against C2's HugeMethodLimit with it; tests check the limits.
 */
public final class ClassFileSizes {

    private ClassFileSizes() {
    }

    public static int constantPoolCount(byte[] classFile) {
        return ByteBuffer.wrap(classFile).getShort(8) & 0xFFFF;
    }

    /** Method name + descriptor to bytecode bytes, for every method with code. */
    public static Map<String, Integer> codeLengths(byte[] classFile) {
        ByteBuffer b = ByteBuffer.wrap(classFile);
        b.position(8);
        int count = b.getShort() & 0xFFFF;
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = b.get() & 0xFF;
            switch (tag) {
                case 1 -> {
                    int len = b.getShort() & 0xFFFF;
                    byte[] s = new byte[len];
                    b.get(s);
                    utf8[i] = new String(s, StandardCharsets.UTF_8);
                }
                case 3, 4, 9, 10, 11, 12, 17, 18 -> b.position(b.position() + 4);
                case 5, 6 -> {
                    b.position(b.position() + 8);
                    i++;
                }
                case 7, 8, 16, 19, 20 -> b.position(b.position() + 2);
                case 15 -> b.position(b.position() + 3);
                default -> throw new IllegalArgumentException("constant tag " + tag + " at " + i);
            }
        }
        b.position(b.position() + 6); // access, this, super
        int interfaces = b.getShort() & 0xFFFF;
        b.position(b.position() + 2 * interfaces);
        int fields = b.getShort() & 0xFFFF;
        for (int f = 0; f < fields; f++) {
            b.position(b.position() + 6);
            skipAttributes(b);
        }
        Map<String, Integer> lengths = new LinkedHashMap<>();
        int methods = b.getShort() & 0xFFFF;
        for (int m = 0; m < methods; m++) {
            b.position(b.position() + 2);
            String name = utf8[b.getShort() & 0xFFFF];
            String desc = utf8[b.getShort() & 0xFFFF];
            int attributes = b.getShort() & 0xFFFF;
            for (int a = 0; a < attributes; a++) {
                String attr = utf8[b.getShort() & 0xFFFF];
                int len = b.getInt();
                int next = b.position() + len;
                if (attr.equals("Code")) {
                    b.position(b.position() + 4);
                    lengths.put(name + desc, b.getInt());
                }
                b.position(next);
            }
        }
        return lengths;
    }

    private static void skipAttributes(ByteBuffer b) {
        int attributes = b.getShort() & 0xFFFF;
        for (int a = 0; a < attributes; a++) {
            b.position(b.position() + 2);
            int len = b.getInt();
            b.position(b.position() + len);
        }
    }
}
