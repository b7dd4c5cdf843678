package dev.tandem.aot.codegen;

import static org.objectweb.asm.Opcodes.*;

import dev.tandem.wasm.code.Opcodes;
import org.objectweb.asm.MethodVisitor;

/**
 * Comparisons fused into the conditional jump that consumes them ({@code i32.lt_s} then
 * {@code br_if} becomes one {@code if_icmplt}), so no 0 or 1 is materialised: less bytecode, and
 * the interpreter and C1, which run before C2 compiles a method, do less work. Float comparisons
 * pick {@code fcmpl} or {@code fcmpg} so that a NaN operand makes the comparison false (or true for
 * {@code ne}), as Wasm defines.
 */
final class Conditions {

    private Conditions() {
    }

    static boolean isFusible(int opcode) {
        return (opcode >= Opcodes.I32_EQZ && opcode <= Opcodes.F64_GE);
    }

    /** Emits what precedes the jump (if anything) and returns the jump opcode, taken when the comparison is {@code whenTrue}. */
    static int emit(MethodVisitor mv, int opcode, boolean whenTrue) {
        int jump = switch (opcode) {
            case Opcodes.I32_EQZ -> IFEQ;
            case Opcodes.I32_EQ -> IF_ICMPEQ;
            case Opcodes.I32_NE -> IF_ICMPNE;
            case Opcodes.I32_LT_S -> IF_ICMPLT;
            case Opcodes.I32_GT_S -> IF_ICMPGT;
            case Opcodes.I32_LE_S -> IF_ICMPLE;
            case Opcodes.I32_GE_S -> IF_ICMPGE;
            case Opcodes.I32_LT_U, Opcodes.I32_GT_U, Opcodes.I32_LE_U, Opcodes.I32_GE_U -> {
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "compareUnsigned", "(II)I", false);
                yield zeroTest((opcode - Opcodes.I32_LT_U) / 2); // lt_u, gt_u, le_u, ge_u are every other opcode
            }
            case Opcodes.I64_EQZ -> {
                mv.visitInsn(LCONST_0);
                mv.visitInsn(LCMP);
                yield IFEQ;
            }
            case Opcodes.I64_EQ, Opcodes.I64_NE, Opcodes.I64_LT_S, Opcodes.I64_GT_S, Opcodes.I64_LE_S,
                 Opcodes.I64_GE_S -> {
                mv.visitInsn(LCMP);
                yield switch (opcode) {
                    case Opcodes.I64_EQ -> IFEQ;
                    case Opcodes.I64_NE -> IFNE;
                    case Opcodes.I64_LT_S -> IFLT;
                    case Opcodes.I64_GT_S -> IFGT;
                    case Opcodes.I64_LE_S -> IFLE;
                    default -> IFGE;
                };
            }
            case Opcodes.I64_LT_U, Opcodes.I64_GT_U, Opcodes.I64_LE_U, Opcodes.I64_GE_U -> {
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "compareUnsigned", "(JJ)I", false);
                yield zeroTest((opcode - Opcodes.I64_LT_U) / 2);
            }
            case Opcodes.F32_EQ, Opcodes.F32_NE, Opcodes.F32_LT, Opcodes.F32_GT, Opcodes.F32_LE, Opcodes.F32_GE ->
                    floatCompare(mv, opcode - Opcodes.F32_EQ, FCMPL, FCMPG);
            case Opcodes.F64_EQ, Opcodes.F64_NE, Opcodes.F64_LT, Opcodes.F64_GT, Opcodes.F64_LE, Opcodes.F64_GE ->
                    floatCompare(mv, opcode - Opcodes.F64_EQ, DCMPL, DCMPG);
            default -> throw new IllegalArgumentException("not a comparison: " + Opcodes.name(opcode));
        };
        return whenTrue ? jump : negate(jump);
    }

    /** lt, gt, le, ge (in Wasm's order) of a -1/0/1 comparison result. */
    private static int zeroTest(int which) {
        return switch (which) {
            case 0 -> IFLT;
            case 1 -> IFGT;
            case 2 -> IFLE;
            default -> IFGE;
        };
    }

    /**
     * eq, ne, lt, gt, le, ge (in Wasm's order). A NaN makes {@code fcmpl} give -1 and {@code fcmpg}
     * give 1: lt and le use {@code fcmpg} and ge, gt, eq, ne use {@code fcmpl}, so that NaN fails the
     * test (and passes ne) both ways round, negated or not.
     */
    private static int floatCompare(MethodVisitor mv, int which, int cmpl, int cmpg) {
        return switch (which) {
            case 0 -> {
                mv.visitInsn(cmpl);
                yield IFEQ;
            }
            case 1 -> {
                mv.visitInsn(cmpl);
                yield IFNE;
            }
            case 2 -> {
                mv.visitInsn(cmpg);
                yield IFLT;
            }
            case 3 -> {
                mv.visitInsn(cmpl);
                yield IFGT;
            }
            case 4 -> {
                mv.visitInsn(cmpg);
                yield IFLE;
            }
            default -> {
                mv.visitInsn(cmpl);
                yield IFGE;
            }
        };
    }

    private static int negate(int jump) {
        return switch (jump) {
            case IFEQ -> IFNE;
            case IFNE -> IFEQ;
            case IFLT -> IFGE;
            case IFGE -> IFLT;
            case IFGT -> IFLE;
            case IFLE -> IFGT;
            case IF_ICMPEQ -> IF_ICMPNE;
            case IF_ICMPNE -> IF_ICMPEQ;
            case IF_ICMPLT -> IF_ICMPGE;
            case IF_ICMPGE -> IF_ICMPLT;
            case IF_ICMPGT -> IF_ICMPLE;
            case IF_ICMPLE -> IF_ICMPGT;
            default -> throw new IllegalArgumentException("not a conditional jump: " + jump);
        };
    }
}
