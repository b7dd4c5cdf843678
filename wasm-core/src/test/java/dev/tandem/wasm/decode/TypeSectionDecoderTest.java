package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.FuncType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.tandem.wasm.decode.ModuleBytes.bytes;
import static dev.tandem.wasm.decode.SectionReaders.assertMalformed;
import static dev.tandem.wasm.decode.SectionReaders.contents;
import static dev.tandem.wasm.model.ValType.EXTERNREF;
import static dev.tandem.wasm.model.ValType.F32;
import static dev.tandem.wasm.model.ValType.F64;
import static dev.tandem.wasm.model.ValType.FUNCREF;
import static dev.tandem.wasm.model.ValType.I32;
import static dev.tandem.wasm.model.ValType.I64;
import static dev.tandem.wasm.model.ValType.V128;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TypeSectionDecoderTest {

    @Test
    void decodesFunctionTypesWithEveryValueType() throws ModuleException {
        List<FuncType> types = TypeSectionDecoder.decode(contents(bytes(0x02,
                0x60, 0x00, 0x00,
                0x60, 0x04, 0x7F, 0x7E, 0x7D, 0x7C, 0x03, 0x7B, 0x70, 0x6F)));
        assertEquals(new FuncType(List.of(), List.of()), types.get(0));
        assertEquals(new FuncType(List.of(I32, I64, F32, F64), List.of(V128, FUNCREF, EXTERNREF)), types.get(1));
    }

    @Test
    void paramAndResultCountsAreCappedAtTheJsApiLimits() throws ModuleException {
        byte[] atLimit = typeWith(TypeSectionDecoder.MAX_PARAMS, 0);
        assertEquals(TypeSectionDecoder.MAX_PARAMS, TypeSectionDecoder.decode(contents(atLimit)).get(0).params().size());
        assertMalformed("too many parameters",
                () -> TypeSectionDecoder.decode(contents(typeWith(TypeSectionDecoder.MAX_PARAMS + 1, 0))));
        assertMalformed("too many results",
                () -> TypeSectionDecoder.decode(contents(typeWith(0, TypeSectionDecoder.MAX_RESULTS + 1))));
    }

    /** One function type with {@code params} i32 parameters and {@code results} i32 results (counts below 2^14). */
    private static byte[] typeWith(int params, int results) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(0x01);
        out.write(0x60);
        for (int count : new int[] {params, results}) {
            out.write(0x80 | (count & 0x7F));
            out.write(count >>> 7);
            for (int i = 0; i < count; i++) {
                out.write(0x7F);
            }
        }
        return out.toByteArray();
    }

    @Test
    void onlyTheFunctionFormExists() {
        assertMalformed("malformed function type", () -> TypeSectionDecoder.decode(contents(bytes(0x01, 0x5F, 0x00, 0x00))));
        // The form is an s7: a continuation bit makes it too long, not unknown.
        assertMalformed("integer representation too long",
                () -> TypeSectionDecoder.decode(contents(bytes(0x01, 0xE0, 0x7F, 0x00, 0x00))));
    }

    @Test
    void unknownValueTypesAreMalformed() {
        assertMalformed("malformed value type", () -> TypeSectionDecoder.decode(contents(bytes(0x01, 0x60, 0x01, 0x7A, 0x00))));
        assertMalformed("integer representation too long",
                () -> TypeSectionDecoder.decode(contents(bytes(0x01, 0x60, 0x01, 0xFF, 0x7F, 0x00))));
    }
}
