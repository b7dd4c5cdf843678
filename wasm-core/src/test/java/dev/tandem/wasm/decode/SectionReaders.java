package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import org.junit.jupiter.api.function.ThrowingSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Test helpers for calling one section decoder on a section's contents. */
final class SectionReaders {

    private SectionReaders() {
    }

    /** A reader over a section's contents (as the module decoder hands it to a section decoder). */
    static ByteReader contents(byte[]... parts) {
        byte[] b = ModuleBytes.concat(parts);
        return new ByteReader(b, 0, b.length);
    }

    static ModuleException assertMalformed(String specText, ThrowingSupplier<?> decode) {
        ModuleException e = assertThrows(ModuleException.class, decode::get);
        assertEquals(ModuleException.Kind.MALFORMED, e.kind());
        assertEquals(specText, e.specText(), e.getMessage());
        return e;
    }
}
