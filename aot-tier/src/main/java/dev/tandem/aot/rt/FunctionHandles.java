package dev.tandem.aot.rt;

import dev.tandem.wasm.model.FuncType;
import java.lang.invoke.MethodHandle;

/**
 * What a loaded module tells {@link AotFunctionCode} about its generated functions. Looked up
 * lazily: an instance of a module of 50,000 functions makes no handle for a function nobody takes
 * a reference to.
 */
public interface FunctionHandles {

    /** The Wasm type of a function (index space, imports first). */
    FuncType type(int functionIndex);

    /**
     * The generated static method of a module-defined function, unbound: its parameters are the
     * function's (or one {@code Object[]} for a function of more than 254 parameter slots), then the
     * context.
     */
    MethodHandle direct(int functionIndex);
}
