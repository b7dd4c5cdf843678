package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.ExternKind;
import dev.tandem.wasm.model.GlobalType;
import dev.tandem.wasm.model.Import;
import dev.tandem.wasm.model.Limits;
import dev.tandem.wasm.model.MemoryType;
import dev.tandem.wasm.model.TableType;
import dev.tandem.wasm.model.ValType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.tandem.wasm.decode.ModuleBytes.bytes;
import static dev.tandem.wasm.decode.ModuleBytes.name;
import static dev.tandem.wasm.decode.ModuleBytes.rawName;
import static dev.tandem.wasm.decode.SectionReaders.assertMalformed;
import static dev.tandem.wasm.decode.SectionReaders.contents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportSectionDecoderTest {

    @Test
    void decodesEachKind() throws ModuleException {
        List<Import> imports = ImportSectionDecoder.decode(contents(bytes(0x04),
                name("env"), name("f"), bytes(0x00, 0x02),
                name("env"), name("t"), bytes(0x01, 0x6F, 0x01, 0x01, 0x0A),
                name("env"), name("m"), bytes(0x02, 0x00, 0x80, 0x80, 0x04),
                name("\u00e9"), name("g"), bytes(0x03, 0x7E, 0x01)));
        assertEquals(Import.function("env", "f", 2), imports.get(0));
        assertEquals(Import.table("env", "t", new TableType(ValType.EXTERNREF, new Limits(1, 10))), imports.get(1));
        assertEquals(Import.memory("env", "m", new MemoryType(new Limits(65536, Limits.NO_MAX))), imports.get(2));
        assertEquals(Import.global("\u00e9", "g", new GlobalType(ValType.I64, true)), imports.get(3));
        assertEquals(ExternKind.GLOBAL, imports.get(3).kind());
    }

    @Test
    void limitsAreU32() throws ModuleException {
        Import i = ImportSectionDecoder.decode(contents(bytes(0x01), name("m"), name("t"),
                bytes(0x01, 0x70, 0x01, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F))).get(0);
        assertEquals(0xFFFF_FFFFL, i.table().limits().max());
        assertMalformed("integer too large", () -> ImportSectionDecoder.decode(contents(bytes(0x01), name("m"), name("m"),
                bytes(0x02, 0x02, 0x00))));
    }

    @Test
    void badKindsAndTypesAreMalformed() {
        assertMalformed("malformed import kind",
                () -> ImportSectionDecoder.decode(contents(bytes(0x01), name("m"), name("x"), bytes(0x04))));
        assertMalformed("malformed reference type",
                () -> ImportSectionDecoder.decode(contents(bytes(0x01), name("m"), name("t"), bytes(0x01, 0x7F, 0x00, 0x00))));
        assertMalformed("malformed mutability",
                () -> ImportSectionDecoder.decode(contents(bytes(0x01), name("m"), name("g"), bytes(0x03, 0x7F, 0x02))));
    }

    @Test
    void namesMustBeValidUtf8() {
        // overlong NUL, a surrogate, a truncated 3-byte sequence, a code point above U+10FFFF
        for (byte[] bad : new byte[][] {rawName(0xC0, 0x80), rawName(0xED, 0xA0, 0x80), rawName(0x61, 0xE2, 0x82),
                rawName(0xF4, 0x90, 0x80, 0x80)}) {
            ModuleException e = assertMalformed("malformed UTF-8 encoding",
                    () -> ImportSectionDecoder.decode(contents(bytes(0x01), name("m"), bad, bytes(0x00, 0x00))));
            assertTrue(e.getMessage().contains("field name"), e.getMessage());
            assertMalformed("malformed UTF-8 encoding",
                    () -> ImportSectionDecoder.decode(contents(bytes(0x01), bad, name("f"), bytes(0x00, 0x00))));
        }
    }
}
