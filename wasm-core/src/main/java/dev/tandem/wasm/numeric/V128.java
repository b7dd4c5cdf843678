package dev.tandem.wasm.numeric;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.HexFormat;

/**
 * A 128-bit Wasm SIMD value, immutable, as two longs.
 *
 * <p>Lanes are little-endian as in Wasm memory: byte {@code i} of the value is byte {@code i % 8}
 * (counting from the least significant) of {@code lo} for {@code i < 8}, else of {@code hi}. So
 * i8x16 lane 0 is the low byte of {@code lo}, i32x4 lane 1 is the high half of {@code lo}, and
 * f64x2 lane 1 is all of {@code hi}. Two longs rather than a byte array keep the bitwise
 * operations to two instructions and let escape analysis scalar-replace short-lived values.
 */
public record V128(long lo, long hi) {

    public static final V128 ZERO = new V128(0, 0);

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The 16 bytes at {@code offset} in Wasm (little-endian) order, e.g. a {@code v128.const} immediate. */
    public static V128 fromBytes(byte[] bytes, int offset) {
        return new V128((long) LONGS.get(bytes, offset), (long) LONGS.get(bytes, offset + 8));
    }

    /** Writes the 16 bytes in Wasm (little-endian) order at {@code offset}. */
    public void toBytes(byte[] bytes, int offset) {
        LONGS.set(bytes, offset, lo);
        LONGS.set(bytes, offset + 8, hi);
    }

    public byte[] toBytes() {
        byte[] bytes = new byte[16];
        toBytes(bytes, 0);
        return bytes;
    }

    /** From four i32 lanes, lane 0 first. */
    public static V128 ofI32(int l0, int l1, int l2, int l3) {
        return new V128(Lanes.pack32(l0, l1), Lanes.pack32(l2, l3));
    }

    /** From four f32 lanes, lane 0 first; bit patterns (NaN payloads) are kept. */
    public static V128 ofF32(float l0, float l1, float l2, float l3) {
        return ofI32(Float.floatToRawIntBits(l0), Float.floatToRawIntBits(l1),
                Float.floatToRawIntBits(l2), Float.floatToRawIntBits(l3));
    }

    /** From two f64 lanes, lane 0 first; bit patterns (NaN payloads) are kept. */
    public static V128 ofF64(double l0, double l1) {
        return new V128(Double.doubleToRawLongBits(l0), Double.doubleToRawLongBits(l1));
    }

    /** The bytes in memory order, as 32 hex digits, e.g. {@code v128:0100000002000000...}. */
    @Override
    public String toString() {
        return "v128:" + HexFormat.of().formatHex(toBytes());
    }
}
