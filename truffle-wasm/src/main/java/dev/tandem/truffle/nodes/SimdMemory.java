package dev.tandem.truffle.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.tandem.runtime.Memory;
import dev.tandem.wasm.numeric.SimdI16x8;
import dev.tandem.wasm.numeric.SimdI32x4;
import dev.tandem.wasm.numeric.SimdI64x2;
import dev.tandem.wasm.numeric.SimdI8x16;
import dev.tandem.wasm.numeric.V128;

/**
 * Executes the SIMD loads and stores. Every access goes through the runtime's bounds-checked
 * {@link Memory}; the widening loads read 64 bits into the low half of a vector and widen them with
 * the shared {@code extend_low} lane operations, so no lane arithmetic is written twice.
 */
final class SimdMemory {

    private SimdMemory() {
    }

    /** Executes SIMD sub-opcode {@code sub} with its memory offset and lane immediates; returns the new stack pointer. */
    static int execute(VirtualFrame frame, Memory memory, int sp, int sub, int offset, int lane) {
        return switch (sub) {
            case 0x00 -> load(frame, sp, memory.v128Load(address(frame, sp, offset)));
            case 0x01 -> load(frame, sp, SimdI16x8.i16x8ExtendLowI8x16S(low64(memory, frame, sp, offset)));
            case 0x02 -> load(frame, sp, SimdI16x8.i16x8ExtendLowI8x16U(low64(memory, frame, sp, offset)));
            case 0x03 -> load(frame, sp, SimdI32x4.i32x4ExtendLowI16x8S(low64(memory, frame, sp, offset)));
            case 0x04 -> load(frame, sp, SimdI32x4.i32x4ExtendLowI16x8U(low64(memory, frame, sp, offset)));
            case 0x05 -> load(frame, sp, SimdI64x2.i64x2ExtendLowI32x4S(low64(memory, frame, sp, offset)));
            case 0x06 -> load(frame, sp, SimdI64x2.i64x2ExtendLowI32x4U(low64(memory, frame, sp, offset)));
            case 0x07 -> load(frame, sp, SimdI8x16.i8x16Splat(memory.i32Load8U(address(frame, sp, offset))));
            case 0x08 -> load(frame, sp, SimdI16x8.i16x8Splat(memory.i32Load16U(address(frame, sp, offset))));
            case 0x09 -> load(frame, sp, SimdI32x4.i32x4Splat(memory.i32Load(address(frame, sp, offset))));
            case 0x0A -> load(frame, sp, SimdI64x2.i64x2Splat(memory.i64Load(address(frame, sp, offset))));
            case 0x0B -> {
                memory.v128Store(Slots.address(frame, sp - 2, offset), Slots.v128(frame, sp - 1));
                yield sp - 2;
            }
            case 0x54 -> loadLane(frame, sp, SimdI8x16.i8x16ReplaceLane(vector(frame, sp), lane,
                    memory.i32Load8U(laneAddress(frame, sp, offset))));
            case 0x55 -> loadLane(frame, sp, SimdI16x8.i16x8ReplaceLane(vector(frame, sp), lane,
                    memory.i32Load16U(laneAddress(frame, sp, offset))));
            case 0x56 -> loadLane(frame, sp, SimdI32x4.i32x4ReplaceLane(vector(frame, sp), lane,
                    memory.i32Load(laneAddress(frame, sp, offset))));
            case 0x57 -> loadLane(frame, sp, SimdI64x2.i64x2ReplaceLane(vector(frame, sp), lane,
                    memory.i64Load(laneAddress(frame, sp, offset))));
            case 0x58 -> {
                memory.i32Store8(laneAddress(frame, sp, offset), SimdI8x16.i8x16ExtractLaneU(vector(frame, sp), lane));
                yield sp - 2;
            }
            case 0x59 -> {
                memory.i32Store16(laneAddress(frame, sp, offset), SimdI16x8.i16x8ExtractLaneU(vector(frame, sp), lane));
                yield sp - 2;
            }
            case 0x5A -> {
                memory.i32Store(laneAddress(frame, sp, offset), SimdI32x4.i32x4ExtractLane(vector(frame, sp), lane));
                yield sp - 2;
            }
            case 0x5B -> {
                memory.i64Store(laneAddress(frame, sp, offset), SimdI64x2.i64x2ExtractLane(vector(frame, sp), lane));
                yield sp - 2;
            }
            case 0x5C -> load(frame, sp, new V128(Integer.toUnsignedLong(memory.i32Load(address(frame, sp, offset))), 0));
            case 0x5D -> load(frame, sp, new V128(memory.i64Load(address(frame, sp, offset)), 0));
            default -> throw CompilerDirectives.shouldNotReachHere("no SIMD memory instruction 0x" + Integer.toHexString(sub));
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
