package dev.tandem.truffle;

import dev.tandem.runtime.CompiledModule;
import dev.tandem.runtime.FunctionCode;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.Instance;
import dev.tandem.runtime.LinkException;
import dev.tandem.runtime.ResourceLimits;
import dev.tandem.runtime.link.Instantiator;
import dev.tandem.truffle.lower.ModuleCode;
import dev.tandem.truffle.nodes.FunctionRootNode;
import dev.tandem.wasm.model.Module;
import dev.tandem.wasm.validate.ValidatedModule;

/**
 * A module compiled by the Truffle tier. Instantiation is the runtime's shared
 * {@link Instantiator}; the tier's part is {@link #bind}: one {@link FunctionRootNode} per
 * module-defined function of the new instance, whose code is lowered on its first call.
 */
public final class TruffleModule implements CompiledModule {

    private final WasmLanguage language;
    private final ModuleCode code;
    private final EntryGate gate;
    private final ResourceLimits limits;

    TruffleModule(WasmLanguage language, ValidatedModule validated, EntryGate gate, ResourceLimits limits) {
        this.language = language;
        this.code = new ModuleCode(validated);
        this.gate = gate;
        this.limits = limits;
    }

    @Override
    public ValidatedModule module() {
        return code.validated();
    }

    @Override
    public Instance instantiate(Imports imports) throws LinkException {
        Object previous = gate.enter();
        try {
            return Instantiator.instantiate(code.validated(), imports, this::bind, limits);
        } finally {
            gate.leave(previous);
        }
    }

    private FunctionCode[] bind(Instance instance) {
        Module module = code.module();
        int imported = module.importedFunctionCount();
        FunctionCode[] codes = new FunctionCode[module.functionCount() - imported];
        for (int i = 0; i < codes.length; i++) {
            FunctionRootNode root = new FunctionRootNode(language, code, instance, imported + i);
            codes[i] = new TruffleFunctionCode(language, root.getCallTarget(),
                    code.functionSignatures()[imported + i].resultCount(), gate);
        }
        return codes;
    }
}
