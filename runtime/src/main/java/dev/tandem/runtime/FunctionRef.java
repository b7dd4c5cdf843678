package dev.tandem.runtime;

import dev.tandem.wasm.model.FuncType;

/**
 * A function instance, which is what a funcref holds: its type, the instance that defines it (null
 * for a host function) and its {@link FunctionCode}. The same object stands for the function
 * everywhere: in the defining instance's index space, in every instance that imports it, in tables
 * and globals, and in the host's hands.
 *
 * <p>Tiers calling a FunctionRef test {@code code() instanceof} their own code class for a direct,
 * unboxed call and fall back to {@code code().invoke(Object[])} otherwise (see {@link FunctionCode}).
 * {@code call_indirect} compares {@link #typeId()} with the call's {@link FuncTypeIds} id.
 */
public final class FunctionRef implements ExportedFunction {

    private static final Object[] NO_VALUES = new Object[0];

    private final FuncType type;
    private final int typeId;
    private final Instance owner;
    private final int index;
    private final String name;
    private final FunctionCode code;

    /**
     * @param owner the defining instance, or null for a host function
     * @param index the function's index in its owner's function index space, or -1 for a host function
     * @param name  for messages: the export or import name, or {@code "function 3"}
     */
    public FunctionRef(FuncType type, Instance owner, int index, String name, FunctionCode code) {
        this.type = type;
        this.typeId = FuncTypeIds.of(type);
        this.owner = owner;
        this.index = index;
        this.name = name;
        this.code = code;
    }

    @Override
    public FuncType type() {
        return type;
    }

    /** {@link FuncTypeIds#of} this function's type. */
    public int typeId() {
        return typeId;
    }

    /** The instance that defines this function, or null for a host function. */
    public Instance owner() {
        return owner;
    }

    /** Index in the owner's function index space; -1 for a host function. */
    public int index() {
        return index;
    }

    public FunctionCode code() {
        return code;
    }

    @Override
    public Object[] call(Object... args) {
        BoxedValues.checkArguments(name, type, args);
        Object[] results = code.invoke(args);
        return results == null ? NO_VALUES : results;
    }

    @Override
    public String toString() {
        return name + " " + type;
    }
}
