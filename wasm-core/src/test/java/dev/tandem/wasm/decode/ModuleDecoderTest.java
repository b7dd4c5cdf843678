package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.CustomSection;
import dev.tandem.wasm.model.Module;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.tandem.wasm.decode.ModuleBytes.bytes;
import static dev.tandem.wasm.decode.ModuleBytes.concat;
import static dev.tandem.wasm.decode.ModuleBytes.emptyBodies;
import static dev.tandem.wasm.decode.ModuleBytes.functions;
import static dev.tandem.wasm.decode.ModuleBytes.module;
import static dev.tandem.wasm.decode.ModuleBytes.name;
import static dev.tandem.wasm.decode.ModuleBytes.oneVoidType;
import static dev.tandem.wasm.decode.ModuleBytes.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Module structure: header, section order and sizes, counts, and the checks across sections. */
class ModuleDecoderTest {

    private static final byte[] COUNT_2_POW_32_MINUS_1 = bytes(0xFF, 0xFF, 0xFF, 0xFF, 0x0F);

    static ModuleException assertMalformed(String specText, byte[] module) {
        ModuleException e = assertThrows(ModuleException.class, () -> ModuleDecoder.decode(module));
        assertEquals(ModuleException.Kind.MALFORMED, e.kind());
        assertEquals(specText, e.specText(), e.getMessage());
        return e;
    }

    @Test
    void emptyModuleDecodes() throws ModuleException {
        Module m = ModuleDecoder.decode(module());
        assertEquals(0, m.types().size());
        assertEquals(0, m.functionCount());
        assertEquals(-1, m.startFunction());
        assertEquals(-1, m.dataCount());
        assertTrue(m.customSections().isEmpty());
    }

    @Test
    void headerErrors() {
        assertMalformed("unexpected end", bytes(0x00, 0x61, 0x73));
        assertMalformed("magic header not detected", bytes(0x00, 0x61, 0x73, 0x6E, 0x01, 0x00, 0x00, 0x00));
        assertMalformed("unexpected end", bytes(0x00, 0x61, 0x73, 0x6D, 0x01));
        ModuleException e = assertMalformed("unknown binary version", bytes(0x00, 0x61, 0x73, 0x6D, 0x02, 0x00, 0x00, 0x00));
        assertEquals(4, e.offset());
    }

    @Test
    void sectionsOutOfOrderAreUnexpectedContent() {
        ModuleException e = assertMalformed("unexpected content after last section",
                module(functions(0), oneVoidType()));
        assertEquals(11, e.offset(), "the offset of the out-of-order section's id");
        assertTrue(e.getMessage().contains("section 1 (type) after section 3 (function)"), e.getMessage());
    }

    @Test
    void duplicateSectionsAreUnexpectedContent() {
        ModuleException e = assertMalformed("unexpected content after last section",
                module(oneVoidType(), oneVoidType()));
        assertTrue(e.getMessage().contains("a second section 1 (type)"), e.getMessage());
    }

    @Test
    void dataCountGoesBetweenElementAndCode() throws ModuleException {
        byte[] elements = section(9, bytes(0x00));
        byte[] dataCount = section(12, bytes(0x00));
        byte[] code = section(10, bytes(0x00));
        assertEquals(0, ModuleDecoder.decode(module(elements, dataCount, code)).dataCount());
        assertMalformed("unexpected content after last section", module(code, dataCount));
        assertMalformed("unexpected content after last section", module(dataCount, elements));
    }

    @Test
    void unknownSectionIdIsMalformed() {
        assertMalformed("malformed section id", module(section(13)));
    }

    @Test
    void customSectionsAreKeptWhereverTheyAre() throws ModuleException {
        byte[] bytes = module(section(0, name("first"), bytes(1, 2, 3)), oneVoidType(),
                section(0, name("second")), functions(1), emptyBodies(1), section(0, name("third"), bytes(9)));
        Module m = ModuleDecoder.decode(bytes);
        List<CustomSection> custom = m.customSections();
        assertEquals(List.of("first", "second", "third"), custom.stream().map(CustomSection::name).toList());
        assertEquals(3, custom.get(0).end() - custom.get(0).start());
        assertEquals(1, bytes[custom.get(0).start()]);
        assertEquals(0, custom.get(1).end() - custom.get(1).start());
        assertEquals(9, bytes[custom.get(2).start()]);
    }

    @Test
    void sectionSizePastTheEndIsLengthOutOfBounds() {
        byte[] truncated = concat(module(), bytes(0x01, 0x10, 0x01, 0x60, 0x00, 0x00));
        assertMalformed("length out of bounds", truncated);
    }

    @Test
    void sectionSizeDifferentFromItsContentsIsAMismatch() {
        assertMalformed("section size mismatch", module(bytes(0x01, 0x05, 0x01, 0x60, 0x00, 0x00, 0x00)));
        // A size one short: the type is read past the section's end, then the size is found wrong.
        assertMalformed("section size mismatch", module(bytes(0x01, 0x03, 0x01, 0x60, 0x00, 0x00)));
    }

    @Test
    void hugeCountsFailFastWithoutAllocating() {
        // Each count says 2^32-1 entries in a handful of bytes: it must be refused before any
        // allocation (which would fail with NegativeArraySize or OutOfMemory, not this error).
        for (int id : new int[] {1, 2, 3, 4, 5, 6, 7, 9, 10, 11}) {
            assertMalformed("length out of bounds", module(section(id, COUNT_2_POW_32_MINUS_1)));
        }
        assertMalformed("length out of bounds", module(section(0, COUNT_2_POW_32_MINUS_1)));
    }

    @Test
    void hugeLengthsInsideEntriesFailFast() {
        // An import's module name of 2^32-1 bytes, a data segment of 2^32-1 bytes, a body of 2^32-1 locals groups.
        assertMalformed("length out of bounds", module(section(2, bytes(0x01), COUNT_2_POW_32_MINUS_1)));
        assertMalformed("length out of bounds", module(section(11, bytes(0x01, 0x01), COUNT_2_POW_32_MINUS_1)));
        assertMalformed("length out of bounds", module(oneVoidType(), functions(1),
                section(10, bytes(0x01, 0x06), COUNT_2_POW_32_MINUS_1)));
    }

    @Test
    void functionAndCodeCountsMustAgree() throws ModuleException {
        assertMalformed("function and code section have inconsistent lengths",
                module(oneVoidType(), functions(2), emptyBodies(1)));
        assertMalformed("function and code section have inconsistent lengths", module(oneVoidType(), functions(1)));
        assertMalformed("function and code section have inconsistent lengths", module(emptyBodies(1)));
        assertEquals(3, ModuleDecoder.decode(module(oneVoidType(), functions(3), emptyBodies(3))).codes().size());
    }

    @Test
    void dataCountMustMatchTheDataSection() throws ModuleException {
        byte[] passive = bytes(0x01, 0x00);
        assertMalformed("data count and data section have inconsistent lengths",
                module(section(12, bytes(0x02)), section(11, bytes(0x01), passive)));
        assertMalformed("data count and data section have inconsistent lengths", module(section(12, bytes(0x01))));
        // 2^32-1 must not read as "no data count section" (-1 in the model).
        assertMalformed("data count and data section have inconsistent lengths",
                module(section(12, COUNT_2_POW_32_MINUS_1)));
        assertEquals(1, ModuleDecoder.decode(module(section(12, bytes(0x01)), section(11, bytes(0x01), passive))).dataCount());
    }

    @Test
    void startSectionHoldsAFunctionIndex() throws ModuleException {
        assertEquals(0, ModuleDecoder.decode(module(oneVoidType(), functions(1), section(8, bytes(0x00)), emptyBodies(1)))
                .startFunction());
        // 2^32-1 stays an (invalid) index, not "absent".
        assertTrue(ModuleDecoder.decode(module(section(8, COUNT_2_POW_32_MINUS_1))).startFunction() < -1);
    }

    @Test
    void everyDecodedEntryReportsWhereItFailed() {
        byte[] badSecondImport = module(section(2, bytes(0x02), name("m"), name("f"), bytes(0x00, 0x00),
                name("m"), name("g"), bytes(0x07)));
        ModuleException e = assertMalformed("malformed import kind", badSecondImport);
        assertEquals("malformed import kind: section 2 (import): import 1: 0x7 (expected 0x00 func, 0x01 table,"
                + " 0x02 memory or 0x03 global) (at byte 0x" + Integer.toHexString(badSecondImport.length - 1) + ")",
                e.getMessage());
    }

    @Test
    void theModuleKeepsTheInputArray() throws ModuleException {
        byte[] bytes = module(oneVoidType(), functions(1), emptyBodies(1));
        Module m = ModuleDecoder.decode(bytes);
        assertTrue(m.bytes() == bytes && m.codes().get(0).bytes() == bytes);
    }
}
