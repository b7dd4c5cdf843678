package dev.tandem.deserialize.generate;

/**
 * Opcodes of the numeric instructions the generator draws from, grouped by their stack signature
 * so that a random pick is always well typed. None of them can trap: divisions are written with a
 * divisor forced odd ({@link FunctionGenerator}), truncations are the saturating ones.
 */
final class Ops {

    /** [i32 i32] -> [i32], never trapping. */
    static final int[] I32_BINARY = {
            0x6A, 0x6B, 0x6C, // add sub mul
            0x71, 0x72, 0x73, // and or xor
            0x74, 0x75, 0x76, 0x77, 0x78, // shl shr_s shr_u rotl rotr
    };
    /** [i32 i32] -> [i32] comparisons. */
    static final int[] I32_COMPARE = {0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B}; // eq ne lt_s lt_u gt_s gt_u
    /** [i32] -> [i32]. */
    static final int[] I32_UNARY = {0x45, 0x67, 0x68, 0x69}; // eqz clz ctz popcnt
    /** i32.div_u and i32.rem_u: the divisor must not be zero. */
    static final int[] I32_DIVIDE = {0x6E, 0x70};

    /** [i64 i64] -> [i64]. */
    static final int[] I64_BINARY = {
            0x7C, 0x7D, 0x7E, // add sub mul
            0x83, 0x84, 0x85, // and or xor
            0x86, 0x88, 0x89, // shl shr_u rotl
    };
    /** [f64 f64] -> [f64]. */
    static final int[] F64_BINARY = {0xA0, 0xA1, 0xA2, 0xA4, 0xA5}; // add sub mul min max
    static final int F64_DIV = 0xA3;
    static final int F64_ABS = 0x99;
    static final int F64_SQRT = 0x9F;
    static final int[] F64_COMPARE = {0x63, 0x64}; // lt gt: [f64 f64] -> [i32]

    static final int I32_AND = 0x71;
    static final int I32_OR = 0x72;
    static final int I32_XOR = 0x73;
    static final int I32_ADD = 0x6A;
    static final int I32_SUB = 0x6B;
    static final int I32_LT_U = 0x49;
    static final int I64_XOR = 0x85;
    static final int F64_ADD = 0xA0;

    static final int I32_WRAP_I64 = 0xA7;
    static final int I64_EXTEND_I32_U = 0xAD;
    static final int F64_CONVERT_I32_S = 0xB7;
    static final int F64_CONVERT_I64_S = 0xB9;
    /** Sub-opcodes of the {@code 0xFC} prefix. */
    static final int I32_TRUNC_SAT_F64_S = 2;
    static final int I64_TRUNC_SAT_F64_S = 6;

    private Ops() {
    }
}
