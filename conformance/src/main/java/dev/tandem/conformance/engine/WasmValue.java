package dev.tandem.conformance.engine;

import dev.tandem.wasm.model.ValType;
import java.util.Objects;

/**
 * A value crossing the engine SPI: its type and raw bits, never a Java float, so NaN payloads and
 * signed zeros survive the trip. Numbers keep their bit pattern in {@code low} (i32 and f32 in the
 * low 32 bits); a v128 is {@code low} (bytes 0..7, little-endian) and {@code high} (bytes 8..15).
 * A reference is null, an opaque function handle owned by the engine, or an extern reference
 * with the host number the script gave it.
 */
public final class WasmValue {

    private final ValType type;
    private final long low;
    private final long high;
    private final Object ref;

    private WasmValue(ValType type, long low, long high, Object ref) {
        this.type = type;
        this.low = low;
        this.high = high;
        this.ref = ref;
    }

    public static WasmValue i32(int value) {
        return new WasmValue(ValType.I32, value & 0xFFFF_FFFFL, 0, null);
    }

    public static WasmValue i64(long value) {
        return new WasmValue(ValType.I64, value, 0, null);
    }

    public static WasmValue f32Bits(int bits) {
        return new WasmValue(ValType.F32, bits & 0xFFFF_FFFFL, 0, null);
    }

    public static WasmValue f64Bits(long bits) {
        return new WasmValue(ValType.F64, bits, 0, null);
    }

    public static WasmValue v128(long low, long high) {
        return new WasmValue(ValType.V128, low, high, null);
    }

    /** The null reference of a reference type. */
    public static WasmValue nullRef(ValType type) {
        if (!type.isReference()) {
            throw new IllegalArgumentException("not a reference type: " + type);
        }
        return new WasmValue(type, 0, 0, null);
    }

    /** A non-null function reference; the handle is the engine's own and opaque to the runner. */
    public static WasmValue funcRef(Object handle) {
        return new WasmValue(ValType.FUNCREF, 0, 0, Objects.requireNonNull(handle, "handle"));
    }

    /** A non-null extern reference to host value {@code number} (the script's {@code ref.extern N}). */
    public static WasmValue externRef(long number) {
        return new WasmValue(ValType.EXTERNREF, 0, 0, new HostRef(number));
    }

    public ValType type() {
        return type;
    }

    public int asI32() {
        return (int) low;
    }

    public long asI64() {
        return low;
    }

    public int f32Bits() {
        return (int) low;
    }

    public long f64Bits() {
        return low;
    }

    /** Bytes 0..7 of a v128, or the whole bit pattern of a number. */
    public long low() {
        return low;
    }

    /** Bytes 8..15 of a v128; 0 for every other type. */
    public long high() {
        return high;
    }

    public boolean isNull() {
        return type.isReference() && ref == null;
    }

    /** The engine's handle of a non-null funcref, or null. */
    public Object funcHandle() {
        return type == ValType.FUNCREF ? ref : null;
    }

    /** The host number of a non-null externref. */
    public long externNumber() {
        if (!(ref instanceof HostRef(long number))) {
            throw new IllegalStateException("not a non-null externref: " + this);
        }
        return number;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WasmValue v && v.type == type && v.low == low && v.high == high
                && Objects.equals(v.ref, ref);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, low, high, ref);
    }

    /** Human form for failure messages: the value and, for floats, the bit pattern too. */
    @Override
    public String toString() {
        return switch (type) {
            case I32 -> "i32:" + (int) low;
            case I64 -> "i64:" + low;
            case F32 -> "f32:" + Float.intBitsToFloat((int) low) + String.format(" (0x%08x)", (int) low);
            case F64 -> "f64:" + Double.longBitsToDouble(low) + String.format(" (0x%016x)", low);
            case V128 -> String.format("v128:0x%016x%016x", high, low);
            case FUNCREF -> ref == null ? "funcref:null" : "funcref:" + ref;
            case EXTERNREF -> ref == null ? "externref:null" : "externref:" + ((HostRef) ref).number();
        };
    }

    /** Wraps an extern number so it never equals a function handle that happens to be a Long. */
    private record HostRef(long number) {
    }
}
