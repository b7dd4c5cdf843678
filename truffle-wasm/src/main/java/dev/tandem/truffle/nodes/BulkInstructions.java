package dev.tandem.truffle.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import dev.tandem.runtime.Instance;
import dev.tandem.runtime.Memory;
import dev.tandem.runtime.Table;
import dev.tandem.wasm.code.Opcodes;

import static dev.tandem.wasm.code.Opcodes.*;

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
     * Executes 0xFC instruction {@code opcode} (a Wasm opcode, {@code 0xFC << 12 | sub}) with immediates
     * {@code imm} and {@code imm2} (segment and table indices, see {@link dev.tandem.truffle.lower.Op});
     * returns the new stack pointer.
     */
    static int execute(VirtualFrame frame, int sp, int opcode, int imm, int imm2, Instance instance, Memory memory,
                       Table[] tables) {
        switch (opcode) {
            case MEMORY_INIT -> memoryInit(instance, imm, Slots.i32(frame, sp - 3), Slots.i32(frame, sp - 2), Slots.i32(frame, sp - 1));
            case DATA_DROP -> dataDrop(instance, imm);
            case MEMORY_COPY -> memory.copy(Slots.i32(frame, sp - 3), Slots.i32(frame, sp - 2), Slots.i32(frame, sp - 1));
            case MEMORY_FILL -> memory.fill(Slots.i32(frame, sp - 3), Slots.i32(frame, sp - 2), Slots.i32(frame, sp - 1));
            case TABLE_INIT -> tableInit(instance, imm2, imm, Slots.i32(frame, sp - 3), Slots.i32(frame, sp - 2), Slots.i32(frame, sp - 1));
            case ELEM_DROP -> elemDrop(instance, imm);
            case TABLE_COPY -> tableCopy(tables[imm], tables[imm2], Slots.i32(frame, sp - 3), Slots.i32(frame, sp - 2), Slots.i32(frame, sp - 1));
            case TABLE_GROW -> {
                Slots.putI32(frame, sp - 2, tableGrow(tables[imm], Slots.ref(frame, sp - 2), Slots.i32(frame, sp - 1)));
                return sp - 1;
            }
            case TABLE_SIZE -> {
                Slots.putI32(frame, sp, tables[imm].size());
                return sp + 1;
            }
            case TABLE_FILL -> tableFill(tables[imm], Slots.i32(frame, sp - 3), Slots.ref(frame, sp - 2), Slots.i32(frame, sp - 1));
            default -> throw CompilerDirectives.shouldNotReachHere("not a bulk instruction: 0xfc " + Opcodes.sub(opcode));
        }
        // Every instruction above but grow and size pops three operands (init, copy, fill) or none (drop).
        return opcode == DATA_DROP || opcode == ELEM_DROP ? sp : sp - 3;
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
