package dev.tandem.aot.rt;

import dev.tandem.wasm.numeric.V128;

/**
 * Generated code holds a v128 as two longs and makes a {@link V128} only where the value crosses into
 * a call; this is where it is made (a static call, so the stack needs no shuffling around a
 * {@code new}). Inlined next to its use, C2's escape analysis usually removes the allocation.
 */
public final class V128Halves {

    private V128Halves() {
    }

    public static V128 of(long lo, long hi) {
        return new V128(lo, hi);
    }
}
