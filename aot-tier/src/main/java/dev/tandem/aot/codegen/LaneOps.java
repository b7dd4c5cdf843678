package dev.tandem.aot.codegen;

import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.model.ValType;

/** {@code extract_lane} and {@code replace_lane}: the lane shape each belongs to. */
final class LaneOps {

    /** A lane shape: its text prefix ({@code "i8x16"}), the scalar type of a lane, wasm-core's class for it. */
    record Shape(String prefix, ValType scalar, String implementation) {
    }

    private static final Shape I8X16 = new Shape("i8x16", ValType.I32, "dev/tandem/wasm/numeric/SimdI8x16");
    private static final Shape I16X8 = new Shape("i16x8", ValType.I32, "dev/tandem/wasm/numeric/SimdI16x8");
    private static final Shape I32X4 = new Shape("i32x4", ValType.I32, "dev/tandem/wasm/numeric/SimdI32x4");
    private static final Shape I64X2 = new Shape("i64x2", ValType.I64, "dev/tandem/wasm/numeric/SimdI64x2");
    private static final Shape F32X4 = new Shape("f32x4", ValType.F32, "dev/tandem/wasm/numeric/SimdF32x4");
    private static final Shape F64X2 = new Shape("f64x2", ValType.F64, "dev/tandem/wasm/numeric/SimdF64x2");

    private LaneOps() {
    }

    static Shape shape(int opcode) {
        return switch (opcode) {
            case Opcodes.I8X16_EXTRACT_LANE_S, Opcodes.I8X16_EXTRACT_LANE_U, Opcodes.I8X16_REPLACE_LANE -> I8X16;
            case Opcodes.I16X8_EXTRACT_LANE_S, Opcodes.I16X8_EXTRACT_LANE_U, Opcodes.I16X8_REPLACE_LANE -> I16X8;
            case Opcodes.I32X4_EXTRACT_LANE, Opcodes.I32X4_REPLACE_LANE -> I32X4;
            case Opcodes.I64X2_EXTRACT_LANE, Opcodes.I64X2_REPLACE_LANE -> I64X2;
            case Opcodes.F32X4_EXTRACT_LANE, Opcodes.F32X4_REPLACE_LANE -> F32X4;
            case Opcodes.F64X2_EXTRACT_LANE, Opcodes.F64X2_REPLACE_LANE -> F64X2;
            default -> throw new IllegalArgumentException("not a lane instruction: " + Opcodes.name(opcode));
        };
    }

    static boolean isReplace(int opcode) {
        return switch (opcode) {
            case Opcodes.I8X16_REPLACE_LANE, Opcodes.I16X8_REPLACE_LANE, Opcodes.I32X4_REPLACE_LANE,
                 Opcodes.I64X2_REPLACE_LANE, Opcodes.F32X4_REPLACE_LANE, Opcodes.F64X2_REPLACE_LANE -> true;
            default -> false;
        };
    }
}
