package dev.tandem.wasm.code;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.ValType;
import org.junit.jupiter.api.Test;

class CodeReaderTest {

    private static CodeReader reader(boolean hasDataCount, int... code) {
        byte[] bytes = new byte[code.length + 2];
        for (int i = 0; i < code.length; i++) {
            bytes[i + 1] = (byte) code[i];
        }
        // One byte of padding either side: the reader must honour start and end, not the array.
        return new CodeReader(bytes, 1, code.length + 1, hasDataCount);
    }

    private static CodeReader reader(int... code) {
        return reader(true, code);
    }

    private static ModuleException failure(CodeReader r) {
        ModuleException e = assertThrows(ModuleException.class, () -> {
            while (r.hasNext()) {
                r.next();
            }
        });
        assertEquals(ModuleException.Kind.MALFORMED, e.kind());
        return e;
    }

    @Test
    void readsIntegerConstants() throws ModuleException {
        CodeReader r = reader(0x41, 0x7F, 0x42, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F,
                0x41, 0xFF, 0xFF, 0xFF, 0xFF, 0x07);
        assertEquals(Opcodes.I32_CONST, r.next());
        assertEquals(-1, r.i32());
        assertEquals(Opcodes.I64_CONST, r.next());
        assertEquals(Long.MIN_VALUE, r.i64());
        assertEquals(Opcodes.I32_CONST, r.next());
        assertEquals(Integer.MAX_VALUE, r.i32());
        assertFalse(r.hasNext());
    }

    @Test
    void readsFloatAndVectorConstantsLittleEndian() throws ModuleException {
        CodeReader r = reader(0x43, 0x00, 0x00, 0x80, 0x3F,
                0xFD, 0x0C, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        assertEquals(Opcodes.F32_CONST, r.next());
        assertEquals(Float.floatToRawIntBits(1.0f), r.f32Bits());
        assertEquals(Opcodes.V128_CONST, r.next());
        assertEquals(0x0807060504030201L, r.v128Lo());
        assertEquals(0x100F0E0D0C0B0A09L, r.v128Hi());
    }

    @Test
    void readsBlockTypesAndTracksDepth() throws ModuleException {
        CodeReader r = reader(0x02, 0x40, 0x03, 0x7F, 0x04, 0x05, 0x0B, 0x0B, 0x0B, 0x0B);
        assertEquals(1, r.depth());
        r.next();
        assertEquals(CodeReader.BLOCK_EMPTY, r.blockType());
        assertEquals(null, CodeReader.blockValType(r.blockType()));
        r.next();
        assertEquals(ValType.I32, CodeReader.blockValType(r.blockType()));
        assertEquals(Opcodes.IF, r.next());
        assertEquals(5, r.blockType());
        assertEquals(4, r.depth());
        for (int i = 0; i < 4; i++) {
            assertEquals(Opcodes.END, r.next());
        }
        assertEquals(0, r.depth());
    }

    @Test
    void readsIndexPairsAndMemargs() throws ModuleException {
        CodeReader r = reader(0x11, 0x03, 0x01, 0xFC, 0x0E, 0x02, 0x05, 0xFC, 0x0C, 0x07, 0x01,
                0x28, 0x02, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0xFC, 0x08, 0x04, 0x00);
        assertEquals(Opcodes.CALL_INDIRECT, r.next());
        assertEquals(3, r.index());
        assertEquals(1, r.index2());
        assertEquals(Opcodes.TABLE_COPY, r.next());
        assertEquals(2, r.index());
        assertEquals(5, r.index2());
        assertEquals(Opcodes.TABLE_INIT, r.next());
        assertEquals(7, r.index());
        assertEquals(1, r.index2());
        assertEquals(Opcodes.I32_LOAD, r.next());
        assertEquals(2, r.alignLog2());
        assertEquals(0xFFFF_FFFFL, r.offset());
        assertEquals(Opcodes.MEMORY_INIT, r.next());
        assertEquals(4, r.index());
    }

    @Test
    void readsBrTableSelectTypesRefNullAndLanes() throws ModuleException {
        CodeReader r = reader(0x0E, 0x02, 0x00, 0x01, 0x02, 0x1C, 0x01, 0x7B, 0xD0, 0x6F,
                0xFD, 0x15, 0x0F, 0xFD, 0x55, 0x01, 0x08, 0x07,
                0xFD, 0x0D, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 31);
        assertEquals(Opcodes.BR_TABLE, r.next());
        assertArrayEquals(new int[] {0, 1, 2}, r.brTable());
        assertEquals(Opcodes.SELECT_T, r.next());
        assertArrayEquals(new ValType[] {ValType.V128}, r.selectTypes());
        assertEquals(Opcodes.REF_NULL, r.next());
        assertEquals(ValType.EXTERNREF, r.refType());
        assertEquals(Opcodes.I8X16_EXTRACT_LANE_S, r.next());
        assertEquals(15, r.lane());
        assertEquals(Opcodes.V128_LOAD16_LANE, r.next());
        assertEquals(1, r.alignLog2());
        assertEquals(8, r.offset());
        assertEquals(7, r.lane());
        assertEquals(Opcodes.I8X16_SHUFFLE, r.next());
        assertEquals(31, r.shuffle()[15]);
        assertEquals(4, r.shuffle()[4]);
    }

    @Test
    void acceptsOverlongButInRangeLebs() throws ModuleException {
        // The suite's binary-leb128 modules pad sub-opcodes and indices with 0x80 bytes.
        CodeReader r = reader(0xFC, 0x80, 0x80, 0x80, 0x80, 0x00, 0x20, 0x80, 0x80, 0x80, 0x80, 0x00);
        assertEquals(Opcodes.I32_TRUNC_SAT_F32_S, r.next());
        assertEquals(Opcodes.LOCAL_GET, r.next());
        assertEquals(0, r.index());
    }

    @Test
    void rejectsUnknownOpcodes() {
        assertEquals("illegal opcode 06", failure(reader(0x06)).specText());
        assertTrue(failure(reader(0xFC, 0x12)).specText().startsWith("illegal opcode fc 12"));
        assertTrue(failure(reader(0xFD, 0x9A, 0x01)).specText().startsWith("illegal opcode fd 9a"));
        // 0xFC with sub 0x1000 must not be mistaken for 0xFD000 (v128.load).
        assertTrue(failure(reader(0xFC, 0x80, 0x20, 0x00, 0x00)).specText().startsWith("illegal opcode fc 1000"));
    }

    @Test
    void rejectsBadLebs() {
        assertEquals("integer representation too long",
                failure(reader(0x20, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00)).specText());
        assertEquals("integer too large", failure(reader(0x20, 0x80, 0x80, 0x80, 0x80, 0x10)).specText());
        assertEquals("integer too large", failure(reader(0x41, 0x80, 0x80, 0x80, 0x80, 0x08)).specText());
        assertEquals("integer too large", failure(reader(0x42, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
                0x80, 0x02)).specText());
        // Sign bits all set in the last byte are fine: this is i32.const -2^31.
        CodeReader ok = reader(0x41, 0x80, 0x80, 0x80, 0x80, 0x78);
        assertEquals(Integer.MIN_VALUE, assertDoesNotThrowNext(ok).i32());
    }

    private static CodeReader assertDoesNotThrowNext(CodeReader r) {
        try {
            r.next();
        } catch (ModuleException e) {
            throw new AssertionError(e);
        }
        return r;
    }

    @Test
    void rejectsNonZeroReservedBytes() {
        ModuleException e = failure(reader(0x3F, 0x01));
        assertEquals("zero byte expected", e.specText());
        assertEquals(2, e.offset());
        assertEquals("zero byte expected", failure(reader(0xFC, 0x0A, 0x00, 0x01)).specText());
    }

    @Test
    void requiresDataCountForMemoryInitAndDataDrop() {
        assertEquals("data count section required", failure(reader(false, 0xFC, 0x09, 0x00)).specText());
        assertEquals("data count section required",
                failure(reader(false, 0xFC, 0x08, 0x00, 0x00)).specText());
    }

    @Test
    void stopsAtTheEndOfItsRange() {
        assertEquals("unexpected end of section or function", failure(reader(0x41, 0x80)).specText());
        assertEquals("unexpected end of section or function", failure(reader(0x44, 0, 0, 0)).specText());
        assertEquals("unexpected end of section or function", failure(reader(0x02)).specText());
    }

    @Test
    void refusesVectorsLongerThanTheBytesLeft() {
        assertEquals("length out of bounds",
                failure(reader(0x0E, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x00)).specText());
        assertEquals("length out of bounds", failure(reader(0x1C, 0x05, 0x7F)).specText());
    }

    @Test
    void rejectsMalformedTypes() {
        assertEquals("malformed reference type", failure(reader(0xD0, 0x7F)).specText());
        assertEquals("malformed value type", failure(reader(0x02, 0x41, 0x0B)).specText());
        assertEquals("malformed value type", failure(reader(0x1C, 0x01, 0x40)).specText());
    }
}
