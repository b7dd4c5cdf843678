package dev.tandem.aot.rt;

import dev.tandem.runtime.Instance;
import dev.tandem.runtime.Memory;

/**
 * What generated code of one instance reads: the base class of each module's generated context
 * class, which adds one typed field per global, table and imported function (see
 * {@code dev.tandem.aot.codegen.ContextClassWriter}). Every generated function takes the context as
 * its last argument, so an instance's state is one field load away and never a static.
 */
public abstract class AotContext {

    /** The instance: segments, {@code ref.func}, and globals/tables past the generated fields. */
    public final Instance instance;
    /** Memory 0, or null when the module has none (Wasm 2.0 has at most one). */
    public final Memory memory;
    /** {@link dev.tandem.runtime.FuncTypeIds} of the module's types, by type index, for call_indirect. */
    public final int[] typeIds;

    protected AotContext(Instance instance, int[] typeIds) {
        this.instance = instance;
        this.memory = instance.module().memoryCount() > 0 ? instance.memory(0) : null;
        this.typeIds = typeIds;
    }
}
