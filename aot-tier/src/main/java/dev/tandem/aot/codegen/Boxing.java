package dev.tandem.aot.codegen;

import static org.objectweb.asm.Opcodes.*;

import dev.tandem.wasm.model.ValType;
import org.objectweb.asm.MethodVisitor;

/** Boxing and unboxing as {@link dev.tandem.runtime.BoxedValues} defines it, in bytecode. */
final class Boxing {

    private Boxing() {
    }

    /** Replaces the value on top of the stack with its box. */
    static void box(MethodVisitor mv, ValType t) {
        switch (t) {
            case I32 -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "valueOf", "(I)Ljava/lang/Integer;", false);
            case I64 -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "valueOf", "(J)Ljava/lang/Long;", false);
            case F32 -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "valueOf", "(F)Ljava/lang/Float;", false);
            case F64 -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "valueOf", "(D)Ljava/lang/Double;", false);
            case V128, FUNCREF, EXTERNREF -> {
            }
        }
    }

    /** Replaces the Object on top of the stack with the value it boxes. */
    static void unbox(MethodVisitor mv, ValType t) {
        switch (t) {
            case I32 -> {
                mv.visitTypeInsn(CHECKCAST, "java/lang/Integer");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Integer", "intValue", "()I", false);
            }
            case I64 -> {
                mv.visitTypeInsn(CHECKCAST, "java/lang/Long");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Long", "longValue", "()J", false);
            }
            case F32 -> {
                mv.visitTypeInsn(CHECKCAST, "java/lang/Float");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Float", "floatValue", "()F", false);
            }
            case F64 -> {
                mv.visitTypeInsn(CHECKCAST, "java/lang/Double");
                mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/Double", "doubleValue", "()D", false);
            }
            case V128 -> mv.visitTypeInsn(CHECKCAST, "dev/tandem/wasm/numeric/V128");
            case FUNCREF, EXTERNREF -> {
            }
        }
    }
}
