package dev.tandem.wasm.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A function's declared locals as an immutable list with one entry per local, stored as the binary
 * format declares them: runs of equal types. A body may declare tens of thousands of locals in a
 * few bytes; kept as runs, the decoded module stays proportional to its input, so many such bodies
 * cannot exhaust memory. {@link #get} is a binary search over the runs (usually one to five).
 */
public final class LocalTypes extends AbstractList<ValType> implements RandomAccess {

    private static final LocalTypes EMPTY = new LocalTypes(new int[0], new ValType[0]);

    /** ends[r] is the index just past run r. */
    private final int[] ends;
    private final ValType[] types;

    private LocalTypes(int[] ends, ValType[] types) {
        this.ends = ends;
        this.types = types;
    }

    /**
     * The locals of {@code counts[r]} times {@code types[r]}, run after run; runs of zero are dropped.
     *
     * @throws IllegalArgumentException if a count is negative or the total exceeds {@link Integer#MAX_VALUE}
     */
    public static LocalTypes of(int[] counts, ValType[] types) {
        if (counts.length != types.length) {
            throw new IllegalArgumentException(counts.length + " counts for " + types.length + " types");
        }
        int[] ends = new int[counts.length];
        ValType[] kept = new ValType[counts.length];
        int runs = 0;
        long total = 0;
        for (int r = 0; r < counts.length; r++) {
            if (counts[r] < 0) {
                throw new IllegalArgumentException("negative local count " + counts[r]);
            }
            if (counts[r] == 0) {
                continue;
            }
            total += counts[r];
            if (total > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("more than 2^31-1 locals");
            }
            ends[runs] = (int) total;
            kept[runs] = Objects.requireNonNull(types[r]);
            runs++;
        }
        return runs == 0 ? EMPTY : new LocalTypes(Arrays.copyOf(ends, runs), Arrays.copyOf(kept, runs));
    }

    @Override
    public ValType get(int index) {
        Objects.checkIndex(index, size());
        int run = Arrays.binarySearch(ends, index + 1);
        return types[run >= 0 ? run : -run - 1];
    }

    @Override
    public int size() {
        return ends.length == 0 ? 0 : ends[ends.length - 1];
    }

    /** Number of runs, i.e. of local declarations with a non-zero count. */
    public int runCount() {
        return ends.length;
    }

    /** Type of run {@code r}. */
    public ValType runType(int r) {
        return types[r];
    }

    /** Number of locals in run {@code r}. */
    public int runLength(int r) {
        return r == 0 ? ends[0] : ends[r] - ends[r - 1];
    }

    /** An immutable list: {@link List#copyOf} of it is not needed and would expand it. */
    static List<ValType> copyOf(List<ValType> locals) {
        return locals instanceof LocalTypes ? locals : List.copyOf(locals);
    }
}
