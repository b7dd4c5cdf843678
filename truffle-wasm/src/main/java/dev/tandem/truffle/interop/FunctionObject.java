package dev.tandem.truffle.interop;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import dev.tandem.runtime.FunctionRef;
import dev.tandem.truffle.TruffleFunctionCode;
import dev.tandem.truffle.WasmLanguage;
import dev.tandem.truffle.WasmTrapException;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.numeric.WasmTrap;

/**
 * A Wasm function for a host: executable with numbers, {@link V128Object}s and references as
 * arguments. Its result is the single result, an array of several, or null for none. Traps come
 * back as guest exceptions with the spec's message ({@link WasmTrapException}).
 */
@ExportLibrary(InteropLibrary.class)
public final class FunctionObject implements TruffleObject {

    private final FunctionRef function;

    public FunctionObject(FunctionRef function) {
        this.function = function;
    }

    public FunctionRef function() {
        return function;
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    Object execute(Object[] args, @Cached IndirectCallNode callNode) throws ArityException, UnsupportedTypeException {
        FuncType type = function.type();
        int params = type.params().size();
        if (args.length != params) {
            throw ArityException.create(params, params, args.length);
        }
        Object[] boxed = Values.arguments(function.toString(), type, args);
        CallTarget target = TruffleFunctionCode.targetFor(function, WasmLanguage.get(callNode));
        Object result;
        try {
            result = target != null ? callNode.call(target, boxed) : invokeForeign(boxed);
        } catch (StackOverflowError e) {
            throw WasmTrapException.exhausted(callNode);
        }
        return Values.results(type, result);
    }

    @TruffleBoundary
    private Object invokeForeign(Object[] args) {
        try {
            Object[] results = function.code().invoke(args);
            int count = function.type().results().size();
            return count == 0 ? null : count == 1 ? results[0] : results;
        } catch (WasmTrap trap) {
            throw WasmTrapException.of(trap, null);
        }
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "wasm " + function;
    }
}
