package dev.tandem.aot;

import dev.tandem.aot.load.LoadedModule;
import dev.tandem.aot.rt.AotContext;
import dev.tandem.aot.rt.AotFunctionCode;
import dev.tandem.runtime.CompiledModule;
import dev.tandem.runtime.FunctionCode;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.Instance;
import dev.tandem.runtime.LinkException;
import dev.tandem.runtime.link.Instantiator;
import dev.tandem.wasm.validate.ValidatedModule;

/**
 * A module compiled by the AOT tier, in memory or loaded from a {@code .twasm} file: instantiation is
 * the runtime's shared {@link Instantiator}, this tier adding only the code of the module's own
 * functions (a context object per instance, and an {@link AotFunctionCode} per function).
 */
public final class AotCompiledModule implements CompiledModule, AutoCloseable {

    private final ValidatedModule validated;
    private final LoadedModule loaded;

    AotCompiledModule(ValidatedModule validated, LoadedModule loaded) {
        this.validated = validated;
        this.loaded = loaded;
    }

    @Override
    public ValidatedModule module() {
        return validated;
    }

    /** The defined classes and their unwind registration. */
    public LoadedModule loaded() {
        return loaded;
    }

    @Override
    public Instance instantiate(Imports imports) throws LinkException {
        int imported = validated.module().importedFunctionCount();
        int defined = validated.module().codes().size();
        return Instantiator.instantiate(validated, imports, instance -> {
            AotContext context = loaded.newContext(instance);
            FunctionCode[] codes = new FunctionCode[defined];
            for (int i = 0; i < defined; i++) {
                codes[i] = new AotFunctionCode(loaded, context, imported + i);
            }
            return codes;
        });
    }

    /** Unregisters the module's unwind info (see {@link LoadedModule#close()}). */
    @Override
    public void close() {
        loaded.close();
    }
}
