package dev.tandem.aot.rt;

import dev.tandem.runtime.FunctionCode;
import dev.tandem.wasm.numeric.TrapKind;
import dev.tandem.wasm.numeric.WasmTrap;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * The code of one module-defined function of one instance, as the runtime's
 * {@link dev.tandem.runtime.FunctionRef} holds it.
 *
 * <p>Two ways in. Generated code (a {@code call_indirect}, a call to an imported AOT function)
 * tests {@code instanceof AotFunctionCode} and calls {@link #exact()} with {@code invokeExact}: no
 * boxing, the signature check having been done by type id. Everyone else (the host, another tier)
 * calls {@link #invoke} with boxed values. That is also the boundary where Java's stack overflow
 * becomes the Wasm trap "call stack exhausted"; the instance stays usable, its state being on the heap.
 */
public final class AotFunctionCode implements FunctionCode {

    private static final Object[] NO_RESULTS = new Object[0];

    private final FunctionHandles handles;
    private final AotContext context;
    private final int functionIndex;
    // Racy lazy initialisation is fine: a MethodHandle is immutable and safely published.
    private MethodHandle exact;

    public AotFunctionCode(FunctionHandles handles, AotContext context, int functionIndex) {
        this.handles = handles;
        this.context = context;
        this.functionIndex = functionIndex;
    }

    public int functionIndex() {
        return functionIndex;
    }

    /** The function with its context bound: its type is the function's JVM signature without the context. */
    public MethodHandle exact() {
        MethodHandle h = exact;
        if (h == null) {
            MethodHandle direct = handles.direct(functionIndex);
            h = MethodHandles.insertArguments(direct, direct.type().parameterCount() - 1, context);
            exact = h;
        }
        return h;
    }

    @Override
    public Object[] invoke(Object[] args) {
        MethodHandle h = exact();
        Object result;
        try {
            result = Signatures.isWide(handles.type(functionIndex))
                    ? h.invokeWithArguments(new Object[] {args})
                    : h.invokeWithArguments(args);
        } catch (StackOverflowError e) {
            throw new WasmTrap(TrapKind.CALL_STACK_EXHAUSTED);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            // Generated code declares nothing; a checked exception can only come from a host function.
            throw new IllegalStateException(e);
        }
        int results = handles.type(functionIndex).results().size();
        if (results == 0) {
            return NO_RESULTS;
        }
        return results == 1 ? new Object[] {result} : (Object[]) result;
    }
}
