package dev.tandem.aot.rt.simd;

/**
 * The i8x16 operations on halves of a v128 (see the package documentation).
 */
public final class I8x16Halves {

    private I8x16Halves() {
    }

    /** Carries stop at lane boundaries: the top bit of each lane is added separately. */
    public static long i8x16Add(long a, long b) {
        return ((a & ~0x8080_8080_8080_8080L) + (b & ~0x8080_8080_8080_8080L)) ^ ((a ^ b) & 0x8080_8080_8080_8080L);
    }

    /** Borrows stop at lane boundaries: each lane's top bit is set before and corrected after. */
    public static long i8x16Sub(long a, long b) {
        return ((a | 0x8080_8080_8080_8080L) - (b & ~0x8080_8080_8080_8080L)) ^ ((a ^ ~b) & 0x8080_8080_8080_8080L);
    }

    public static long i8x16AddSatS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (byte) (a >>> s);
            int y = (byte) (b >>> s);
            r |= ((Math.min(Math.max(x + y, -128), 127)) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16SubSatS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (byte) (a >>> s);
            int y = (byte) (b >>> s);
            r |= ((Math.min(Math.max(x - y, -128), 127)) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16AddSatU(long a, long b) {
        long sum = i8x16Add(a, b);
        // The carry out of each lane's top bit: set where the sum wrapped, so the lane saturates to 255.
        long carry = ((a & b) | ((a | b) & ~sum)) & 0x8080_8080_8080_8080L;
        return sum | ((carry >>> 7) * 0xFF);
    }

    public static long i8x16SubSatU(long a, long b) {
        long d = i8x16Sub(a, b);
        // The borrow out of each lane's top bit: set where b > a, so the lane saturates to 0.
        long borrow = ((~a & b) | (~(a ^ b) & d)) & 0x8080_8080_8080_8080L;
        return d & ~((borrow >>> 7) * 0xFF);
    }

    public static long i8x16AvgrU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (int) (a >>> s) & 0xFF;
            int y = (int) (b >>> s) & 0xFF;
            r |= (((x + y + 1) >>> 1) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16MinS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (byte) (a >>> s);
            int y = (byte) (b >>> s);
            r |= ((Math.min(x, y)) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16MaxS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (byte) (a >>> s);
            int y = (byte) (b >>> s);
            r |= ((Math.max(x, y)) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16LtS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (byte) (a >>> s);
            int y = (byte) (b >>> s);
            r |= ((x < y ? -1 : 0) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16GtS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (byte) (a >>> s);
            int y = (byte) (b >>> s);
            r |= ((x > y ? -1 : 0) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16LeS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (byte) (a >>> s);
            int y = (byte) (b >>> s);
            r |= ((x <= y ? -1 : 0) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16GeS(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (byte) (a >>> s);
            int y = (byte) (b >>> s);
            r |= ((x >= y ? -1 : 0) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16MinU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (int) (a >>> s) & 0xFF;
            int y = (int) (b >>> s) & 0xFF;
            r |= ((Math.min(x, y)) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16MaxU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (int) (a >>> s) & 0xFF;
            int y = (int) (b >>> s) & 0xFF;
            r |= ((Math.max(x, y)) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16LtU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (int) (a >>> s) & 0xFF;
            int y = (int) (b >>> s) & 0xFF;
            r |= ((x < y ? -1 : 0) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16GtU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (int) (a >>> s) & 0xFF;
            int y = (int) (b >>> s) & 0xFF;
            r |= ((x > y ? -1 : 0) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16LeU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (int) (a >>> s) & 0xFF;
            int y = (int) (b >>> s) & 0xFF;
            r |= ((x <= y ? -1 : 0) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16GeU(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (int) (a >>> s) & 0xFF;
            int y = (int) (b >>> s) & 0xFF;
            r |= ((x >= y ? -1 : 0) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16Eq(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (int) (a >>> s) & 0xFF;
            int y = (int) (b >>> s) & 0xFF;
            r |= ((x == y ? -1 : 0) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16Ne(long a, long b) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (int) (a >>> s) & 0xFF;
            int y = (int) (b >>> s) & 0xFF;
            r |= ((x != y ? -1 : 0) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16Abs(long a) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (byte) (a >>> s);
            r |= ((Math.abs(x)) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16Neg(long a) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (byte) (a >>> s);
            r |= ((-x) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16Popcnt(long a) {
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (int) (a >>> s) & 0xFF;
            r |= ((Integer.bitCount(x)) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16Shl(long a, int count) {
        int k = count & 7;
        return (a << k) & (((0xFFL << k) & 0xFFL) * 0x0101_0101_0101_0101L);
    }

    public static long i8x16ShrS(long a, int count) {
        int k = count & 7;
        long r = 0;
        for (int s = 0; s < 64; s += 8) {
            int x = (byte) (a >>> s);
            r |= ((x >> k) & 0xFFL) << s;
        }
        return r;
    }

    public static long i8x16ShrU(long a, int count) {
        int k = count & 7;
        return (a >>> k) & ((0xFFL >>> k) * 0x0101_0101_0101_0101L);
    }

    public static long i8x16Splat(int x) {
        return (x & 0xFFL) * 0x0101_0101_0101_0101L;
    }

    /** One half of the result from both halves of one operand. */
    public static long i8x16NarrowI16x8S(long lo, long hi) {
        long r = 0;
        for (int i = 0; i < 8; i++) {
            long half = i < 4 ? lo : hi;
            int x = (short) (half >>> (16 * (i % 4)));
            r |= (Math.min(Math.max(x, -128), 127) & 0xFFL) << (8 * i);
        }
        return r;
    }

    /** One half of the result from both halves of one operand. */
    public static long i8x16NarrowI16x8U(long lo, long hi) {
        return narrowU8(lo) | narrowU8(hi) << 32;
    }

    public static int i8x16Bitmask(long lo, long hi) {
        int r = 0;
        for (int i = 0; i < 8; i++) {
            r |= (int) ((lo >>> (8 * i + 7)) & 1) << i;
            r |= (int) ((hi >>> (8 * i + 7)) & 1) << (i + 8);
        }
        return r;
    }

    public static int i8x16AllTrue(long lo, long hi) {
        for (int s = 0; s < 64; s += 8) {
            if (((lo >>> s) & 0xFFL) == 0 || ((hi >>> s) & 0xFFL) == 0) {
                return 0;
            }
        }
        return 1;
    }

    /** Four signed i16 lanes saturated to u8, packed into the low 32 bits. */
    private static long narrowU8(long x) {
        long negative = ((x & 0x8000_8000_8000_8000L) >>> 15) * 0xFFFF;
        // (x & 0x7F00) + 0x7F00 reaches the lane's top bit exactly when a bit above the low byte is set.
        long over = ((((x & 0x7F00_7F00_7F00_7F00L) + 0x7F00_7F00_7F00_7F00L) & 0x8000_8000_8000_8000L) >>> 15) * 0xFFFF;
        long p = (x | over) & ~negative & 0x00FF_00FF_00FF_00FFL;
        p = (p | (p >>> 8)) & 0x0000_FFFF_0000_FFFFL;
        return (p | (p >>> 16)) & 0xFFFF_FFFFL;
    }
}
