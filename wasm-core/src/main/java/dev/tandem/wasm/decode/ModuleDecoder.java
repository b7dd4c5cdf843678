package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.Module;

/** Decodes a binary module (all sections, custom sections kept, the name section parsed). */
public final class ModuleDecoder {

    private ModuleDecoder() {
    }

    public static Module decode(byte[] bytes) throws ModuleException {
        throw new UnsupportedOperationException("decoder not written yet");
    }
}
