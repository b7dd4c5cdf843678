package dev.tandem.truffle.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import dev.tandem.runtime.FunctionRef;
import dev.tandem.truffle.WasmContext;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.ValType;
import dev.tandem.wasm.numeric.V128;
import java.util.List;

/**
 * Converts between interop values (what a Polyglot host passes and gets) and the runtime's boxed
 * values (Integer, Long, Float, Double, V128, FunctionRef, any extern object, null).
 */
final class Values {

    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

    private Values() {
    }

    /** A host value as a Wasm value of {@code type}; null when it does not fit. */
    @TruffleBoundary
    static Object toWasm(ValType type, Object value) {
        try {
            return switch (type) {
                case I32 -> INTEROP.fitsInInt(value) ? (Object) INTEROP.asInt(value) : null;
                case I64 -> INTEROP.fitsInLong(value) ? (Object) INTEROP.asLong(value) : null;
                case F32 -> INTEROP.fitsInFloat(value) ? (Object) INTEROP.asFloat(value)
                        : INTEROP.fitsInDouble(value) ? (Object) (float) INTEROP.asDouble(value) : null;
                case F64 -> INTEROP.fitsInDouble(value) ? (Object) INTEROP.asDouble(value) : null;
                case V128 -> value instanceof V128Object v ? v.value() : null;
                case FUNCREF -> value instanceof FunctionObject f ? f.function() : null;
                case EXTERNREF -> value;
            };
        } catch (UnsupportedMessageException e) {
            return null;
        }
    }

    /** Arguments for a call of {@code type}, or an {@link UnsupportedTypeException} naming the first bad one. */
    @TruffleBoundary
    static Object[] arguments(String what, FuncType type, Object[] args) throws UnsupportedTypeException {
        List<ValType> params = type.params();
        Object[] boxed = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            ValType param = params.get(i);
            boolean isNull = INTEROP.isNull(args[i]);
            if (isNull && param.isReference()) {
                continue;
            }
            boxed[i] = isNull ? null : toWasm(param, args[i]);
            if (boxed[i] == null) {
                throw UnsupportedTypeException.create(args, what + ": argument " + i + " must be " + param + ", got "
                        + INTEROP.toDisplayString(args[i]));
            }
        }
        return boxed;
    }

    /** A boxed Wasm value as an interop value. */
    @TruffleBoundary
    static Object toHost(Object value) {
        if (value == null) {
            return NullValue.INSTANCE;
        }
        if (value instanceof V128 v) {
            return new V128Object(v);
        }
        if (value instanceof FunctionRef f) {
            return new FunctionObject(f);
        }
        if (value instanceof TruffleObject || value instanceof Number || value instanceof String
                || value instanceof Boolean || value instanceof Character) {
            return value;
        }
        // An extern reference a Java host made through the runtime API: give it to interop as a host object.
        return WasmContext.get(null).env().asGuestValue(value);
    }

    /** Results of a call in the internal convention (none: null, one: the value, several: an array) for a host. */
    @TruffleBoundary
    static Object results(FuncType type, Object result) {
        int count = type.results().size();
        if (count == 0) {
            return NullValue.INSTANCE;
        }
        if (count == 1) {
            return toHost(result);
        }
        Object[] values = ((Object[]) result).clone();
        for (int i = 0; i < values.length; i++) {
            values[i] = toHost(values[i]);
        }
        return new ValueArray(values);
    }

    /** Calls a host's executable value as an imported function of {@code type}; returns the results boxed. */
    @TruffleBoundary
    static Object[] callHost(String what, Object executable, FuncType type, Object[] args) {
        Object[] hostArgs = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            hostArgs[i] = toHost(args[i]);
        }
        Object result;
        try {
            result = INTEROP.execute(executable, hostArgs);
        } catch (InteropException e) {
            throw WasmError.argument(what + " cannot be called: " + e.getMessage());
        }
        List<ValType> types = type.results();
        Object[] results = new Object[types.size()];
        if (types.size() == 1) {
            results[0] = result(what, types.get(0), result);
        } else if (types.size() > 1) {
            try {
                if (!INTEROP.hasArrayElements(result) || INTEROP.getArraySize(result) != types.size()) {
                    throw WasmError.argument(what + " must return an array of " + types.size() + " values " + types);
                }
                for (int i = 0; i < results.length; i++) {
                    results[i] = result(what, types.get(i), INTEROP.readArrayElement(result, i));
                }
            } catch (InteropException e) {
                throw WasmError.argument(what + " returned an unreadable array: " + e.getMessage());
            }
        }
        return results;
    }

    private static Object result(String what, ValType type, Object value) {
        if (type.isReference() && INTEROP.isNull(value)) {
            return null;
        }
        Object boxed = toWasm(type, value);
        if (boxed == null) {
            throw WasmError.argument(what + " must return " + type + ", returned " + INTEROP.toDisplayString(value));
        }
        return boxed;
    }
}
