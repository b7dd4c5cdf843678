package dev.tandem.wasm.validate;

import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.model.ValType;

/**
 * A validated constant expression, decoded: in Wasm 2.0 a valid constant expression is exactly one
 * instruction before its {@code end}, so a tier evaluates it with one switch on {@link #opcode()}.
 *
 * @param opcode {@link Opcodes#I32_CONST}, {@code I64_CONST}, {@code F32_CONST}, {@code F64_CONST},
 *               {@code V128_CONST}, {@code REF_NULL}, {@code REF_FUNC} or {@code GLOBAL_GET}
 * @param type   the value type it produces
 * @param bits   the constant's bits (an i32 or f32 in the low 32 bits; the low half of a v128)
 * @param bitsHi the high half of a v128 constant, else 0
 * @param index  the function of {@code ref.func}, the (imported) global of {@code global.get}, else -1
 */
public record ConstInstr(int opcode, ValType type, long bits, long bitsHi, int index) {

    @Override
    public String toString() {
        return switch (opcode) {
            case Opcodes.REF_NULL -> "ref.null " + type;
            case Opcodes.REF_FUNC, Opcodes.GLOBAL_GET -> Opcodes.name(opcode) + " " + index;
            case Opcodes.V128_CONST -> String.format("v128.const 0x%016x%016x", bitsHi, bits);
            case Opcodes.I32_CONST, Opcodes.F32_CONST -> Opcodes.name(opcode) + String.format(" 0x%08x", (int) bits);
            default -> Opcodes.name(opcode) + String.format(" 0x%016x", bits);
        };
    }
}
