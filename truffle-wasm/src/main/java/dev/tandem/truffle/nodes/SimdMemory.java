package dev.tandem.truffle.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.tandem.runtime.Memory;
import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.numeric.SimdI16x8;
import dev.tandem.wasm.numeric.SimdI32x4;
import dev.tandem.wasm.numeric.SimdI64x2;
import dev.tandem.wasm.numeric.SimdI8x16;
import dev.tandem.wasm.numeric.V128;

import static dev.tandem.wasm.code.Opcodes.*;

/**
 * Executes the SIMD loads and stores. Every access goes through the runtime's bounds-checked
 * {@link Memory}; the widening loads read 64 bits into the low half of a vector and widen them with
 * the shared {@code extend_low} lane operations, so no lane arithmetic is written twice.
 */
final class SimdMemory {

    private SimdMemory() {
    }

    /**
     * Executes SIMD instruction {@code opcode} (a Wasm opcode, {@code 0xFD << 12 | sub}) with its memory
     * offset and lane immediates; returns the new stack pointer.
     */
    static int execute(VirtualFrame frame, Memory memory, int sp, int opcode, int offset, int lane) {
        return switch (opcode) {
            case V128_LOAD -> load(frame, sp, memory.v128Load(address(frame, sp, offset)));
            case V128_LOAD8X8_S -> load(frame, sp, SimdI16x8.i16x8ExtendLowI8x16S(low64(memory, frame, sp, offset)));
            case V128_LOAD8X8_U -> load(frame, sp, SimdI16x8.i16x8ExtendLowI8x16U(low64(memory, frame, sp, offset)));
            case V128_LOAD16X4_S -> load(frame, sp, SimdI32x4.i32x4ExtendLowI16x8S(low64(memory, frame, sp, offset)));
            case V128_LOAD16X4_U -> load(frame, sp, SimdI32x4.i32x4ExtendLowI16x8U(low64(memory, frame, sp, offset)));
            case V128_LOAD32X2_S -> load(frame, sp, SimdI64x2.i64x2ExtendLowI32x4S(low64(memory, frame, sp, offset)));
            case V128_LOAD32X2_U -> load(frame, sp, SimdI64x2.i64x2ExtendLowI32x4U(low64(memory, frame, sp, offset)));
            case V128_LOAD8_SPLAT -> load(frame, sp, SimdI8x16.i8x16Splat(memory.i32Load8U(address(frame, sp, offset))));
            case V128_LOAD16_SPLAT -> load(frame, sp, SimdI16x8.i16x8Splat(memory.i32Load16U(address(frame, sp, offset))));
            case V128_LOAD32_SPLAT -> load(frame, sp, SimdI32x4.i32x4Splat(memory.i32Load(address(frame, sp, offset))));
            case V128_LOAD64_SPLAT -> load(frame, sp, SimdI64x2.i64x2Splat(memory.i64Load(address(frame, sp, offset))));
            case V128_STORE -> {
                memory.v128Store(Slots.address(frame, sp - 2, offset), Slots.v128(frame, sp - 1));
                yield sp - 2;
            }
            case V128_LOAD8_LANE -> loadLane(frame, sp, SimdI8x16.i8x16ReplaceLane(vector(frame, sp), lane,
                    memory.i32Load8U(laneAddress(frame, sp, offset))));
            case V128_LOAD16_LANE -> loadLane(frame, sp, SimdI16x8.i16x8ReplaceLane(vector(frame, sp), lane,
                    memory.i32Load16U(laneAddress(frame, sp, offset))));
            case V128_LOAD32_LANE -> loadLane(frame, sp, SimdI32x4.i32x4ReplaceLane(vector(frame, sp), lane,
                    memory.i32Load(laneAddress(frame, sp, offset))));
            case V128_LOAD64_LANE -> loadLane(frame, sp, SimdI64x2.i64x2ReplaceLane(vector(frame, sp), lane,
                    memory.i64Load(laneAddress(frame, sp, offset))));
            case V128_STORE8_LANE -> {
                memory.i32Store8(laneAddress(frame, sp, offset), SimdI8x16.i8x16ExtractLaneU(vector(frame, sp), lane));
                yield sp - 2;
            }
            case V128_STORE16_LANE -> {
                memory.i32Store16(laneAddress(frame, sp, offset), SimdI16x8.i16x8ExtractLaneU(vector(frame, sp), lane));
                yield sp - 2;
            }
            case V128_STORE32_LANE -> {
                memory.i32Store(laneAddress(frame, sp, offset), SimdI32x4.i32x4ExtractLane(vector(frame, sp), lane));
                yield sp - 2;
            }
            case V128_STORE64_LANE -> {
                memory.i64Store(laneAddress(frame, sp, offset), SimdI64x2.i64x2ExtractLane(vector(frame, sp), lane));
                yield sp - 2;
            }
            case V128_LOAD32_ZERO -> load(frame, sp, new V128(Integer.toUnsignedLong(memory.i32Load(address(frame, sp, offset))), 0));
            case V128_LOAD64_ZERO -> load(frame, sp, new V128(memory.i64Load(address(frame, sp, offset)), 0));
            default -> throw CompilerDirectives.shouldNotReachHere("no SIMD memory instruction 0x" + Integer.toHexString(Opcodes.sub(opcode)));
        };
    }

    /** Address operand of a plain load: the top of the stack. */
    private static long address(VirtualFrame frame, int sp, int offset) {
        return Slots.address(frame, sp - 1, offset);
    }

    /** Address operand of a lane access: under the vector operand. */
    private static long laneAddress(VirtualFrame frame, int sp, int offset) {
        return Slots.address(frame, sp - 2, offset);
    }

    private static V128 vector(VirtualFrame frame, int sp) {
        return Slots.v128(frame, sp - 1);
    }

    private static V128 low64(Memory memory, VirtualFrame frame, int sp, int offset) {
        return new V128(memory.i64Load(address(frame, sp, offset)), 0);
    }

    private static int load(VirtualFrame frame, int sp, V128 value) {
        Slots.putV128(frame, sp - 1, value);
        return sp;
    }

    private static int loadLane(VirtualFrame frame, int sp, V128 value) {
        Slots.putV128(frame, sp - 2, value);
        return sp - 1;
    }
}
