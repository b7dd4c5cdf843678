package dev.tandem.wasm.validate;

import dev.tandem.wasm.code.Opcodes;
import java.util.Arrays;

/**
 * The validator's control stack: one frame per open block, as in the spec's validation algorithm
 * (opcode, start and end types, operand height at entry, unreachable flag), plus what the side
 * table needs to resolve branches to the frame's label. Parallel arrays, reused across functions.
 */
final class ControlStack {

    private int size;
    private int[] opcode = new int[16];
    private int[][] params = new int[16][];
    private int[][] results = new int[16][];
    private int[] height = new int[16];
    private boolean[] unreachable = new boolean[16];
    /** Head of the chain of side-table records waiting for this label's end; -1 when none. */
    private int[] pending = new int[16];
    private int[] loopPc = new int[16];
    private int[] loopRecord = new int[16];
    /** The frame's {@code if} record while its false branch target is unknown; -1 otherwise. */
    private int[] ifRecord = new int[16];

    void reset() {
        size = 0;
    }

    int size() {
        return size;
    }

    /** Opens a frame; returns its index (0 is the function's own block). */
    int push(int op, int[] startTypes, int[] endTypes, int operandHeight) {
        if (size == opcode.length) {
            int capacity = size * 2;
            opcode = Arrays.copyOf(opcode, capacity);
            params = Arrays.copyOf(params, capacity);
            results = Arrays.copyOf(results, capacity);
            height = Arrays.copyOf(height, capacity);
            unreachable = Arrays.copyOf(unreachable, capacity);
            pending = Arrays.copyOf(pending, capacity);
            loopPc = Arrays.copyOf(loopPc, capacity);
            loopRecord = Arrays.copyOf(loopRecord, capacity);
            ifRecord = Arrays.copyOf(ifRecord, capacity);
        }
        opcode[size] = op;
        params[size] = startTypes;
        results[size] = endTypes;
        height[size] = operandHeight;
        unreachable[size] = false;
        pending[size] = -1;
        ifRecord[size] = -1;
        return size++;
    }

    void pop() {
        size--;
        params[size] = null;
        results[size] = null;
    }

    int opcode(int frame) {
        return opcode[frame];
    }

    int[] params(int frame) {
        return params[frame];
    }

    int[] results(int frame) {
        return results[frame];
    }

    /** What a branch to the frame's label carries: a loop's parameters, any other block's results. */
    int[] labelTypes(int frame) {
        return opcode[frame] == Opcodes.LOOP ? params[frame] : results[frame];
    }

    int height(int frame) {
        return height[frame];
    }

    boolean unreachable(int frame) {
        return unreachable[frame];
    }

    void setUnreachable(int frame) {
        unreachable[frame] = true;
    }

    /** Turns an {@code if} frame into its {@code else} frame, reachable again. */
    void enterElse(int frame) {
        opcode[frame] = Opcodes.ELSE;
        unreachable[frame] = false;
    }

    int pending(int frame) {
        return pending[frame];
    }

    void setPending(int frame, int head) {
        pending[frame] = head;
    }

    void setLoopTarget(int frame, int pc, int record) {
        loopPc[frame] = pc;
        loopRecord[frame] = record;
    }

    int loopPc(int frame) {
        return loopPc[frame];
    }

    int loopRecord(int frame) {
        return loopRecord[frame];
    }

    int ifRecord(int frame) {
        return ifRecord[frame];
    }

    void setIfRecord(int frame, int record) {
        ifRecord[frame] = record;
    }
}
