package dev.tandem.wasm.validate;

import java.util.Arrays;

/**
 * Collects a function's side-table records (see {@link FunctionFacts}) while the validator walks
 * its code. A record that jumps forward learns its target only at the label's {@code end}; until
 * then it waits on that label's chain of pending records, linked through its target-pc slot.
 */
final class SideTableBuilder {

    private static final int TARGET_PC = 1;
    private static final int TARGET_RECORD = 2;

    private int[] records = new int[16 * FunctionFacts.RECORD_SIZE];
    private int size;

    void reset() {
        size = 0;
    }

    int count() {
        return size / FunctionFacts.RECORD_SIZE;
    }

    /** Adds a record whose target is known; returns its index. */
    int add(int pc, int targetPc, int targetRecord, int arity, int targetHeight) {
        if (size + FunctionFacts.RECORD_SIZE > records.length) {
            records = Arrays.copyOf(records, records.length * 2);
        }
        int index = count();
        records[size] = pc;
        records[size + TARGET_PC] = targetPc;
        records[size + TARGET_RECORD] = targetRecord;
        records[size + 3] = arity;
        records[size + 4] = targetHeight;
        size += FunctionFacts.RECORD_SIZE;
        return index;
    }

    /**
     * Adds a record whose target is a label's end, not yet seen, to the chain headed by
     * {@code pendingHead} (-1 for none); returns the new head, i.e. this record's index.
     */
    int addPending(int pc, int pendingHead, int arity, int targetHeight) {
        return add(pc, pendingHead, -1, arity, targetHeight);
    }

    /** Resolves every record on the chain headed by {@code pendingHead} to {@code targetPc} and the next record. */
    void resolve(int pendingHead, int targetPc) {
        int next = count();
        for (int record = pendingHead; record >= 0; ) {
            int base = record * FunctionFacts.RECORD_SIZE;
            int following = records[base + TARGET_PC];
            records[base + TARGET_PC] = targetPc;
            records[base + TARGET_RECORD] = next;
            record = following;
        }
    }

    /** Resolves one record (an {@code if}'s false branch) to {@code targetPc} and the next record. */
    void resolveOne(int record, int targetPc) {
        int base = record * FunctionFacts.RECORD_SIZE;
        records[base + TARGET_PC] = targetPc;
        records[base + TARGET_RECORD] = count();
    }

    int[] toArray() {
        return Arrays.copyOf(records, size);
    }
}
