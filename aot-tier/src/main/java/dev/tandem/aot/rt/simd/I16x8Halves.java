package dev.tandem.aot.rt.simd;

/**
 * The i16x8 operations on halves of a v128 (see the package documentation).
 */
public final class I16x8Halves {

    private I16x8Halves() {
    }

    /** Carries stop at lane boundaries: the top bit of each lane is added separately. */
    public static long i16x8Add(long a, long b) {
        return ((a & ~0x8000_8000_8000_8000L) + (b & ~0x8000_8000_8000_8000L)) ^ ((a ^ b) & 0x8000_8000_8000_8000L);
    }

    /** Borrows stop at lane boundaries: each lane's top bit is set before and corrected after. */
    public static long i16x8Sub(long a, long b) {
        return ((a | 0x8000_8000_8000_8000L) - (b & ~0x8000_8000_8000_8000L)) ^ ((a ^ ~b) & 0x8000_8000_8000_8000L);
    }

    public static long i16x8AddSatS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (short) (a >>> s);
            int y = (short) (b >>> s);
            r |= ((Math.min(Math.max(x + y, -32768), 32767)) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8SubSatS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (short) (a >>> s);
            int y = (short) (b >>> s);
            r |= ((Math.min(Math.max(x - y, -32768), 32767)) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8AddSatU(long a, long b) {
        long sum = i16x8Add(a, b);
        long carry = ((a & b) | ((a | b) & ~sum)) & 0x8000_8000_8000_8000L;
        return sum | ((carry >>> 15) * 0xFFFF);
    }

    public static long i16x8SubSatU(long a, long b) {
        long d = i16x8Sub(a, b);
        long borrow = ((~a & b) | (~(a ^ b) & d)) & 0x8000_8000_8000_8000L;
        return d & ~((borrow >>> 15) * 0xFFFF);
    }

    public static long i16x8AvgrU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (int) (a >>> s) & 0xFFFF;
            int y = (int) (b >>> s) & 0xFFFF;
            r |= (((x + y + 1) >>> 1) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8Mul(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (short) (a >>> s);
            int y = (short) (b >>> s);
            r |= ((x * y) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8MinS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (short) (a >>> s);
            int y = (short) (b >>> s);
            r |= ((Math.min(x, y)) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8MaxS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (short) (a >>> s);
            int y = (short) (b >>> s);
            r |= ((Math.max(x, y)) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8LtS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (short) (a >>> s);
            int y = (short) (b >>> s);
            r |= ((x < y ? -1 : 0) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8GtS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (short) (a >>> s);
            int y = (short) (b >>> s);
            r |= ((x > y ? -1 : 0) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8LeS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (short) (a >>> s);
            int y = (short) (b >>> s);
            r |= ((x <= y ? -1 : 0) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8GeS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (short) (a >>> s);
            int y = (short) (b >>> s);
            r |= ((x >= y ? -1 : 0) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8MinU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (int) (a >>> s) & 0xFFFF;
            int y = (int) (b >>> s) & 0xFFFF;
            r |= ((Math.min(x, y)) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8MaxU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (int) (a >>> s) & 0xFFFF;
            int y = (int) (b >>> s) & 0xFFFF;
            r |= ((Math.max(x, y)) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8LtU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (int) (a >>> s) & 0xFFFF;
            int y = (int) (b >>> s) & 0xFFFF;
            r |= ((x < y ? -1 : 0) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8GtU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (int) (a >>> s) & 0xFFFF;
            int y = (int) (b >>> s) & 0xFFFF;
            r |= ((x > y ? -1 : 0) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8LeU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (int) (a >>> s) & 0xFFFF;
            int y = (int) (b >>> s) & 0xFFFF;
            r |= ((x <= y ? -1 : 0) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8GeU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (int) (a >>> s) & 0xFFFF;
            int y = (int) (b >>> s) & 0xFFFF;
            r |= ((x >= y ? -1 : 0) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8Eq(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (int) (a >>> s) & 0xFFFF;
            int y = (int) (b >>> s) & 0xFFFF;
            r |= ((x == y ? -1 : 0) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8Ne(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (int) (a >>> s) & 0xFFFF;
            int y = (int) (b >>> s) & 0xFFFF;
            r |= ((x != y ? -1 : 0) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8Abs(long a) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (short) (a >>> s);
            r |= ((Math.abs(x)) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8Neg(long a) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (short) (a >>> s);
            r |= ((-x) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8ExtaddPairwiseI8x16S(long a) {
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int sum = (byte) (a >>> (s + 0)) + (byte) (a >>> (s + 8));
            r |= (sum & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8ExtaddPairwiseI8x16U(long a) {
        return (a & 0x00FF_00FF_00FF_00FFL) + ((a >>> 8) & 0x00FF_00FF_00FF_00FFL);
    }

    public static long i16x8Shl(long a, int count) {
        int k = count & 15;
        return (a << k) & (((0xFFFFL << k) & 0xFFFFL) * 0x0001_0001_0001_0001L);
    }

    public static long i16x8ShrS(long a, int count) {
        int k = count & 15;
        long r = 0;
        for (int s = 0; s < 64; s += 16) {
            int x = (short) (a >>> s);
            r |= ((x >> k) & 0xFFFFL) << s;
        }
        return r;
    }

    public static long i16x8ShrU(long a, int count) {
        int k = count & 15;
        return (a >>> k) & ((0xFFFFL >>> k) * 0x0001_0001_0001_0001L);
    }

    public static long i16x8Splat(int x) {
        return (x & 0xFFFFL) * 0x0001_0001_0001_0001L;
    }

    /** One half of the result from both halves of one operand. */
    public static long i16x8NarrowI32x4S(long lo, long hi) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            long half = i < 2 ? lo : hi;
            int x = (int) (half >>> (32 * (i % 2)));
            r |= (Math.min(Math.max(x, -32768), 32767) & 0xFFFFL) << (16 * i);
        }
        return r;
    }

    /** One half of the result from both halves of one operand. */
    public static long i16x8NarrowI32x4U(long lo, long hi) {
        long r = 0;
        for (int i = 0; i < 4; i++) {
            long half = i < 2 ? lo : hi;
            int x = (int) (half >>> (32 * (i % 2)));
            r |= (Math.min(Math.max(x, 0), 65535) & 0xFFFFL) << (16 * i);
        }
        return r;
    }

    /** One half of the result from half {@code part} (0: low 32 bits) of one operand half. */
    public static long i16x8ExtendI8x16S(long half, int part) {
        long x = i16x8ExtendI8x16U(half, part);
        return i16x8Sub(x ^ 0x0080_0080_0080_0080L, 0x0080_0080_0080_0080L);
    }

    /** One half of the result from half {@code part} (0: low 32 bits) of one operand half. */
    public static long i16x8ExtendI8x16U(long half, int part) {
        long x = (half >>> (32 * part)) & 0xFFFF_FFFFL;
        x = (x | (x << 16)) & 0x0000_FFFF_0000_FFFFL;
        return (x | (x << 8)) & 0x00FF_00FF_00FF_00FFL;
    }

    public static int i16x8Bitmask(long lo, long hi) {
        int r = 0;
        for (int i = 0; i < 4; i++) {
            r |= (int) ((lo >>> (16 * i + 15)) & 1) << i;
            r |= (int) ((hi >>> (16 * i + 15)) & 1) << (i + 4);
        }
        return r;
    }

    public static int i16x8AllTrue(long lo, long hi) {
        for (int s = 0; s < 64; s += 16) {
            if (((lo >>> s) & 0xFFFFL) == 0 || ((hi >>> s) & 0xFFFFL) == 0) {
                return 0;
            }
        }
        return 1;
    }
}
