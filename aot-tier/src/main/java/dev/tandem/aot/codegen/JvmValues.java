package dev.tandem.aot.codegen;

import static org.objectweb.asm.Opcodes.*;

import dev.tandem.wasm.model.ValType;
import org.objectweb.asm.MethodVisitor;

/**
 * How a Wasm value lives on the JVM operand stack and in JVM locals inside a generated method:
 * i32, i64, f32, f64 as int, long, float, double; references as Object; and a v128 as two longs, its
 * low half pushed first. A v128 never exists as an object inside a method: a {@code V128} is made only
 * where a value crosses into a call (function parameters and results, globals, the spill frame, the
 * shared SIMD operations), and C2's escape analysis removes those that do not outlive the instruction.
 * Keeping vectors out of locals and loop phis is what lets it: a {@code V128} held in a local across a
 * loop's back edge would be allocated on every iteration.
 */
final class JvmValues {

    private static final String V128 = "dev/tandem/wasm/numeric/V128";
    private static final String BOXING = "dev/tandem/aot/rt/V128Halves";

    private JvmValues() {
    }

    /** JVM local slots a value takes: 4 for v128 (two longs), 2 for i64 and f64, else 1. */
    static int slots(ValType t) {
        return switch (t) {
            case V128 -> 4;
            case I64, F64 -> 2;
            default -> 1;
        };
    }

    /** Pushes the local at {@code slot}. */
    static void load(MethodVisitor mv, ValType t, int slot) {
        if (t == ValType.V128) {
            mv.visitVarInsn(LLOAD, slot);
            mv.visitVarInsn(LLOAD, slot + 2);
        } else {
            mv.visitVarInsn(ModulePlan.jvmType(t).getOpcode(ILOAD), slot);
        }
    }

    /** Pops into the local at {@code slot}. */
    static void store(MethodVisitor mv, ValType t, int slot) {
        if (t == ValType.V128) {
            mv.visitVarInsn(LSTORE, slot + 2);
            mv.visitVarInsn(LSTORE, slot);
        } else {
            mv.visitVarInsn(ModulePlan.jvmType(t).getOpcode(ISTORE), slot);
        }
    }

    /** Pops and discards a value. */
    static void pop(MethodVisitor mv, ValType t) {
        switch (t) {
            case V128 -> {
                mv.visitInsn(POP2);
                mv.visitInsn(POP2);
            }
            case I64, F64 -> mv.visitInsn(POP2);
            default -> mv.visitInsn(POP);
        }
    }

    /** Pushes the zero value (what a declared local starts as). */
    static void zero(MethodVisitor mv, ValType t) {
        switch (t) {
            case I32 -> mv.visitInsn(ICONST_0);
            case I64 -> mv.visitInsn(LCONST_0);
            case F32 -> mv.visitInsn(FCONST_0);
            case F64 -> mv.visitInsn(DCONST_0);
            case V128 -> {
                mv.visitInsn(LCONST_0);
                mv.visitInsn(LCONST_0);
            }
            case FUNCREF, EXTERNREF -> mv.visitInsn(ACONST_NULL);
        }
    }

    /** Replaces a v128's two longs on top of the stack with a {@code V128}. */
    static void toObject(MethodVisitor mv) {
        mv.visitMethodInsn(INVOKESTATIC, BOXING, "of", "(JJ)L" + V128 + ";", false);
    }

    /** Replaces a {@code V128} on top of the stack with its two longs, low half below. */
    static void fromObject(MethodVisitor mv) {
        // [v] -> [v, hi] -> [hi, v, hi] -> [hi, v] -> [hi, lo] -> [lo, hi, lo] -> [lo, hi]: no temporary needed.
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKEVIRTUAL, V128, "hi", "()J", false);
        mv.visitInsn(DUP2_X1);
        mv.visitInsn(POP2);
        mv.visitMethodInsn(INVOKEVIRTUAL, V128, "lo", "()J", false);
        mv.visitInsn(DUP2_X2);
        mv.visitInsn(POP2);
    }

    /** The descriptor of a value where it crosses into a call: a {@code V128} for a v128. */
    static String callDescriptor(ValType t) {
        return ModulePlan.jvmType(t).getDescriptor();
    }
}
