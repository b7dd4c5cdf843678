package dev.tandem.truffle.lower;

import dev.tandem.wasm.code.Opcodes;

import static dev.tandem.wasm.code.Opcodes.*;

/**
 * Lowered code as text, one instruction per line ({@code "  7: br_if ->12 sp=3 arity=0 profile=2"}),
 * and the length of each instruction. For tests (golden files, invariant checks) and for reading
 * what the lowering made of a function; the interpreter does not use it.
 */
public final class Disassembler {

    private Disassembler() {
    }

    /** Number of ints the instruction at {@code pc} takes, opcode included. */
    public static int length(int[] code, int pc) {
        int op = code[pc];
        if (op >= Op.SIMD_BASE) {
            int sub = op - Op.SIMD_BASE;
            boolean lane = sub >= 0x54 && sub <= 0x5B;
            boolean one = sub <= 0x0B || sub == 0x0D || sub == 0x5C || sub == 0x5D || (sub >= 0x15 && sub <= 0x22);
            return 1 + (lane ? 2 : one ? 1 : 0);
        }
        if (op >= Op.FC_BASE) {
            return 1 + switch (Op.fcOpcode(op)) {
                case MEMORY_INIT, DATA_DROP, ELEM_DROP, TABLE_GROW, TABLE_SIZE, TABLE_FILL -> 1;
                case TABLE_INIT, TABLE_COPY -> 2;
                default -> 0;
            };
        }
        return 1 + switch (op) {
            case Op.BR, Op.CALL_INDIRECT -> 3;
            case Op.BR_IF -> 4;
            case Op.BR_TABLE -> 3 + 2 * code[pc + 3] + code[pc + 1];
            case Op.CALL, Op.IF, Op.I64_CONST, Op.F64_CONST -> 2;
            case Op.LOCAL_GET, Op.LOCAL_SET, Op.LOCAL_TEE, Op.GLOBAL_GET, Op.GLOBAL_SET, Op.TABLE_GET, Op.TABLE_SET,
                 Op.LOCAL_GET_OBJ, Op.LOCAL_SET_OBJ, Op.LOCAL_TEE_OBJ, Op.GLOBAL_GET_OBJ, Op.GLOBAL_SET_OBJ,
                 Op.I32_CONST, Op.F32_CONST, Op.REF_FUNC, Op.JUMP, Op.V128_CONST, Op.OPAQUE_CONST -> 1;
            default -> op >= 0x28 && op <= 0x3E ? 1 : 0;
        };
    }

    public static String disassemble(LoweredFunction function) {
        StringBuilder out = new StringBuilder();
        int[] code = function.code();
        for (int pc = 0; pc < code.length; pc += length(code, pc)) {
            out.append(String.format("%4d: ", pc)).append(instruction(code, pc)).append('\n');
        }
        return out.toString();
    }

    private static String instruction(int[] code, int pc) {
        int op = code[pc];
        return switch (op) {
            case Op.BR -> "br ->" + code[pc + 1] + " sp=" + code[pc + 2] + " arity=" + code[pc + 3];
            case Op.BR_IF -> "br_if ->" + code[pc + 1] + " sp=" + code[pc + 2] + " arity=" + code[pc + 3]
                    + " profile=" + code[pc + 4];
            case Op.BR_TABLE -> brTable(code, pc);
            case Op.IF -> "if else->" + code[pc + 1] + " profile=" + code[pc + 2];
            case Op.JUMP -> "jump ->" + code[pc + 1];
            case Op.CALL -> "call " + code[pc + 1] + " site=" + code[pc + 2];
            case Op.CALL_INDIRECT -> "call_indirect type=" + code[pc + 1] + " table=" + code[pc + 2] + " site=" + code[pc + 3];
            case Op.LOCAL_GET_OBJ -> "local.get.obj " + code[pc + 1];
            case Op.LOCAL_SET_OBJ -> "local.set.obj " + code[pc + 1];
            case Op.LOCAL_TEE_OBJ -> "local.tee.obj " + code[pc + 1];
            case Op.GLOBAL_GET_OBJ -> "global.get.obj " + code[pc + 1];
            case Op.GLOBAL_SET_OBJ -> "global.set.obj " + code[pc + 1];
            case Op.I64_CONST, Op.F64_CONST -> Opcodes.name(op) + " 0x"
                    + Long.toHexString((code[pc + 1] & 0xFFFF_FFFFL) | ((long) code[pc + 2] << 32));
            case Op.I32_CONST, Op.F32_CONST -> Opcodes.name(op) + " 0x" + Integer.toHexString(code[pc + 1]);
            case Op.V128_CONST -> "v128.const #" + code[pc + 1];
            case Op.OPAQUE_CONST -> "opaque.const #" + code[pc + 1];
            default -> generic(code, pc);
        };
    }

    private static String brTable(int[] code, int pc) {
        StringBuilder text = new StringBuilder("br_table arity=" + code[pc + 2]);
        int distinct = code[pc + 3];
        for (int i = 0; i < distinct; i++) {
            text.append(" [").append(i).append("]->").append(code[pc + 4 + 2 * i]).append(" sp=").append(code[pc + 5 + 2 * i]);
        }
        text.append(" entries");
        for (int i = 0; i < code[pc + 1]; i++) {
            text.append(' ').append(code[pc + 4 + 2 * distinct + i]);
        }
        return text.toString();
    }

    private static String generic(int[] code, int pc) {
        int op = code[pc];
        String name = op >= Op.SIMD_BASE ? Opcodes.name(Opcodes.prefixed(Opcodes.PREFIX_FD, op - Op.SIMD_BASE))
                : op >= Op.FC_BASE ? Opcodes.name(Opcodes.prefixed(Opcodes.PREFIX_FC, op - Op.FC_BASE)) : Opcodes.name(op);
        StringBuilder text = new StringBuilder(name);
        for (int i = 1; i < length(code, pc); i++) {
            text.append(' ').append(code[pc + i]);
        }
        return text.toString();
    }
}
