package dev.tandem.conformance.expect;

/**
 * The two NaN classes a result may be expected to belong to, as the spec defines them: a
 * canonical NaN has only the quiet bit of its payload set (either sign); an arithmetic NaN has the
 * quiet bit set and any other payload bits.
 */
public enum NanClass {
    CANONICAL("nan:canonical"),
    ARITHMETIC("nan:arithmetic");

    private final String text;

    NanClass(String text) {
        this.text = text;
    }

    /** The class for the suite's spelling, or null when {@code text} names none. */
    public static NanClass parse(String text) {
        for (NanClass c : values()) {
            if (c.text.equals(text)) {
                return c;
            }
        }
        return null;
    }

    public boolean matchesF32(int bits) {
        int magnitude = bits & 0x7FFF_FFFF;
        return switch (this) {
            case CANONICAL -> magnitude == 0x7FC0_0000;
            case ARITHMETIC -> (magnitude & 0x7FC0_0000) == 0x7FC0_0000;
        };
    }

    public boolean matchesF64(long bits) {
        long magnitude = bits & 0x7FFF_FFFF_FFFF_FFFFL;
        return switch (this) {
            case CANONICAL -> magnitude == 0x7FF8_0000_0000_0000L;
            case ARITHMETIC -> (magnitude & 0x7FF8_0000_0000_0000L) == 0x7FF8_0000_0000_0000L;
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
