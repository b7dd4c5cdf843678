package dev.tandem.aot.rt.simd;

/**
 * The i32x4 operations on halves of a v128 (see the package documentation).
 */
public final class I32x4Halves {

    private I32x4Halves() {
    }

    public static long i32x4Add(long a, long b) {
        return ((a & 0xFFFF_FFFFL) + (b & 0xFFFF_FFFFL)) & 0xFFFF_FFFFL | ((a >>> 32) + (b >>> 32)) << 32;
    }

    public static long i32x4Sub(long a, long b) {
        return ((a & 0xFFFF_FFFFL) - (b & 0xFFFF_FFFFL)) & 0xFFFF_FFFFL | ((a >>> 32) - (b >>> 32)) << 32;
    }

    public static long i32x4Mul(long a, long b) {
        return ((int) a * (int) b) & 0xFFFF_FFFFL | (long) ((int) (a >>> 32) * (int) (b >>> 32)) << 32;
    }

    public static long i32x4MinS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 32) {
            int x = (int) (a >>> s);
            int y = (int) (b >>> s);
            r |= ((Math.min(x, y)) & 0xFFFF_FFFFL) << s;
        }
        return r;
    }

    public static long i32x4MaxS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 32) {
            int x = (int) (a >>> s);
            int y = (int) (b >>> s);
            r |= ((Math.max(x, y)) & 0xFFFF_FFFFL) << s;
        }
        return r;
    }

    public static long i32x4LtS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 32) {
            int x = (int) (a >>> s);
            int y = (int) (b >>> s);
            r |= ((x < y ? -1 : 0) & 0xFFFF_FFFFL) << s;
        }
        return r;
    }

    public static long i32x4GtS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 32) {
            int x = (int) (a >>> s);
            int y = (int) (b >>> s);
            r |= ((x > y ? -1 : 0) & 0xFFFF_FFFFL) << s;
        }
        return r;
    }

    public static long i32x4LeS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 32) {
            int x = (int) (a >>> s);
            int y = (int) (b >>> s);
            r |= ((x <= y ? -1 : 0) & 0xFFFF_FFFFL) << s;
        }
        return r;
    }

    public static long i32x4GeS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 32) {
            int x = (int) (a >>> s);
            int y = (int) (b >>> s);
            r |= ((x >= y ? -1 : 0) & 0xFFFF_FFFFL) << s;
        }
        return r;
    }

    public static long i32x4MinU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 32) {
            long x = (a >>> s) & 0xFFFF_FFFFL;
            long y = (b >>> s) & 0xFFFF_FFFFL;
            r |= ((Math.min(x, y)) & 0xFFFF_FFFFL) << s;
        }
        return r;
    }

    public static long i32x4MaxU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 32) {
            long x = (a >>> s) & 0xFFFF_FFFFL;
            long y = (b >>> s) & 0xFFFF_FFFFL;
            r |= ((Math.max(x, y)) & 0xFFFF_FFFFL) << s;
        }
        return r;
    }

    public static long i32x4LtU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 32) {
            long x = (a >>> s) & 0xFFFF_FFFFL;
            long y = (b >>> s) & 0xFFFF_FFFFL;
            r |= ((x < y ? -1 : 0) & 0xFFFF_FFFFL) << s;
        }
        return r;
    }

    public static long i32x4GtU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 32) {
            long x = (a >>> s) & 0xFFFF_FFFFL;
            long y = (b >>> s) & 0xFFFF_FFFFL;
            r |= ((x > y ? -1 : 0) & 0xFFFF_FFFFL) << s;
        }
        return r;
    }

    public static long i32x4LeU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 32) {
            long x = (a >>> s) & 0xFFFF_FFFFL;
            long y = (b >>> s) & 0xFFFF_FFFFL;
            r |= ((x <= y ? -1 : 0) & 0xFFFF_FFFFL) << s;
        }
        return r;
    }

    public static long i32x4GeU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 32) {
            long x = (a >>> s) & 0xFFFF_FFFFL;
            long y = (b >>> s) & 0xFFFF_FFFFL;
            r |= ((x >= y ? -1 : 0) & 0xFFFF_FFFFL) << s;
        }
        return r;
    }

    public static long i32x4Eq(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 32) {
            long x = (a >>> s) & 0xFFFF_FFFFL;
            long y = (b >>> s) & 0xFFFF_FFFFL;
            r |= ((x == y ? -1 : 0) & 0xFFFF_FFFFL) << s;
        }
        return r;
    }

    public static long i32x4Ne(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 32) {
            long x = (a >>> s) & 0xFFFF_FFFFL;
            long y = (b >>> s) & 0xFFFF_FFFFL;
            r |= ((x != y ? -1 : 0) & 0xFFFF_FFFFL) << s;
        }
        return r;
    }

    public static long i32x4Abs(long a) {
        long r = 0;
        for (int s = 0; s < 64; s += 32) {
            int x = (int) (a >>> s);
            r |= ((Math.abs(x)) & 0xFFFF_FFFFL) << s;
        }
        return r;
    }

    public static long i32x4Neg(long a) {
        long r = 0;
        for (int s = 0; s < 64; s += 32) {
            int x = (int) (a >>> s);
            r |= ((-x) & 0xFFFF_FFFFL) << s;
        }
        return r;
    }

    public static long i32x4ExtaddPairwiseI16x8S(long a) {
        long r = 0;
        for (int s = 0; s < 64; s += 32) {
            int sum = (short) (a >>> (s + 0)) + (short) (a >>> (s + 16));
            r |= (sum & 0xFFFF_FFFFL) << s;
        }
        return r;
    }

    public static long i32x4ExtaddPairwiseI16x8U(long a) {
        return (a & 0x0000_FFFF_0000_FFFFL) + ((a >>> 16) & 0x0000_FFFF_0000_FFFFL);
    }

    public static long i32x4Shl(long a, int count) {
        int k = count & 31;
        return (a << k) & (((0xFFFF_FFFFL << k) & 0xFFFF_FFFFL) * 0x0000_0001_0000_0001L);
    }

    public static long i32x4ShrS(long a, int count) {
        int k = count & 31;
        long r = 0;
        for (int s = 0; s < 64; s += 32) {
            int x = (int) (a >>> s);
            r |= ((x >> k) & 0xFFFF_FFFFL) << s;
        }
        return r;
    }

    public static long i32x4ShrU(long a, int count) {
        int k = count & 31;
        return (a >>> k) & ((0xFFFF_FFFFL >>> k) * 0x0000_0001_0000_0001L);
    }

    public static long i32x4Splat(int x) {
        return (x & 0xFFFF_FFFFL) | (long) x << 32;
    }

    /** One half of the result from half {@code part} (0: low 32 bits) of one operand half. */
    public static long i32x4ExtendI16x8S(long half, int part) {
        long r = 0;
        for (int i = 0; i < 2; i++) {
            long x = (short) (half >>> (32 * part + 16 * i));
            r |= (x & 0xFFFF_FFFFL) << (32 * i);
        }
        return r;
    }

    /** One half of the result from half {@code part} (0: low 32 bits) of one operand half. */
    public static long i32x4ExtendI16x8U(long half, int part) {
        long x = (half >>> (32 * part)) & 0xFFFF_FFFFL;
        return (x | (x << 16)) & 0x0000_FFFF_0000_FFFFL;
    }

    public static int i32x4Bitmask(long lo, long hi) {
        int r = 0;
        for (int i = 0; i < 2; i++) {
            r |= (int) ((lo >>> (32 * i + 31)) & 1) << i;
            r |= (int) ((hi >>> (32 * i + 31)) & 1) << (i + 2);
        }
        return r;
    }

    public static int i32x4AllTrue(long lo, long hi) {
        for (int s = 0; s < 64; s += 32) {
            if (((lo >>> s) & 0xFFFF_FFFFL) == 0 || ((hi >>> s) & 0xFFFF_FFFFL) == 0) {
                return 0;
            }
        }
        return 1;
    }
}
