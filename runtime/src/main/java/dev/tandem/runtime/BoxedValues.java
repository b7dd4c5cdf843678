package dev.tandem.runtime;

import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.ValType;
import dev.tandem.wasm.numeric.V128;
import java.util.List;

/**
 * How Wasm values travel through the generic API ({@link ExportedFunction#call}, host functions,
 * {@link Global#get}): i32 as {@link Integer}, i64 as {@link Long}, f32 as {@link Float}, f64 as
 * {@link Double}, v128 as {@link V128}, funcref as {@link FunctionRef} or null, externref as any
 * Java object or null.
 *
 * <p>Floats keep their bits: boxing and unboxing a float or double does not touch a NaN's payload
 * or its signalling bit on x86-64 and AArch64 (the JVM moves the bits; only arithmetic may
 * canonicalise). RuntimeApiTest checks that signalling and quiet NaNs of both signs come back from
 * a call bit for bit. Build such values with {@link Float#intBitsToFloat} and read them back with
 * {@link Float#floatToRawIntBits} (not {@code floatToIntBits}, which canonicalises).
 */
public final class BoxedValues {

    private BoxedValues() {
    }

    /** Whether {@code value} is a valid boxed value of {@code type}. */
    public static boolean isInstance(ValType type, Object value) {
        return switch (type) {
            case I32 -> value instanceof Integer;
            case I64 -> value instanceof Long;
            case F32 -> value instanceof Float;
            case F64 -> value instanceof Double;
            case V128 -> value instanceof V128;
            case FUNCREF -> value == null || value instanceof FunctionRef;
            case EXTERNREF -> true;
        };
    }

    /** The zero value of a type: what locals, tables and a grow start from. */
    public static Object zero(ValType type) {
        return switch (type) {
            case I32 -> 0;
            case I64 -> 0L;
            case F32 -> 0.0f;
            case F64 -> 0.0d;
            case V128 -> new V128(0, 0);
            case FUNCREF, EXTERNREF -> null;
        };
    }

    /**
     * Checks arguments against a function type.
     *
     * @param what names the function in the message, e.g. {@code "export add"}
     * @throws IllegalArgumentException with a one-line message naming the first mismatch
     */
    public static void checkArguments(String what, FuncType type, Object[] args) {
        check(what, "argument", type.params(), args);
    }

    /** Checks results (e.g. a host function's) against a function type; null stands for no results. */
    public static void checkResults(String what, FuncType type, Object[] results) {
        check(what, "result", type.results(), results == null ? new Object[0] : results);
    }

    private static void check(String what, String role, List<ValType> types, Object[] values) {
        if (values.length != types.size()) {
            throw new IllegalArgumentException(what + " takes " + types.size() + " " + role + "s " + types
                    + ", got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (!isInstance(types.get(i), values[i])) {
                throw new IllegalArgumentException(what + ": " + role + " " + i + " must be " + types.get(i)
                        + " (" + javaName(types.get(i)) + "), got " + describe(values[i]));
            }
        }
    }

    private static String javaName(ValType type) {
        return switch (type) {
            case I32 -> "Integer";
            case I64 -> "Long";
            case F32 -> "Float";
            case F64 -> "Double";
            case V128 -> "V128";
            case FUNCREF -> "FunctionRef or null";
            case EXTERNREF -> "any object or null";
        };
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
    }
}
