package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static dev.tandem.wasm.decode.ModuleBytes.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ByteReaderTest {

    private static ByteReader reader(int... b) {
        byte[] bytes = bytes(b);
        return new ByteReader(bytes, 0, bytes.length);
    }

    private static void assertMalformed(String specText, long offset, Executable read) {
        ModuleException e = assertThrows(ModuleException.class, read);
        assertEquals(ModuleException.Kind.MALFORMED, e.kind());
        assertEquals(specText, e.specText(), e.getMessage());
        assertEquals(offset, e.offset(), e.getMessage());
    }

    @Test
    void u32ReadsMinimalAndNonMinimalEncodings() throws ModuleException {
        assertEquals(0, reader(0x00).u32());
        assertEquals(624485, reader(0xE5, 0x8E, 0x26).u32());
        assertEquals(-1, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x0F).u32(), "2^32-1 in an int's bits");
        assertEquals(2, reader(0x82, 0x80, 0x80, 0x80, 0x00).u32(), "padding to 5 bytes is allowed");
        assertEquals(0xFFFF_FFFFL, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x0F).u32Long());
    }

    @Test
    void u32WithMoreThanFiveBytesIsTooLong() {
        assertMalformed("integer representation too long", 0, () -> reader(0x82, 0x80, 0x80, 0x80, 0x80, 0x00).u32());
    }

    @Test
    void u32WithHighBitsSetInTheFifthByteIsTooLarge() {
        assertMalformed("integer too large", 0, () -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0x1F).u32());
        assertMalformed("integer too large", 0, () -> reader(0x82, 0x80, 0x80, 0x80, 0x70).u32());
        assertMalformed("integer too large", 0, () -> reader(0x82, 0x80, 0x80, 0x80, 0x40).u32());
    }

    @Test
    void s32SignExtendsAndChecksTheUnusedBits() throws ModuleException {
        assertEquals(-1, reader(0x7F).s32());
        assertEquals(-128, reader(0x80, 0x7F).s32());
        assertEquals(Integer.MAX_VALUE, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x07).s32());
        assertEquals(Integer.MIN_VALUE, reader(0x80, 0x80, 0x80, 0x80, 0x78).s32());
        assertEquals(-1, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x7F).s32(), "non-minimal -1");
        assertMalformed("integer too large", 0, () -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0x0F).s32());
        assertMalformed("integer too large", 0, () -> reader(0x80, 0x80, 0x80, 0x80, 0x70).s32());
        assertMalformed("integer representation too long", 0, () -> reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x00).s32());
    }

    @Test
    void s33CoversTheUnsigned32BitRange() throws ModuleException {
        assertEquals(0xFFFF_FFFFL, reader(0xFF, 0xFF, 0xFF, 0xFF, 0x0F).s33());
        assertEquals(-1, reader(0x7F).s33());
        assertEquals(-(1L << 32), reader(0x80, 0x80, 0x80, 0x80, 0x70).s33());
        assertMalformed("integer too large", 0, () -> reader(0x80, 0x80, 0x80, 0x80, 0x10).s33());
        assertMalformed("integer representation too long", 0, () -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F).s33());
    }

    @Test
    void s64TakesUpToTenBytes() throws ModuleException {
        assertEquals(-1, reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F).s64());
        assertEquals(0, reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00).s64());
        assertEquals(Long.MIN_VALUE, reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F).s64());
        assertEquals(Long.MAX_VALUE, reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00).s64());
        assertMalformed("integer too large", 0,
                () -> reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01).s64());
        assertMalformed("integer too large", 0,
                () -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x41).s64());
        assertMalformed("integer representation too long", 0,
                () -> reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00).s64());
    }

    @Test
    void u1IsTheLimitsFlag() throws ModuleException {
        assertEquals(0, reader(0x00).u1());
        assertEquals(1, reader(0x01).u1());
        assertMalformed("integer too large", 0, () -> reader(0x02).u1());
        assertMalformed("integer representation too long", 0, () -> reader(0x81, 0x00).u1());
    }

    @Test
    void endOfInputInsideALeb128IsUnexpectedEnd() {
        assertMalformed(ByteReader.UNEXPECTED_END, 2, () -> reader(0x80, 0x80).u32());
        assertMalformed(ByteReader.UNEXPECTED_END, 0, () -> reader().u8());
    }

    @Test
    void floatsAreLittleEndianBits() throws ModuleException {
        assertEquals(Float.floatToRawIntBits(1.0f), reader(0x00, 0x00, 0x80, 0x3F).f32Bits());
        assertEquals(Double.doubleToRawLongBits(-2.5), reader(0, 0, 0, 0, 0, 0, 0x04, 0xC0).f64Bits());
        assertMalformed(ByteReader.UNEXPECTED_END, 3, () -> reader(0x00, 0x00, 0x80).f32Bits());
    }

    @Test
    void lengthBeyondTheBytesLeftIsRejectedBeforeAnythingIsAllocated() throws ModuleException {
        assertEquals(2, reader(0x02, 0xAA, 0xBB).length("test"));
        assertMalformed("length out of bounds", 0, () -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0, 0, 0, 0, 0).length("count"));
        ByteReader in = reader(0x00, 0x04, 0x00, 0x00);
        in.length("first");
        assertMalformed("length out of bounds", 1, () -> in.length("second"));
    }

    @Test
    void lengthCountsTheBytesLeftFromItsOwnFirstByte() throws ModuleException {
        // As the reference interpreter does: 3 bytes from the length field on, so a length of 3 passes
        // this check (and then the content is cut off: "unexpected end", as the suite expects).
        assertEquals(3, reader(0x03, 0xAA, 0xBB).length("test"));
        assertMalformed("length out of bounds", 0, () -> reader(0x04, 0xAA, 0xBB).length("test"));
    }

    @Test
    void namesAreStrictUtf8() throws ModuleException {
        assertEquals("a\u00e9\u20ac\ud83d\ude00", reader(0x0A, 'a', 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80)
                .name("name"));
        assertMalformed("malformed UTF-8 encoding", 2, () -> reader(0x03, 'a', 0xC0, 0x80).name("name"));
        assertMalformed(ByteReader.UNEXPECTED_END, 2, () -> reader(0x02, 'a').name("name"));
    }

    @Test
    void errorsNameTheSectionAndEntry() {
        ByteReader in = reader(0x80);
        in.inSection(SectionId.FUNCTION);
        in.atEntry("function", 5);
        ModuleException e = assertThrows(ModuleException.class, in::u32);
        assertEquals(ByteReader.UNEXPECTED_END + ": section 3 (function): function 5: a u32 LEB128 lies past the end"
                + " of the input (at byte 0x1)", e.getMessage());
    }
}
