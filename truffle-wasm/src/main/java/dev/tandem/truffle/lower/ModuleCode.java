package dev.tandem.truffle.lower;

import dev.tandem.wasm.model.Module;
import dev.tandem.wasm.validate.ValidatedModule;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The per-module part of the tier, shared by every instance: signatures in the interpreter's form
 * and each function's lowered code, made on the function's first call (a module of thousands of
 * functions starts without lowering those it never runs).
 */
public final class ModuleCode {

    private final ValidatedModule validated;
    private final Signature[] functionSignatures;
    private final Signature[] typeSignatures;
    private final AtomicReferenceArray<LoweredFunction> lowered;

    public ModuleCode(ValidatedModule validated) {
        this.validated = validated;
        Module module = validated.module();
        this.typeSignatures = new Signature[module.types().size()];
        for (int i = 0; i < typeSignatures.length; i++) {
            typeSignatures[i] = new Signature(module.types().get(i));
        }
        this.functionSignatures = new Signature[module.functionCount()];
        for (int i = 0; i < functionSignatures.length; i++) {
            functionSignatures[i] = typeSignatures[module.functionTypeIndex(i)];
        }
        this.lowered = new AtomicReferenceArray<>(module.codes().size());
    }

    public ValidatedModule validated() {
        return validated;
    }

    public Module module() {
        return validated.module();
    }

    /** Signature of each function of the index space; the array is shared, never modify it. */
    public Signature[] functionSignatures() {
        return functionSignatures;
    }

    /** Signature of each type of the type section; the array is shared, never modify it. */
    public Signature[] typeSignatures() {
        return typeSignatures;
    }

    /** Slots a frame of the module-defined function needs: its locals and its deepest operand stack. */
    public int frameSize(int functionIndex) {
        var facts = validated.functionFacts(functionIndex);
        return facts.localCount() + facts.maxStackHeight();
    }

    /** The lowered code of a module-defined function, lowering it on first request. */
    public LoweredFunction lowered(int functionIndex) {
        int defined = functionIndex - module().importedFunctionCount();
        LoweredFunction function = lowered.get(defined);
        if (function == null) {
            // Two threads may both lower the function; they produce equal code and one wins.
            lowered.compareAndSet(defined, null, FunctionLowering.lower(validated, functionIndex));
            function = lowered.get(defined);
        }
        return function;
    }
}
