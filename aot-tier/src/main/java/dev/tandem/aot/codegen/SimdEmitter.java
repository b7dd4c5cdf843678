package dev.tandem.aot.codegen;

import static org.objectweb.asm.Opcodes.*;

import dev.tandem.aot.rt.simd.F32x4Halves;
import dev.tandem.aot.rt.simd.F64x2Halves;
import dev.tandem.aot.rt.simd.I16x8Halves;
import dev.tandem.aot.rt.simd.I32x4Halves;
import dev.tandem.aot.rt.simd.I64x2Halves;
import dev.tandem.aot.rt.simd.I8x16Halves;
import dev.tandem.aot.rt.simd.LaneHalves;
import dev.tandem.aot.rt.simd.V128BitwiseHalves;
import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.model.ValType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * SIMD instructions on the two-long form of a v128 ({@link JvmValues}), through the half-wise
 * operations of {@link dev.tandem.aot.rt.simd}: how each method is applied depends on its kind, which
 * its signature and name tell. Instructions with no half-wise method go through wasm-core with
 * {@code V128}s ({@link InstructionEmitter}).
 */
final class SimdEmitter {

    /** How a half-wise method makes a v128 result (or a scalar) from v128 operands. */
    enum Kind {
        /** {@code long f(long)} on each half. */
        UNARY,
        /** {@code long f(long, long)} on the two low halves, then the two high halves. */
        BINARY,
        /** {@code long f(long, long, long)} likewise (bitselect). */
        TERNARY,
        /** {@code long f(long, int)} on each half, with a scalar count (shifts). */
        SHIFT,
        /** {@code long f(scalar)}, the same half twice (splat). */
        SPLAT,
        /** {@code int f(long lo, long hi)}: a scalar from the whole vector (bitmask, all_true, any_true). */
        REDUCE,
        /** {@code long f(long lo, long hi)}: one result half from each operand (narrow). */
        NARROW,
        /** {@code long f(long half, int part)}: both result halves from one operand half (extend). */
        EXTEND_LOW,
        EXTEND_HIGH
    }

    record Op(Kind kind, String owner, String name, String descriptor) {
    }

    private static final Class<?>[] IMPLEMENTATIONS = {
        V128BitwiseHalves.class, I8x16Halves.class, I16x8Halves.class, I32x4Halves.class, I64x2Halves.class,
        F32x4Halves.class, F64x2Halves.class,
    };
    private static final String LANES = Type.getInternalName(LaneHalves.class);
    private static final Map<Integer, Op> OPS = build();

    private final MethodEmitter m;
    private final MethodVisitor mv;

    SimdEmitter(MethodEmitter m) {
        this.m = m;
        this.mv = m.mv;
    }

    /** The half-wise implementation of an instruction, or null. */
    static Op get(int opcode) {
        return OPS.get(opcode);
    }

    private static Map<Integer, Op> build() {
        Map<String, Method> methods = new HashMap<>();
        for (Class<?> c : IMPLEMENTATIONS) {
            for (Method method : c.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())) {
                    methods.put(method.getName(), method);
                }
            }
        }
        Map<Integer, Op> ops = new HashMap<>();
        for (int sub = 0; sub <= 0xFF; sub++) {
            int opcode = Opcodes.prefixed(Opcodes.PREFIX_FD, sub);
            if (!Opcodes.isKnown(opcode) || SimdSpecials.isSpecial(opcode)) {
                continue;
            }
            String name = SimpleOps.camelCase(Opcodes.name(opcode));
            Kind kind = null;
            if (name.contains("ExtendLow") || name.contains("ExtendHigh")) {
                kind = name.contains("Low") ? Kind.EXTEND_LOW : Kind.EXTEND_HIGH;
                name = name.replace("ExtendLow", "Extend").replace("ExtendHigh", "Extend");
            }
            Method method = methods.get(name);
            if (method == null) {
                continue;
            }
            if (kind == null) {
                kind = kind(method);
            }
            ops.put(opcode, new Op(kind, Type.getInternalName(method.getDeclaringClass()), name,
                    Type.getMethodDescriptor(method)));
        }
        return Map.copyOf(ops);
    }

    private static Kind kind(Method method) {
        Class<?>[] p = method.getParameterTypes();
        String name = method.getName();
        if (name.contains("Narrow")) {
            return Kind.NARROW;
        }
        if (name.endsWith("Splat")) {
            return Kind.SPLAT;
        }
        if (method.getReturnType() == int.class) {
            return Kind.REDUCE;
        }
        return switch (p.length) {
            case 1 -> Kind.UNARY;
            case 2 -> p[1] == int.class ? Kind.SHIFT : Kind.BINARY;
            case 3 -> Kind.TERNARY;
            default -> throw new IllegalStateException("unexpected half-wise method " + method);
        };
    }

    /** Emits {@code op}; the stack holds its operands in in-method form. Returns the result type. */
    ValType emit(Op op) {
        int mark = m.mark();
        switch (op.kind()) {
            case UNARY -> {
                int hi = m.temp(ValType.I64);
                mv.visitVarInsn(LSTORE, hi);
                call(op);
                mv.visitVarInsn(LLOAD, hi);
                call(op);
            }
            case BINARY -> {
                int bHi = m.temp(ValType.I64);
                int bLo = m.temp(ValType.I64);
                int aHi = m.temp(ValType.I64);
                mv.visitVarInsn(LSTORE, bHi);
                mv.visitVarInsn(LSTORE, bLo);
                mv.visitVarInsn(LSTORE, aHi);
                mv.visitVarInsn(LLOAD, bLo);
                call(op);
                mv.visitVarInsn(LLOAD, aHi);
                mv.visitVarInsn(LLOAD, bHi);
                call(op);
            }
            case TERNARY -> {
                int cHi = m.temp(ValType.I64);
                int cLo = m.temp(ValType.I64);
                int bHi = m.temp(ValType.I64);
                int bLo = m.temp(ValType.I64);
                int aHi = m.temp(ValType.I64);
                mv.visitVarInsn(LSTORE, cHi);
                mv.visitVarInsn(LSTORE, cLo);
                mv.visitVarInsn(LSTORE, bHi);
                mv.visitVarInsn(LSTORE, bLo);
                mv.visitVarInsn(LSTORE, aHi);
                mv.visitVarInsn(LLOAD, bLo);
                mv.visitVarInsn(LLOAD, cLo);
                call(op);
                mv.visitVarInsn(LLOAD, aHi);
                mv.visitVarInsn(LLOAD, bHi);
                mv.visitVarInsn(LLOAD, cHi);
                call(op);
            }
            case SHIFT -> {
                int count = m.temp(ValType.I32);
                int hi = m.temp(ValType.I64);
                mv.visitVarInsn(ISTORE, count);
                mv.visitVarInsn(LSTORE, hi);
                mv.visitVarInsn(ILOAD, count);
                call(op);
                mv.visitVarInsn(LLOAD, hi);
                mv.visitVarInsn(ILOAD, count);
                call(op);
            }
            case SPLAT -> {
                call(op);
                mv.visitInsn(DUP2);
            }
            case REDUCE -> call(op);
            case NARROW -> {
                int bHi = m.temp(ValType.I64);
                int bLo = m.temp(ValType.I64);
                mv.visitVarInsn(LSTORE, bHi);
                mv.visitVarInsn(LSTORE, bLo);
                call(op);
                mv.visitVarInsn(LLOAD, bLo);
                mv.visitVarInsn(LLOAD, bHi);
                call(op);
            }
            case EXTEND_LOW, EXTEND_HIGH -> {
                int half = m.temp(ValType.I64);
                if (op.kind() == Kind.EXTEND_LOW) {
                    mv.visitInsn(POP2);
                    mv.visitVarInsn(LSTORE, half);
                } else {
                    mv.visitVarInsn(LSTORE, half);
                    mv.visitInsn(POP2);
                }
                mv.visitVarInsn(LLOAD, half);
                mv.visitInsn(ICONST_0);
                call(op);
                mv.visitVarInsn(LLOAD, half);
                mv.visitInsn(ICONST_1);
                call(op);
            }
        }
        m.release(mark);
        return op.kind() == Kind.REDUCE ? ValType.I32 : ValType.V128;
    }

    /** {@code extract_lane}: the lane from the half that holds it. Stack: the vector. */
    void extractLane(int opcode, int lane) {
        LaneOps.Shape shape = LaneOps.shape(opcode);
        int bits = 128 / lanes(shape);
        int perHalf = 64 / bits;
        selectHalf(lane < perHalf);
        m.pushInt(lane % perHalf);
        m.pushInt(bits);
        boolean unsigned = Opcodes.name(opcode).endsWith("_u");
        mv.visitMethodInsn(INVOKESTATIC, LANES, unsigned ? "extractU" : "extractS", "(JII)J", false);
        switch (shape.scalar()) {
            case I32 -> mv.visitInsn(L2I);
            case F32 -> {
                mv.visitInsn(L2I);
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "intBitsToFloat", "(I)F", false);
            }
            case F64 -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
            default -> {
            }
        }
    }

    /** {@code replace_lane}: the half that holds the lane, with the lane replaced. Stack: vector, value. */
    void replaceLane(int opcode, int lane) {
        LaneOps.Shape shape = LaneOps.shape(opcode);
        int bits = 128 / lanes(shape);
        int perHalf = 64 / bits;
        switch (shape.scalar()) {
            case I32 -> mv.visitInsn(I2L);
            case F32 -> {
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Float", "floatToRawIntBits", "(F)I", false);
                mv.visitInsn(I2L);
            }
            case F64 -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "doubleToRawLongBits", "(D)J", false);
            default -> {
            }
        }
        int mark = m.mark();
        int value = m.temp(ValType.I64);
        mv.visitVarInsn(LSTORE, value);
        if (lane < perHalf) {
            int hi = m.temp(ValType.I64);
            mv.visitVarInsn(LSTORE, hi);
            replaceIn(value, lane, bits);
            mv.visitVarInsn(LLOAD, hi);
        } else {
            replaceIn(value, lane - perHalf, bits);
        }
        m.release(mark);
    }

    private void replaceIn(int value, int lane, int bits) {
        mv.visitVarInsn(LLOAD, value);
        m.pushInt(lane);
        m.pushInt(bits);
        mv.visitMethodInsn(INVOKESTATIC, LANES, "replace", "(JJII)J", false);
    }

    /** Leaves only the low ({@code low}) or the high half of the vector on the stack. */
    private void selectHalf(boolean low) {
        if (low) {
            mv.visitInsn(POP2);
        } else {
            // [lo, hi] -> [hi, lo, hi] -> [hi, lo] -> [hi]
            mv.visitInsn(DUP2_X2);
            mv.visitInsn(POP2);
            mv.visitInsn(POP2);
        }
    }

    private static int lanes(LaneOps.Shape shape) {
        return switch (shape.prefix()) {
            case "i8x16" -> 16;
            case "i16x8" -> 8;
            case "i32x4", "f32x4" -> 4;
            default -> 2;
        };
    }

    private void call(Op op) {
        mv.visitMethodInsn(INVOKESTATIC, op.owner(), op.name(), op.descriptor(), false);
    }
}
