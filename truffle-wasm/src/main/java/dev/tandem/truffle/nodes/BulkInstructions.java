package dev.tandem.truffle.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.tandem.runtime.Instance;
import dev.tandem.runtime.Memory;
import dev.tandem.runtime.Table;

/**
 * Executes the bulk memory, segment and table instructions (0xFC sub-opcodes 8..17) on the
 * runtime's shared {@link Memory}, {@link Table} and segment state, which check every range before
 * touching anything, as Wasm 2.0 requires.
 *
 * <p>{@code memory.copy} and {@code memory.fill} stay inline in compiled code (C's {@code memcpy} and
 * {@code memset} of a few bytes are common and {@code System.arraycopy} is an intrinsic); the rest
 * is rare and runs behind {@link TruffleBoundary} so that compiled code stays small.
 */
final class BulkInstructions {

    private BulkInstructions() {
    }

    /**
     * Executes 0xFC sub-opcode {@code sub} with immediates {@code imm} and {@code imm2} (segment and
     * table indices, see {@link dev.tandem.truffle.lower.Op}); returns the new stack pointer.
     */
    static int execute(VirtualFrame frame, int sp, int sub, int imm, int imm2, Instance instance, Memory memory,
                       Table[] tables) {
        switch (sub) {
            case 0x08 -> memoryInit(instance, imm, Slots.i32(frame, sp - 3), Slots.i32(frame, sp - 2), Slots.i32(frame, sp - 1));
            case 0x09 -> dataDrop(instance, imm);
            case 0x0A -> memory.copy(Slots.i32(frame, sp - 3), Slots.i32(frame, sp - 2), Slots.i32(frame, sp - 1));
            case 0x0B -> memory.fill(Slots.i32(frame, sp - 3), Slots.i32(frame, sp - 2), Slots.i32(frame, sp - 1));
            case 0x0C -> tableInit(instance, imm2, imm, Slots.i32(frame, sp - 3), Slots.i32(frame, sp - 2), Slots.i32(frame, sp - 1));
            case 0x0D -> elemDrop(instance, imm);
            case 0x0E -> tableCopy(tables[imm], tables[imm2], Slots.i32(frame, sp - 3), Slots.i32(frame, sp - 2), Slots.i32(frame, sp - 1));
            case 0x0F -> {
                Slots.putI32(frame, sp - 2, tableGrow(tables[imm], Slots.ref(frame, sp - 2), Slots.i32(frame, sp - 1)));
                return sp - 1;
            }
            case 0x10 -> {
                Slots.putI32(frame, sp, tables[imm].size());
                return sp + 1;
            }
            case 0x11 -> tableFill(tables[imm], Slots.i32(frame, sp - 3), Slots.ref(frame, sp - 2), Slots.i32(frame, sp - 1));
            default -> throw CompilerDirectives.shouldNotReachHere("not a bulk instruction: 0xfc " + sub);
        }
        // Every instruction above but grow and size pops three operands (init, copy, fill) or none (drop).
        return sub == 0x09 || sub == 0x0D ? sp : sp - 3;
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static void memoryInit(Instance instance, int segment, int d, int s, int n) {
        instance.memoryInit(0, segment, d, s, n);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static void dataDrop(Instance instance, int segment) {
        instance.dataDrop(segment);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static void tableInit(Instance instance, int table, int segment, int d, int s, int n) {
        instance.tableInit(table, segment, d, s, n);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static void elemDrop(Instance instance, int segment) {
        instance.elemDrop(segment);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static void tableCopy(Table destination, Table source, int d, int s, int n) {
        destination.copy(d, source, s, n);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static int tableGrow(Table table, Object init, int delta) {
        return table.grow(init, delta);
    }

    @TruffleBoundary(transferToInterpreterOnException = false)
    private static void tableFill(Table table, int index, Object ref, int n) {
        table.fill(index, ref, n);
    }
}
