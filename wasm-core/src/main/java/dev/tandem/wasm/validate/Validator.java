package dev.tandem.wasm.validate;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.Module;

/** Validates a decoded module as the Wasm 2.0 spec does, and computes per-function facts. */
public final class Validator {

    private Validator() {
    }

    public static ValidatedModule validate(Module module) throws ModuleException {
        throw new UnsupportedOperationException("validator not written yet");
    }
}
