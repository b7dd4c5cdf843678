package dev.tandem.aot.codegen;

import org.objectweb.asm.ClassWriter;

/**
 * ASM's class writer computing stack map frames without loading classes: where two reference types
 * meet at a branch target (a FunctionRef and an externref value, say), the merged type is Object,
 * which is how generated code treats every reference anyway. ASM's default would try to load the
 * generated classes, which do not exist yet.
 */
final class GeneratedClassWriter extends ClassWriter {

    GeneratedClassWriter() {
        super(COMPUTE_FRAMES);
    }

    @Override
    protected String getCommonSuperClass(String type1, String type2) {
        return type1.equals(type2) ? type1 : "java/lang/Object";
    }
}
