package dev.tandem.aot;

import dev.tandem.runtime.CompiledModule;
import dev.tandem.runtime.Tier;
import dev.tandem.wasm.validate.ValidatedModule;

/** The AOT tier as the runtime's tier-neutral API sees it: compiles in memory, with the default options. */
public final class AotTier implements Tier {

    private final AotOptions options;

    public AotTier() {
        this(AotOptions.DEFAULT);
    }

    public AotTier(AotOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "aot";
    }

    @Override
    public CompiledModule compile(ValidatedModule module) {
        return AotCompiler.compile(module, options);
    }
}
