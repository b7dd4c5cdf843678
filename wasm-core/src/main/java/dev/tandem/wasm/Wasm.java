package dev.tandem.wasm;

import dev.tandem.wasm.decode.ModuleDecoder;
import dev.tandem.wasm.model.Module;
import dev.tandem.wasm.validate.ValidatedModule;
import dev.tandem.wasm.validate.Validator;

/** Entry point of wasm-core: bytes to a decoded module, and a decoded module to a validated one. */
public final class Wasm {

    private Wasm() {
    }

    /** Decodes a binary module. Throws {@link ModuleException.Kind#MALFORMED} errors only. */
    public static Module decode(byte[] bytes) throws ModuleException {
        return ModuleDecoder.decode(bytes);
    }

    /** Validates a decoded module and computes the per-function facts both tiers use. */
    public static ValidatedModule validate(Module module) throws ModuleException {
        return Validator.validate(module);
    }

    /** Decode, then validate. */
    public static ValidatedModule load(byte[] bytes) throws ModuleException {
        return validate(decode(bytes));
    }
}
