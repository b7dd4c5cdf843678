package dev.tandem.spec.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecScriptReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    @Test
    void readsCommandsWithTheirLinesAndValuesAsWritten() throws IOException {
        Path file = write("w.json", """
                {"source_filename": "../wast/w.wast", "commands": [
                  {"type": "module", "line": 1, "name": "$m", "filename": "w.0.wasm"},
                  {"type": "assert_return", "line": 5,
                   "action": {"type": "invoke", "module": "$m", "field": "f",
                              "args": [{"type": "i32", "value": "4294967295"}]},
                   "expected": [{"type": "v128", "lane_type": "f32",
                                 "value": ["nan:canonical", "0", "1", "2143289344"]}]},
                  {"type": "assert_malformed", "line": 9, "filename": "w.1.wat", "text": "unexpected token",
                   "module_type": "text"}]}""");
        SpecScript script = SpecScriptReader.read(file);
        assertEquals("w.json", script.name());
        assertEquals(dir.resolve("../wast/w.wast").normalize(), script.source());
        assertEquals(List.of(
                new Command.DefineModule(1, "$m", "w.0.wasm"),
                new Command.AssertReturn(5,
                        new Action(Action.Kind.INVOKE, "$m", "f", List.of(new Value("i32", null, List.of("4294967295")))),
                        List.of(new Value("v128", "f32", List.of("nan:canonical", "0", "1", "2143289344")))),
                new Command.AssertModule(9, Command.Rejection.MALFORMED, "w.1.wat", "unexpected token", true)),
                script.commands());
        assertEquals(dir.resolve("w.0.wasm"), script.resolve("w.0.wasm"));
    }

    @Test
    void aValueWithoutTextNamesFileAndLine() throws IOException {
        Path file = write("y.json", """
                {"commands": [{"type": "assert_return", "line": 12,
                  "action": {"type": "invoke", "field": "f", "args": [{"type": "i32"}]},
                  "expected": []}]}""");
        var e = assertThrows(SpecFormatException.class, () -> SpecScriptReader.read(file));
        assertEquals("y.json:12: i32 value has no \"value\"", e.getMessage());
    }

    @Test
    void notJsonIsAFormatErrorNamingTheFile() throws IOException {
        Path file = write("broken.json", "{\"commands\": [");
        var e = assertThrows(SpecFormatException.class, () -> SpecScriptReader.read(file));
        assertEquals(true, e.getMessage().startsWith("broken.json: not JSON: "), e.getMessage());
    }

    @Test
    void jsonWithoutCommandsIsRefused() throws IOException {
        Path file = write("other.json", "{\"name\": \"x\"}");
        var e = assertThrows(SpecFormatException.class, () -> SpecScriptReader.read(file));
        assertEquals("other.json: no \"commands\" array (is this wast2json output?)", e.getMessage());
    }

    @Test
    void unknownCommandNamesFileAndLine() throws IOException {
        Path file = write("x.json", "{\"commands\": [{\"type\": \"assert_something\", \"line\": 7}]}");
        var e = assertThrows(SpecFormatException.class, () -> SpecScriptReader.read(file));
        assertEquals("x.json:7: unknown command type \"assert_something\"", e.getMessage());
    }

    @Test
    void missingFieldIsNamed() throws IOException {
        Path file = write("z.json", "{\"commands\": [{\"type\": \"module\", \"line\": 3}]}");
        var e = assertThrows(SpecFormatException.class, () -> SpecScriptReader.read(file));
        assertEquals("z.json:3: command has no \"filename\"", e.getMessage());
    }
}
