package dev.tandem.aot.codegen;

import java.util.BitSet;

/** A set of Wasm local indices (a thin {@link BitSet}, named for what it holds). */
final class LocalSet {

    private final BitSet bits = new BitSet();

    void add(int local) {
        bits.set(local);
    }

    void addAll(LocalSet other) {
        bits.or(other.bits);
    }

    boolean contains(int local) {
        return bits.get(local);
    }

    int size() {
        return bits.cardinality();
    }

    /** The members in increasing order. */
    int[] toArray() {
        return bits.stream().toArray();
    }

    /** The members also in {@code other}, in increasing order. */
    int[] intersect(LocalSet other) {
        BitSet both = (BitSet) bits.clone();
        both.and(other.bits);
        return both.stream().toArray();
    }
}
