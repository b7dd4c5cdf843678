package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.ConstExpr;
import dev.tandem.wasm.model.ElementSegment;
import dev.tandem.wasm.model.ElementSegment.Mode;
import dev.tandem.wasm.model.ValType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HexFormat;

import static dev.tandem.wasm.decode.ModuleBytes.bytes;
import static dev.tandem.wasm.decode.SectionReaders.assertMalformed;
import static dev.tandem.wasm.decode.SectionReaders.contents;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ElementSectionDecoderTest {

    private static ElementSegment one(int... segment) throws ModuleException {
        return ElementSectionDecoder.decode(contents(bytes(0x01), bytes(segment))).get(0);
    }

    private static String hex(ConstExpr e) {
        return HexFormat.of().formatHex(Arrays.copyOfRange(e.code(), e.start(), e.end()));
    }

    @Test
    void encoding0ActiveTable0FunctionIndices() throws ModuleException {
        ElementSegment s = one(0x00, 0x41, 0x05, 0x0B, 0x02, 0x00, 0x01);
        assertEquals(Mode.ACTIVE, s.mode());
        assertEquals(0, s.tableIndex());
        assertEquals("41050b", hex(s.offset()));
        assertEquals(ValType.FUNCREF, s.elementType());
        assertArrayEquals(new int[] {0, 1}, s.functionIndices());
        assertTrue(s.items().isEmpty());
        assertEquals(2, s.size());
    }

    @Test
    void encoding1PassiveFunctionIndices() throws ModuleException {
        ElementSegment s = one(0x01, 0x00, 0x01, 0x05);
        assertEquals(Mode.PASSIVE, s.mode());
        assertNull(s.offset());
        assertArrayEquals(new int[] {5}, s.functionIndices());
    }

    @Test
    void encoding2ActiveExplicitTableFunctionIndices() throws ModuleException {
        ElementSegment s = one(0x02, 0x01, 0x41, 0x02, 0x0B, 0x00, 0x01, 0x03);
        assertEquals(Mode.ACTIVE, s.mode());
        assertEquals(1, s.tableIndex());
        assertEquals("41020b", hex(s.offset()));
        assertArrayEquals(new int[] {3}, s.functionIndices());
    }

    @Test
    void encoding3DeclarativeFunctionIndices() throws ModuleException {
        ElementSegment s = one(0x03, 0x00, 0x02, 0x07, 0x08);
        assertEquals(Mode.DECLARATIVE, s.mode());
        assertArrayEquals(new int[] {7, 8}, s.functionIndices());
    }

    @Test
    void encoding4ActiveTable0Expressions() throws ModuleException {
        ElementSegment s = one(0x04, 0x41, 0x00, 0x0B, 0x02, 0xD2, 0x00, 0x0B, 0xD0, 0x70, 0x0B);
        assertEquals(Mode.ACTIVE, s.mode());
        assertEquals(ValType.FUNCREF, s.elementType());
        assertFalse(s.hasFunctionIndices());
        assertEquals(2, s.size());
        assertEquals("d2000b", hex(s.items().get(0)));
        assertEquals("d0700b", hex(s.items().get(1)));
    }

    @Test
    void encoding5PassiveExpressions() throws ModuleException {
        ElementSegment s = one(0x05, 0x6F, 0x01, 0xD0, 0x6F, 0x0B);
        assertEquals(Mode.PASSIVE, s.mode());
        assertEquals(ValType.EXTERNREF, s.elementType());
        assertEquals("d06f0b", hex(s.items().get(0)));
    }

    @Test
    void encoding6ActiveExplicitTableExpressions() throws ModuleException {
        ElementSegment s = one(0x06, 0x02, 0x23, 0x00, 0x0B, 0x70, 0x01, 0xD2, 0x01, 0x0B);
        assertEquals(Mode.ACTIVE, s.mode());
        assertEquals(2, s.tableIndex());
        assertEquals("23000b", hex(s.offset()));
        assertEquals("d2010b", hex(s.items().get(0)));
    }

    @Test
    void encoding7DeclarativeExpressions() throws ModuleException {
        ElementSegment s = one(0x07, 0x70, 0x00);
        assertEquals(Mode.DECLARATIVE, s.mode());
        assertEquals(0, s.size());
    }

    @Test
    void flagsMayBePaddedLeb128() throws ModuleException {
        assertEquals(Mode.PASSIVE, one(0x81, 0x00, 0x00, 0x00).mode());
    }

    @Test
    void badFlagsKindsAndTypesAreMalformed() {
        assertMalformed("malformed elements segment kind", () -> one(0x08));
        assertMalformed("malformed element kind", () -> one(0x01, 0x70, 0x00));
        assertMalformed("malformed reference type", () -> one(0x05, 0x7F, 0x00));
    }

    @Test
    void elementExpressionsAreCheckedForWellFormedness() {
        ModuleException e = assertMalformed("illegal opcode f3", () -> one(0x05, 0x70, 0x01, 0xF3, 0x00, 0x0B));
        assertEquals("illegal opcode f3: element segment 0 (at byte 0x4)", e.getMessage());
        assertMalformed(ByteReader.UNEXPECTED_END, () -> one(0x05, 0x70, 0x01, 0xD2, 0x00));
    }
}
