package dev.tandem.runtime;

import dev.tandem.wasm.model.GlobalType;
import dev.tandem.wasm.model.ValType;
import dev.tandem.wasm.numeric.V128;

/**
 * A global variable. Numbers are held as raw bits in one long (f32 as its int bits), so NaN
 * payloads survive; v128 and references are held as objects.
 *
 * <p>The typed accessors ({@link #getI32}, {@link #setF64}, ...) are for tiers: they neither check
 * the type nor mutability, which validation guarantees for Wasm code. The host uses {@link #get}
 * and {@link #set}, which check both.
 */
public final class Global {

    private final GlobalType type;
    private long bits;
    private Object ref;

    /** A global holding the zero value of its type. */
    public Global(GlobalType type) {
        this.type = type;
        if (type.type() == ValType.V128) {
            ref = BoxedValues.zero(ValType.V128);
        }
    }

    /** A global holding {@code value} (boxed as {@link BoxedValues} describes). */
    public Global(GlobalType type, Object value) {
        this(type);
        checkType(value);
        store(value);
    }

    public GlobalType type() {
        return type;
    }

    /** The value, boxed. */
    public Object get() {
        return switch (type.type()) {
            case I32 -> (int) bits;
            case I64 -> bits;
            case F32 -> Float.intBitsToFloat((int) bits);
            case F64 -> Double.longBitsToDouble(bits);
            case V128, FUNCREF, EXTERNREF -> ref;
        };
    }

    /**
     * Sets the value from the host.
     *
     * @throws IllegalStateException    when the global is immutable
     * @throws IllegalArgumentException when the value is not of the global's type
     */
    public void set(Object value) {
        if (!type.mutable()) {
            throw new IllegalStateException("global is immutable");
        }
        checkType(value);
        store(value);
    }

    /** Sets the value without checking mutability: initialisation, and tiers (validated code). */
    public void initialize(Object value) {
        checkType(value);
        store(value);
    }

    public int getI32() {
        return (int) bits;
    }

    public void setI32(int value) {
        bits = value;
    }

    public long getI64() {
        return bits;
    }

    public void setI64(long value) {
        bits = value;
    }

    public float getF32() {
        return Float.intBitsToFloat((int) bits);
    }

    public void setF32(float value) {
        bits = Float.floatToRawIntBits(value);
    }

    public double getF64() {
        return Double.longBitsToDouble(bits);
    }

    public void setF64(double value) {
        bits = Double.doubleToRawLongBits(value);
    }

    /** The raw bits of a numeric global (f32: its int bits, zero-extended). */
    public long getBits() {
        return type.type() == ValType.F32 || type.type() == ValType.I32 ? bits & 0xFFFFFFFFL : bits;
    }

    public V128 getV128() {
        return (V128) ref;
    }

    public void setV128(V128 value) {
        ref = value;
    }

    /** A funcref ({@link FunctionRef} or null) or externref (any object or null). */
    public Object getRef() {
        return ref;
    }

    public void setRef(Object value) {
        ref = value;
    }

    private void checkType(Object value) {
        if (!BoxedValues.isInstance(type.type(), value)) {
            throw new IllegalArgumentException("a global of type " + type.type() + " cannot hold "
                    + (value == null ? "null" : value.getClass().getSimpleName() + " " + value));
        }
    }

    private void store(Object value) {
        switch (type.type()) {
            case I32 -> bits = (Integer) value;
            case I64 -> bits = (Long) value;
            case F32 -> bits = Float.floatToRawIntBits((Float) value);
            case F64 -> bits = Double.doubleToRawLongBits((Double) value);
            case V128, FUNCREF, EXTERNREF -> ref = value;
        }
    }

    @Override
    public String toString() {
        return "global " + (type.mutable() ? "mut " : "") + type.type() + " = " + get();
    }
}
