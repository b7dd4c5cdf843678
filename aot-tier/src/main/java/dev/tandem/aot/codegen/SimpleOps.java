package dev.tandem.aot.codegen;

import static org.objectweb.asm.Opcodes.*;

import dev.tandem.aot.rt.NumericTraps;
import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.model.ValType;
import dev.tandem.wasm.numeric.Conversions;
import dev.tandem.wasm.numeric.FloatOps;
import dev.tandem.wasm.numeric.IntOps;
import dev.tandem.wasm.numeric.SimdF32x4;
import dev.tandem.wasm.numeric.SimdF64x2;
import dev.tandem.wasm.numeric.SimdI16x8;
import dev.tandem.wasm.numeric.SimdI32x4;
import dev.tandem.wasm.numeric.SimdI64x2;
import dev.tandem.wasm.numeric.SimdI8x16;
import dev.tandem.wasm.numeric.SimdV128;
import dev.tandem.wasm.numeric.V128;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Type;

/**
 * The table from opcode to emitter for every instruction that only takes operands from the stack and
 * pushes at most one result: numeric, conversion and SIMD lane-wise instructions. An entry is either
 * JVM bytecodes that are exactly the instruction (i32.add is {@code iadd}) or an {@code invokestatic}
 * of the shared semantics, found by the naming rule wasm-core follows (i32.div_s is
 * {@code i32DivS}), trapping ones through {@link NumericTraps} so a trap gets its backtrace.
 * The operand and result types of a call entry are read off the Java method, so the table also types
 * the instruction for the parser.
 */
final class SimpleOps {

    /** How one simple instruction is emitted and typed. */
    record Op(ValType[] params, ValType result, int[] bytecodes, String owner, String name, String descriptor) {

        boolean isCall() {
            return owner != null;
        }

        /** Whether a v128 is among the operands or the result (those need {@code V128}s around the call). */
        boolean usesV128() {
            return result == ValType.V128 || java.util.Arrays.asList(params).contains(ValType.V128);
        }

        /** Estimated bytecode bytes. */
        int size() {
            return isCall() ? 3 : bytecodes.length;
        }
    }

    private static final Class<?>[] IMPLEMENTATIONS = {
        NumericTraps.class, IntOps.class, FloatOps.class, Conversions.class, SimdV128.class, SimdI8x16.class,
        SimdI16x8.class, SimdI32x4.class, SimdI64x2.class, SimdF32x4.class, SimdF64x2.class,
    };

    private static final Map<Integer, Op> OPS = build();

    private SimpleOps() {
    }

    /** The entry for a simple instruction, or null when the opcode is not one. */
    static Op get(int opcode) {
        return OPS.get(opcode);
    }

    private static Map<Integer, Op> build() {
        Map<String, Method> methods = new HashMap<>();
        for (Class<?> c : IMPLEMENTATIONS) {
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
                    methods.putIfAbsent(m.getName(), m);
                }
            }
        }
        Map<Integer, Op> ops = new HashMap<>();
        bytecode(ops);
        for (int op = 0x45; op <= 0xC4; op++) {
            call(ops, methods, op);
        }
        for (int sub = 0; sub <= 7; sub++) {
            call(ops, methods, Opcodes.prefixed(Opcodes.PREFIX_FC, sub));
        }
        for (int sub = 0; sub <= 0xFF; sub++) {
            int op = Opcodes.prefixed(Opcodes.PREFIX_FD, sub);
            if (Opcodes.isKnown(op) && !SimdSpecials.isSpecial(op)) {
                call(ops, methods, op);
            }
        }
        return Map.copyOf(ops);
    }

    private static void call(Map<Integer, Op> ops, Map<String, Method> methods, int opcode) {
        if (ops.containsKey(opcode)) {
            return;
        }
        String name = camelCase(Opcodes.name(opcode));
        Method m = methods.get(name);
        if (m == null) {
            throw new IllegalStateException("no implementation of " + Opcodes.name(opcode) + " (looked for a static "
                    + name + " in wasm-core's numeric package)");
        }
        Class<?>[] p = m.getParameterTypes();
        ValType[] params = new ValType[p.length];
        for (int i = 0; i < p.length; i++) {
            params[i] = valType(p[i], m);
        }
        ops.put(opcode, new Op(params, valType(m.getReturnType(), m), null,
                Type.getInternalName(m.getDeclaringClass()), name, Type.getMethodDescriptor(m)));
    }

    /** {@code "i32.trunc_f32_s"} to {@code "i32TruncF32S"}. */
    static String camelCase(String textName) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : textName.toCharArray()) {
            if (c == '.' || c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    private static ValType valType(Class<?> c, Method m) {
        if (c == int.class) {
            return ValType.I32;
        } else if (c == long.class) {
            return ValType.I64;
        } else if (c == float.class) {
            return ValType.F32;
        } else if (c == double.class) {
            return ValType.F64;
        } else if (c == V128.class) {
            return ValType.V128;
        }
        throw new IllegalStateException("unexpected type " + c + " in " + m);
    }

    private static void bytecode(Map<Integer, Op> ops) {
        ValType i = ValType.I32;
        ValType l = ValType.I64;
        ValType f = ValType.F32;
        ValType d = ValType.F64;
        binary(ops, Opcodes.I32_ADD, i, IADD);
        binary(ops, Opcodes.I32_SUB, i, ISUB);
        binary(ops, Opcodes.I32_MUL, i, IMUL);
        binary(ops, Opcodes.I32_AND, i, IAND);
        binary(ops, Opcodes.I32_OR, i, IOR);
        binary(ops, Opcodes.I32_XOR, i, IXOR);
        // The JVM masks shift counts to 5 (int) or 6 (long) bits, exactly as Wasm does.
        binary(ops, Opcodes.I32_SHL, i, ISHL);
        binary(ops, Opcodes.I32_SHR_S, i, ISHR);
        binary(ops, Opcodes.I32_SHR_U, i, IUSHR);
        binary(ops, Opcodes.I64_ADD, l, LADD);
        binary(ops, Opcodes.I64_SUB, l, LSUB);
        binary(ops, Opcodes.I64_MUL, l, LMUL);
        binary(ops, Opcodes.I64_AND, l, LAND);
        binary(ops, Opcodes.I64_OR, l, LOR);
        binary(ops, Opcodes.I64_XOR, l, LXOR);
        // A long shift takes an int count: the i64 count is narrowed first (its low 6 bits survive).
        binary(ops, Opcodes.I64_SHL, l, L2I, LSHL);
        binary(ops, Opcodes.I64_SHR_S, l, L2I, LSHR);
        binary(ops, Opcodes.I64_SHR_U, l, L2I, LUSHR);
        // IEEE 754 arithmetic, round to nearest: the JVM's is Wasm's (any NaN result is allowed).
        binary(ops, Opcodes.F32_ADD, f, FADD);
        binary(ops, Opcodes.F32_SUB, f, FSUB);
        binary(ops, Opcodes.F32_MUL, f, FMUL);
        binary(ops, Opcodes.F32_DIV, f, FDIV);
        binary(ops, Opcodes.F64_ADD, d, DADD);
        binary(ops, Opcodes.F64_SUB, d, DSUB);
        binary(ops, Opcodes.F64_MUL, d, DMUL);
        binary(ops, Opcodes.F64_DIV, d, DDIV);
        unary(ops, Opcodes.I32_WRAP_I64, l, i, L2I);
        unary(ops, Opcodes.I64_EXTEND_I32_S, i, l, I2L);
        unary(ops, Opcodes.F32_CONVERT_I32_S, i, f, I2F);
        unary(ops, Opcodes.F64_CONVERT_I32_S, i, d, I2D);
        unary(ops, Opcodes.F64_CONVERT_I64_S, l, d, L2D);
    }

    private static void binary(Map<Integer, Op> ops, int opcode, ValType t, int... bytecodes) {
        ops.put(opcode, new Op(new ValType[] {t, t}, t, bytecodes, null, null, null));
    }

    private static void unary(Map<Integer, Op> ops, int opcode, ValType from, ValType to, int bytecode) {
        ops.put(opcode, new Op(new ValType[] {from}, to, new int[] {bytecode}, null, null, null));
    }
}
