package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.Module;
import dev.tandem.wasm.model.Names;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.tandem.wasm.decode.ModuleBytes.bytes;
import static dev.tandem.wasm.decode.ModuleBytes.concat;
import static dev.tandem.wasm.decode.ModuleBytes.emptyBodies;
import static dev.tandem.wasm.decode.ModuleBytes.functions;
import static dev.tandem.wasm.decode.ModuleBytes.module;
import static dev.tandem.wasm.decode.ModuleBytes.name;
import static dev.tandem.wasm.decode.ModuleBytes.oneVoidType;
import static dev.tandem.wasm.decode.ModuleBytes.rawName;
import static dev.tandem.wasm.decode.ModuleBytes.section;
import static dev.tandem.wasm.decode.ModuleBytes.u32;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class NameSectionDecoderTest {

    private static byte[] subsection(int id, byte[]... contents) {
        byte[] body = concat(contents);
        return concat(bytes(id), u32(body.length), body);
    }

    private static Module withNameSection(byte[]... subsections) throws ModuleException {
        return ModuleDecoder.decode(module(oneVoidType(), functions(2), emptyBodies(2),
                section(0, name("name"), concat(subsections))));
    }

    private static final byte[] MODULE_NAME = subsection(0, name("demo"));
    private static final byte[] FUNCTION_NAMES = subsection(1, bytes(0x02), bytes(0x00), name("start"),
            bytes(0x01), name("\u03bb"));
    private static final byte[] LOCAL_NAMES = subsection(2, bytes(0x01), bytes(0x01),
            bytes(0x02), bytes(0x00), name("x"), bytes(0x03), name("y"));

    @Test
    void parsesModuleFunctionAndLocalNames() throws ModuleException {
        Names names = withNameSection(MODULE_NAME, FUNCTION_NAMES, LOCAL_NAMES).names();
        assertEquals("demo", names.moduleName());
        assertEquals(Map.of(0, "start", 1, "\u03bb"), names.functionNames());
        assertEquals("start", names.functionName(0));
        assertEquals(Map.of(1, Map.of(0, "x", 3, "y")), names.localNames());
    }

    @Test
    void partsMayBeMissingAndUnknownSubsectionsAreSkipped() throws ModuleException {
        Names names = withNameSection(FUNCTION_NAMES, subsection(7, bytes(0x01, 0x02, 0x03))).names();
        assertNull(names.moduleName());
        assertEquals("start", names.functionName(0));
        assertEquals(Map.of(), names.localNames());
    }

    @Test
    void aMalformedNameSectionIsKeptButYieldsNoNames() throws ModuleException {
        byte[][][] broken = {
            {subsection(1, bytes(0x01), bytes(0x00), rawName(0xC0, 0x80))},     // bad UTF-8 in a function name
            {MODULE_NAME, bytes(0x01, 0x7F)},                                   // subsection size past the end
            {FUNCTION_NAMES, MODULE_NAME},                                      // out of order
            {FUNCTION_NAMES, FUNCTION_NAMES},                                   // duplicated
            {subsection(0, name("demo"), bytes(0x00))},                         // trailing byte in a subsection
            {subsection(1, bytes(0x02), bytes(0x00), name("a"), bytes(0x00), name("b"))},  // index named twice
        };
        for (byte[][] subsections : broken) {
            Module m = withNameSection(subsections);
            assertSame(Names.EMPTY, m.names());
            assertEquals("name", m.customSections().get(0).name());
        }
    }
}
