package dev.tandem.aot.codegen;

import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.model.ValType;

/** The scalar load and store instructions ({@code i32.load} to {@code i64.store32}): value types and which store. */
final class MemoryOps {

    private MemoryOps() {
    }

    static boolean isStore(int opcode) {
        return opcode >= Opcodes.I32_STORE && opcode <= Opcodes.I64_STORE32;
    }

    /** The type loaded or stored. */
    static ValType valueType(int opcode) {
        return switch (opcode) {
            case Opcodes.I32_LOAD, Opcodes.I32_LOAD8_S, Opcodes.I32_LOAD8_U, Opcodes.I32_LOAD16_S, Opcodes.I32_LOAD16_U,
                 Opcodes.I32_STORE, Opcodes.I32_STORE8, Opcodes.I32_STORE16 -> ValType.I32;
            case Opcodes.F32_LOAD, Opcodes.F32_STORE -> ValType.F32;
            case Opcodes.F64_LOAD, Opcodes.F64_STORE -> ValType.F64;
            default -> ValType.I64;
        };
    }
}
