package dev.tandem.aot.codegen;

import dev.tandem.wasm.code.Opcodes;

/**
 * The SIMD instructions that are not {@link SimpleOps}: those with a memory operand, a constant, a
 * shuffle pattern or a lane index as immediate. The emitter has a case for each group.
 */
final class SimdSpecials {

    private SimdSpecials() {
    }

    static boolean isSpecial(int opcode) {
        return isMemory(opcode) || opcode == Opcodes.V128_CONST || opcode == Opcodes.I8X16_SHUFFLE
                || isLane(opcode);
    }

    /** Loads and stores, including the single-lane ones. */
    static boolean isMemory(int opcode) {
        return (opcode >= Opcodes.V128_LOAD && opcode <= Opcodes.V128_STORE)
                || (opcode >= Opcodes.V128_LOAD8_LANE && opcode <= Opcodes.V128_LOAD64_ZERO);
    }

    /** {@code extract_lane} and {@code replace_lane} of every shape. */
    static boolean isLane(int opcode) {
        return opcode >= Opcodes.I8X16_EXTRACT_LANE_S && opcode <= Opcodes.F64X2_REPLACE_LANE;
    }

    static boolean isLaneMemory(int opcode) {
        return opcode >= Opcodes.V128_LOAD8_LANE && opcode <= Opcodes.V128_STORE64_LANE;
    }

    static boolean isStore(int opcode) {
        return opcode == Opcodes.V128_STORE || (opcode >= Opcodes.V128_STORE8_LANE && opcode <= Opcodes.V128_STORE64_LANE);
    }
}
