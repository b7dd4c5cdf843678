package dev.tandem.truffle;

import com.oracle.truffle.api.CallTarget;
import dev.tandem.runtime.FunctionCode;
import dev.tandem.runtime.FunctionRef;
import dev.tandem.wasm.numeric.TrapKind;
import dev.tandem.wasm.numeric.WasmTrap;

/**
 * The code of a module-defined function of this tier, as the runtime's {@link FunctionRef} holds
 * it. Wasm code of the same context calls {@link #callTarget()} directly (see
 * {@link #targetFor}); everyone else goes through {@link #invoke}, which enters the context and
 * maps the tier's exceptions to the runtime API's: a {@link WasmTrapException} becomes a
 * {@link WasmTrap}, and a {@link StackOverflowError} the "call stack exhausted" trap. Exceptions a
 * host function threw pass through unchanged.
 */
public final class TruffleFunctionCode implements FunctionCode {

    private static final Object[] NO_RESULTS = new Object[0];

    private final WasmLanguage language;
    private final CallTarget callTarget;
    private final int resultCount;
    private final EntryGate gate;

    TruffleFunctionCode(WasmLanguage language, CallTarget callTarget, int resultCount, EntryGate gate) {
        this.language = language;
        this.callTarget = callTarget;
        this.resultCount = resultCount;
        this.gate = gate;
    }

    /**
     * The call target of {@code function} when it is Truffle code of {@code language}'s context,
     * which Wasm code may call directly (and Truffle may inline); null for anything else.
     */
    public static CallTarget targetFor(FunctionRef function, WasmLanguage language) {
        return function.code() instanceof TruffleFunctionCode code && code.language == language ? code.callTarget : null;
    }

    public CallTarget callTarget() {
        return callTarget;
    }

    @Override
    public Object[] invoke(Object[] args) {
        Object previous = gate.enter();
        try {
            Object result = callTarget.call(args);
            return resultCount == 0 ? NO_RESULTS : resultCount == 1 ? new Object[] {result} : (Object[]) result;
        } catch (WasmTrapException e) {
            throw e.toWasmTrap();
        } catch (StackOverflowError e) {
            throw new WasmTrap(TrapKind.CALL_STACK_EXHAUSTED);
        } finally {
            gate.leave(previous);
        }
    }
}
