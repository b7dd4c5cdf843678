package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.DataSegment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.tandem.wasm.decode.ModuleBytes.bytes;
import static dev.tandem.wasm.decode.SectionReaders.assertMalformed;
import static dev.tandem.wasm.decode.SectionReaders.contents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataSectionDecoderTest {

    @Test
    void decodesTheThreeEncodings() throws ModuleException {
        ByteReader in = contents(bytes(0x03,
                0x00, 0x41, 0x08, 0x0B, 0x02, 0xAA, 0xBB,          // active, memory 0, offset 8
                0x01, 0x01, 0xCC,                                  // passive
                0x02, 0x01, 0x41, 0x00, 0x0B, 0x00));              // active, memory 1, empty
        List<DataSegment> data = DataSectionDecoder.decode(in);
        byte[] b = in.bytes();

        assertTrue(data.get(0).active());
        assertEquals(0, data.get(0).memoryIndex());
        assertEquals(0x41, b[data.get(0).offset().start()]);
        assertEquals(2, data.get(0).length());
        assertEquals((byte) 0xAA, b[data.get(0).start()]);

        assertFalse(data.get(1).active());
        assertNull(data.get(1).offset());
        assertEquals((byte) 0xCC, b[data.get(1).start()]);

        assertTrue(data.get(2).active());
        assertEquals(1, data.get(2).memoryIndex());
        assertEquals(0, data.get(2).length());
    }

    @Test
    void badFlagsAndCutOffBytesAreMalformed() {
        assertMalformed("malformed data segment kind", () -> DataSectionDecoder.decode(contents(bytes(0x01, 0x03))));
        assertMalformed(ByteReader.UNEXPECTED_END,
                () -> DataSectionDecoder.decode(contents(bytes(0x01, 0x01, 0x03, 0xAA, 0xBB))));
        assertMalformed("length out of bounds",
                () -> DataSectionDecoder.decode(contents(bytes(0x01, 0x01, 0x09, 0xAA, 0xBB))));
    }
}
