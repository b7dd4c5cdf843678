package dev.tandem.conformance.expect;

/** How a v128 is split into lanes: the suite's {@code lane_type} ("i8" ... "f64"). */
public enum LaneType {
    I8(8, false), I16(16, false), I32(32, false), I64(64, false), F32(32, true), F64(64, true);

    private final int bits;
    private final boolean floating;

    LaneType(int bits, boolean floating) {
        this.bits = bits;
        this.floating = floating;
    }

    /** The lane type for the suite's spelling, or null when {@code text} names none. */
    public static LaneType parse(String text) {
        for (LaneType t : values()) {
            if (t.name().toLowerCase(java.util.Locale.ROOT).equals(text)) {
                return t;
            }
        }
        return null;
    }

    public int bits() {
        return bits;
    }

    public int count() {
        return 128 / bits;
    }

    public boolean isFloat() {
        return floating;
    }

    /** Lane {@code index} of the v128 {@code (low, high)}, zero-extended. Lane 0 is the lowest-addressed. */
    public long lane(long low, long high, int index) {
        int bitOffset = index * bits;
        long word = bitOffset < 64 ? low : high;
        long shifted = word >>> (bitOffset % 64);
        return bits == 64 ? shifted : shifted & ((1L << bits) - 1);
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT) + "x" + count();
    }
}
