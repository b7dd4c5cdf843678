package dev.tandem.wasm.validate;

import dev.tandem.wasm.model.Module;

/** A module that passed validation, with what the tiers need computed once. */
public final class ValidatedModule {

    private final Module module;

    public ValidatedModule(Module module) {
        this.module = module;
    }

    public Module module() {
        return module;
    }
}
