package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.FunctionBody;
import dev.tandem.wasm.model.LocalTypes;
import dev.tandem.wasm.model.Module;
import dev.tandem.wasm.model.ValType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.tandem.wasm.decode.ModuleBytes.bytes;
import static dev.tandem.wasm.decode.ModuleBytes.concat;
import static dev.tandem.wasm.decode.ModuleBytes.functions;
import static dev.tandem.wasm.decode.ModuleBytes.module;
import static dev.tandem.wasm.decode.ModuleBytes.oneVoidType;
import static dev.tandem.wasm.decode.ModuleBytes.section;
import static dev.tandem.wasm.decode.ModuleBytes.u32;
import static dev.tandem.wasm.decode.SectionReaders.assertMalformed;
import static dev.tandem.wasm.decode.SectionReaders.contents;
import static dev.tandem.wasm.model.ValType.F32;
import static dev.tandem.wasm.model.ValType.I32;
import static dev.tandem.wasm.model.ValType.I64;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeSectionDecoderTest {

    /** A code section's contents with one body: size, then {@code body}. */
    private static ByteReader oneBody(int... body) {
        return contents(bytes(0x01), u32(body.length), bytes(body));
    }

    private static List<FunctionBody> decode(ByteReader in) throws ModuleException {
        return CodeSectionDecoder.decode(in, true);
    }

    @Test
    void localsAreExpandedAndTheCodeIsARange() throws ModuleException {
        ByteReader in = oneBody(0x03, 0x02, 0x7F, 0x00, 0x7E, 0x01, 0x7E, 0x41, 0x00, 0x1A, 0x0B);
        FunctionBody f = decode(in).get(0);
        assertEquals(List.of(I32, I32, I64), f.locals());
        assertEquals(1, f.bodyStart());
        assertEquals(9, f.codeStart());
        assertEquals(13, f.codeEnd());
        assertEquals(0x0B, f.bytes()[f.codeEnd() - 1]);
    }

    @Test
    void tooManyLocalsIsRefusedWithoutAllocating() {
        // 2^32-1 + 1 locals: over the spec's limit.
        ModuleException e = assertMalformed("too many locals",
                () -> decode(oneBody(0x02, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x7F, 0x01, 0x7D, 0x0B)));
        assertTrue(e.getMessage().contains("2^32-1"), e.getMessage());
        // 2^32-1 locals: the spec allows them, this implementation does not expand them.
        ModuleException limit = assertMalformed("too many locals",
                () -> decode(oneBody(0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x7F, 0x0B)));
        assertTrue(limit.getMessage().contains("allows " + CodeSectionDecoder.MAX_LOCALS), limit.getMessage());
    }

    @Test
    void theLocalsLimitIsInclusive() throws ModuleException {
        byte[] max = u32(CodeSectionDecoder.MAX_LOCALS);
        byte[] body = concat(bytes(0x02), max, bytes(0x7D), bytes(0x00, 0x7F), bytes(0x0B));
        FunctionBody f = decode(contents(bytes(0x01), u32(body.length), body)).get(0);
        assertEquals(CodeSectionDecoder.MAX_LOCALS, f.locals().size());
        assertEquals(F32, f.locals().get(CodeSectionDecoder.MAX_LOCALS - 1));
        byte[] over = concat(bytes(0x02), max, bytes(0x7D), bytes(0x01, 0x7F), bytes(0x0B));
        assertMalformed("too many locals", () -> decode(contents(bytes(0x01), u32(over.length), over)));
    }

    @Test
    void localsListHasOneEntryPerLocalAcrossRuns() throws ModuleException {
        List<ValType> locals = decode(oneBody(0x04, 0x02, 0x7F, 0x00, 0x7C, 0x01, 0x7E, 0x03, 0x7D, 0x0B)).get(0).locals();
        assertEquals(List.of(I32, I32, I64, F32, F32, F32), locals);
        assertEquals(List.of(I32, I32, I64, F32, F32, F32).hashCode(), locals.hashCode());
        assertThrows(IndexOutOfBoundsException.class, () -> locals.get(6));
        assertThrows(UnsupportedOperationException.class, () -> locals.set(0, I64));
        LocalTypes runs = (LocalTypes) locals;
        assertEquals(3, runs.runCount(), "the zero-count f64 run is dropped");
        assertEquals(3, runs.runLength(2));
        assertEquals(F32, runs.runType(2));
    }

    @Test
    void manyBodiesWithManyLocalsStayProportionalToTheInput() throws ModuleException {
        // 20,000 bodies of 7 bytes, each declaring 50,000 locals: a billion locals if expanded
        // (gigabytes), a few megabytes as runs.
        int n = 20_000;
        byte[] body = concat(bytes(0x06, 0x01), u32(CodeSectionDecoder.MAX_LOCALS), bytes(0x7F, 0x0B));
        byte[][] bodies = new byte[n][];
        java.util.Arrays.fill(bodies, body);
        Module m = ModuleDecoder.decode(module(oneVoidType(), functions(n), section(10, u32(n), concat(bodies))));
        assertEquals(n, m.codes().size());
        assertEquals(CodeSectionDecoder.MAX_LOCALS, m.codes().get(n - 1).locals().size());
        assertEquals(I32, m.codes().get(n - 1).locals().get(CodeSectionDecoder.MAX_LOCALS - 1));
    }

    @Test
    void aBodyMustEndWithEndExactlyAtItsSize() {
        // Declared one byte longer than its code: the code ends, one byte is left over.
        assertMalformed("section size mismatch", () -> decode(oneBody(0x00, 0x0B, 0x01)));
        // No final end, nothing after: cut off.
        assertMalformed(ByteReader.UNEXPECTED_END, () -> decode(oneBody(0x00, 0x41, 0x01, 0x1A)));
        // No final end, and the next byte is an end: read as the body's end, past its size.
        assertMalformed("section size mismatch", () -> decode(contents(bytes(0x01, 0x04, 0x00, 0x41, 0x01, 0x1A, 0x0B))));
    }

    @Test
    void elseOnlyInsideIf() throws ModuleException {
        decode(oneBody(0x00, 0x41, 0x01, 0x04, 0x40, 0x05, 0x0B, 0x0B));
        assertMalformed("END opcode expected", () -> decode(oneBody(0x00, 0x02, 0x40, 0x05, 0x0B, 0x0B)));
        assertMalformed("END opcode expected", () -> decode(oneBody(0x00, 0x41, 0x01, 0x04, 0x40, 0x05, 0x05, 0x0B, 0x0B)));
        assertMalformed("END opcode expected", () -> decode(oneBody(0x00, 0x05, 0x0B)));
        // An if's else does not carry over to a later block at the same depth.
        assertMalformed("END opcode expected",
                () -> decode(oneBody(0x00, 0x41, 0x01, 0x04, 0x40, 0x0B, 0x02, 0x40, 0x05, 0x0B, 0x0B)));
    }

    @Test
    void instructionErrorsNameTheFunction() {
        ModuleException e = assertMalformed("zero byte expected", () -> decode(oneBody(0x00, 0x3F, 0x01, 0x1A, 0x0B)));
        assertEquals("zero byte expected: function body 0 (at byte 0x4)", e.getMessage());
    }

    @Test
    void memoryInitAndDataDropNeedADataCountSection() throws ModuleException {
        byte[] memory = section(5, bytes(0x01, 0x00, 0x01));
        byte[] dataDrop = section(10, bytes(0x01, 0x05, 0x00, 0xFC, 0x09, 0x00, 0x0B));
        byte[] data = section(11, bytes(0x01, 0x01, 0x00));
        ModuleDecoderTest.assertMalformed("data count section required",
                module(oneVoidType(), functions(1), memory, dataDrop, data));
        ModuleDecoder.decode(module(oneVoidType(), functions(1), memory, section(12, bytes(0x01)), dataDrop, data));
    }
}
