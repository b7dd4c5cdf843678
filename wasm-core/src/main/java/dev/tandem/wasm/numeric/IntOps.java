package dev.tandem.wasm.numeric;

/**
 * The i32 and i64 instructions that are not one JVM bytecode: trapping division and remainder,
 * rotations, bit counts, sign extensions and comparisons that yield an i32 0 or 1.
 *
 * <p>Instructions that are exactly one bytecode ({@code add}, {@code and}, {@code shl}: the JVM
 * masks shift counts to 5/6 bits just as Wasm does) have no method here; tiers emit the bytecode.
 * Every method is a plain static on primitives, allocation-free except when it throws, and small
 * enough for HotSpot and Truffle to inline; trapping paths throw a fresh {@link WasmTrap} and are
 * kept out of line so the hot path stays short.
 */
public final class IntOps {

    private IntOps() {
    }

    // ---- i32 division and remainder ----

    public static int i32DivS(int a, int b) {
        if (b == 0) {
            throw divideByZero();
        }
        if (b == -1 && a == Integer.MIN_VALUE) {
            throw overflow();
        }
        return a / b;
    }

    public static int i32DivU(int a, int b) {
        if (b == 0) {
            throw divideByZero();
        }
        return Integer.divideUnsigned(a, b);
    }

    /** {@code MIN_VALUE rem_s -1} is 0 in Wasm, which is also what the JVM's {@code irem} yields. */
    public static int i32RemS(int a, int b) {
        if (b == 0) {
            throw divideByZero();
        }
        return a % b;
    }

    public static int i32RemU(int a, int b) {
        if (b == 0) {
            throw divideByZero();
        }
        return Integer.remainderUnsigned(a, b);
    }

    // ---- i64 division and remainder ----

    public static long i64DivS(long a, long b) {
        if (b == 0) {
            throw divideByZero();
        }
        if (b == -1 && a == Long.MIN_VALUE) {
            throw overflow();
        }
        return a / b;
    }

    public static long i64DivU(long a, long b) {
        if (b == 0) {
            throw divideByZero();
        }
        return Long.divideUnsigned(a, b);
    }

    /** {@code MIN_VALUE rem_s -1} is 0 in Wasm, which is also what the JVM's {@code lrem} yields. */
    public static long i64RemS(long a, long b) {
        if (b == 0) {
            throw divideByZero();
        }
        return a % b;
    }

    public static long i64RemU(long a, long b) {
        if (b == 0) {
            throw divideByZero();
        }
        return Long.remainderUnsigned(a, b);
    }

    // ---- rotations and bit counts (the JDK's versions are intrinsics with the Wasm semantics) ----

    /** The JDK masks the distance to 5 bits, as Wasm's {@code k mod 32}. */
    public static int i32Rotl(int a, int k) {
        return Integer.rotateLeft(a, k);
    }

    public static int i32Rotr(int a, int k) {
        return Integer.rotateRight(a, k);
    }

    /** The JDK masks the distance to 6 bits, so narrowing the i64 operand to int is harmless. */
    public static long i64Rotl(long a, long k) {
        return Long.rotateLeft(a, (int) k);
    }

    public static long i64Rotr(long a, long k) {
        return Long.rotateRight(a, (int) k);
    }

    public static int i32Clz(int a) {
        return Integer.numberOfLeadingZeros(a);
    }

    public static int i32Ctz(int a) {
        return Integer.numberOfTrailingZeros(a);
    }

    public static int i32Popcnt(int a) {
        return Integer.bitCount(a);
    }

    public static long i64Clz(long a) {
        return Long.numberOfLeadingZeros(a);
    }

    public static long i64Ctz(long a) {
        return Long.numberOfTrailingZeros(a);
    }

    public static long i64Popcnt(long a) {
        return Long.bitCount(a);
    }

    // ---- sign extension (Wasm 2.0 sign-extension operators) ----

    public static int i32Extend8S(int a) {
        return (byte) a;
    }

    public static int i32Extend16S(int a) {
        return (short) a;
    }

    public static long i64Extend8S(long a) {
        return (byte) a;
    }

    public static long i64Extend16S(long a) {
        return (short) a;
    }

    public static long i64Extend32S(long a) {
        return (int) a;
    }

    // ---- comparisons: Wasm yields an i32 0 or 1 ----
    // Unsigned order is signed order after flipping the sign bit; that is one add and one compare.

    public static int i32Eqz(int a) {
        return a == 0 ? 1 : 0;
    }

    public static int i32Eq(int a, int b) {
        return a == b ? 1 : 0;
    }

    public static int i32Ne(int a, int b) {
        return a != b ? 1 : 0;
    }

    public static int i32LtS(int a, int b) {
        return a < b ? 1 : 0;
    }

    public static int i32LtU(int a, int b) {
        return a + Integer.MIN_VALUE < b + Integer.MIN_VALUE ? 1 : 0;
    }

    public static int i32GtS(int a, int b) {
        return a > b ? 1 : 0;
    }

    public static int i32GtU(int a, int b) {
        return a + Integer.MIN_VALUE > b + Integer.MIN_VALUE ? 1 : 0;
    }

    public static int i32LeS(int a, int b) {
        return a <= b ? 1 : 0;
    }

    public static int i32LeU(int a, int b) {
        return a + Integer.MIN_VALUE <= b + Integer.MIN_VALUE ? 1 : 0;
    }

    public static int i32GeS(int a, int b) {
        return a >= b ? 1 : 0;
    }

    public static int i32GeU(int a, int b) {
        return a + Integer.MIN_VALUE >= b + Integer.MIN_VALUE ? 1 : 0;
    }

    public static int i64Eqz(long a) {
        return a == 0 ? 1 : 0;
    }

    public static int i64Eq(long a, long b) {
        return a == b ? 1 : 0;
    }

    public static int i64Ne(long a, long b) {
        return a != b ? 1 : 0;
    }

    public static int i64LtS(long a, long b) {
        return a < b ? 1 : 0;
    }

    public static int i64LtU(long a, long b) {
        return a + Long.MIN_VALUE < b + Long.MIN_VALUE ? 1 : 0;
    }

    public static int i64GtS(long a, long b) {
        return a > b ? 1 : 0;
    }

    public static int i64GtU(long a, long b) {
        return a + Long.MIN_VALUE > b + Long.MIN_VALUE ? 1 : 0;
    }

    public static int i64LeS(long a, long b) {
        return a <= b ? 1 : 0;
    }

    public static int i64LeU(long a, long b) {
        return a + Long.MIN_VALUE <= b + Long.MIN_VALUE ? 1 : 0;
    }

    public static int i64GeS(long a, long b) {
        return a >= b ? 1 : 0;
    }

    public static int i64GeU(long a, long b) {
        return a + Long.MIN_VALUE >= b + Long.MIN_VALUE ? 1 : 0;
    }

    // ---- traps, out of line so callers inline only the checks ----

    private static WasmTrap divideByZero() {
        return new WasmTrap(TrapKind.INTEGER_DIVIDE_BY_ZERO);
    }

    private static WasmTrap overflow() {
        return new WasmTrap(TrapKind.INTEGER_OVERFLOW);
    }
}
