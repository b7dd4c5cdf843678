package dev.tandem.wasm.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.reflect.AccessFlag;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scalar helpers sit on both tiers' hottest paths. HotSpot inlines a method of at most 35
 * bytes of bytecode ({@code MaxInlineSize}) at any call site, larger ones only at call sites it
 * has seen to be hot, so every public scalar method stays within 35 bytes.
 */
class InlineSizeTest {

    private static final int MAX_INLINE_SIZE = 35;

    @Test
    void scalarMethodsFitHotSpotsMaxInlineSize() throws IOException {
        List<String> tooLarge = new ArrayList<>();
        for (Class<?> owner : List.of(IntOps.class, FloatOps.class, Conversions.class)) {
            for (MethodModel method : parse(owner).methods()) {
                if (!method.flags().has(AccessFlag.PUBLIC)) {
                    continue;
                }
                int size = method.findAttribute(Attributes.code()).orElseThrow().codeLength();
                if (size > MAX_INLINE_SIZE) {
                    tooLarge.add(owner.getSimpleName() + "." + method.methodName().stringValue() + ": " + size + " bytes");
                }
            }
        }
        assertEquals(List.of(), tooLarge);
    }

    private static ClassModel parse(Class<?> owner) throws IOException {
        try (InputStream in = owner.getResourceAsStream(owner.getSimpleName() + ".class")) {
            return ClassFile.of().parse(in.readAllBytes());
        }
    }
}
