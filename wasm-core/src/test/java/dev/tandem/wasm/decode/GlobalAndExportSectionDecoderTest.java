package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.Export;
import dev.tandem.wasm.model.ExternKind;
import dev.tandem.wasm.model.Global;
import dev.tandem.wasm.model.GlobalType;
import dev.tandem.wasm.model.Limits;
import dev.tandem.wasm.model.MemoryType;
import dev.tandem.wasm.model.TableType;
import dev.tandem.wasm.model.ValType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.tandem.wasm.decode.ModuleBytes.bytes;
import static dev.tandem.wasm.decode.ModuleBytes.name;
import static dev.tandem.wasm.decode.SectionReaders.assertMalformed;
import static dev.tandem.wasm.decode.SectionReaders.contents;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The small sections: function, table, memory, global, export. */
class GlobalAndExportSectionDecoderTest {

    @Test
    void functionSectionListsTypeIndices() throws ModuleException {
        assertEquals(List.of(0, 3, 200), FunctionSectionDecoder.decode(contents(bytes(0x03, 0x00, 0x03, 0xC8, 0x01))));
    }

    @Test
    void tablesAndMemories() throws ModuleException {
        assertEquals(List.of(new TableType(ValType.FUNCREF, new Limits(0, Limits.NO_MAX)),
                        new TableType(ValType.EXTERNREF, new Limits(2, 3))),
                TableSectionDecoder.decode(contents(bytes(0x02, 0x70, 0x00, 0x00, 0x6F, 0x01, 0x02, 0x03))));
        assertEquals(List.of(new MemoryType(new Limits(1, 2))), MemorySectionDecoder.decode(contents(bytes(0x01, 0x01, 0x01, 0x02))));
    }

    @Test
    void globalsKeepTheirInitializerBytes() throws ModuleException {
        ByteReader in = contents(bytes(0x02, 0x7F, 0x00, 0x41, 0x2A, 0x0B, 0x7C, 0x01,
                0x44, 0, 0, 0, 0, 0, 0, 0xF0, 0x3F, 0x0B));
        List<Global> globals = GlobalSectionDecoder.decode(in);
        assertEquals(new GlobalType(ValType.I32, false), globals.get(0).type());
        assertEquals(3, globals.get(0).init().start());
        assertEquals(6, globals.get(0).init().end());
        assertEquals(new GlobalType(ValType.F64, true), globals.get(1).type());
        assertEquals(8, globals.get(1).init().start());
        assertEquals(18, globals.get(1).init().end());
        assertEquals(18, in.pos());
    }

    @Test
    void globalInitializerWithoutEndIsMalformed() {
        assertMalformed(ByteReader.UNEXPECTED_END, () -> GlobalSectionDecoder.decode(contents(bytes(0x01, 0x7F, 0x00, 0x41, 0x00))));
        // else at the top level of a constant expression: the expression wanted its end there
        assertMalformed("END opcode expected",
                () -> GlobalSectionDecoder.decode(contents(bytes(0x01, 0x7F, 0x00, 0x41, 0x00, 0x05, 0x0B))));
    }

    @Test
    void exportsOfEachKind() throws ModuleException {
        assertEquals(List.of(new Export("f", ExternKind.FUNCTION, 1), new Export("t", ExternKind.TABLE, 0),
                        new Export("m", ExternKind.MEMORY, 0), new Export("g", ExternKind.GLOBAL, 2)),
                ExportSectionDecoder.decode(contents(bytes(0x04), name("f"), bytes(0x00, 0x01), name("t"), bytes(0x01, 0x00),
                        name("m"), bytes(0x02, 0x00), name("g"), bytes(0x03, 0x02))));
        assertMalformed("malformed export kind", () -> ExportSectionDecoder.decode(contents(bytes(0x01), name("x"), bytes(0x04, 0x00))));
    }
}
