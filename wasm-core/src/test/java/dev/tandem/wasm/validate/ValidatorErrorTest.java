package dev.tandem.wasm.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.Wasm;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The shape of validation errors: the spec's text, a detail, and the offending instruction's offset. */
class ValidatorErrorTest {

    @Test
    void typeMismatchNamesTheInstructionAndItsOffset() throws Exception {
        byte[] bytes;
        try (InputStream in = ValidatorErrorTest.class.getResourceAsStream("/validate/mismatch.wasm")) {
            bytes = in.readAllBytes();
        }
        ModuleException e = assertThrows(ModuleException.class, () -> Wasm.load(bytes));
        assertEquals(ModuleException.Kind.INVALID, e.kind());
        assertEquals("type mismatch", e.specText());
        assertEquals(0x1c, e.offset(), "offset of i32.add (wasm-objdump: 00001c: 6a)");
        assertEquals("type mismatch: i32.add expects i32, got i64 (at byte 0x1c)", e.getMessage());
    }
}
