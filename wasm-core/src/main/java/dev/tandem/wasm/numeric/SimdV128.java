package dev.tandem.wasm.numeric;

/** The shape-agnostic v128 instructions: bitwise logic, {@code bitselect} and {@code any_true}. */
public final class SimdV128 {

    private SimdV128() {
    }

    public static V128 v128Not(V128 a) {
        return new V128(~a.lo(), ~a.hi());
    }

    public static V128 v128And(V128 a, V128 b) {
        return new V128(a.lo() & b.lo(), a.hi() & b.hi());
    }

    /** {@code a & ~b}: note the operand order, the complement applies to the second operand. */
    public static V128 v128Andnot(V128 a, V128 b) {
        return new V128(a.lo() & ~b.lo(), a.hi() & ~b.hi());
    }

    public static V128 v128Or(V128 a, V128 b) {
        return new V128(a.lo() | b.lo(), a.hi() | b.hi());
    }

    public static V128 v128Xor(V128 a, V128 b) {
        return new V128(a.lo() ^ b.lo(), a.hi() ^ b.hi());
    }

    /** Bits of {@code a} where {@code mask} is 1, bits of {@code b} where it is 0. */
    public static V128 v128Bitselect(V128 a, V128 b, V128 mask) {
        return new V128(b.lo() ^ ((a.lo() ^ b.lo()) & mask.lo()), b.hi() ^ ((a.hi() ^ b.hi()) & mask.hi()));
    }

    public static int v128AnyTrue(V128 a) {
        return (a.lo() | a.hi()) != 0 ? 1 : 0;
    }
}
