package dev.tandem.conformance.script;

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
    void readsEveryCommandKindWithItsLine() throws IOException {
        SpecScript script = SpecScriptReader.read(Path.of(
                "src/test/resources/runner/script.json").toAbsolutePath());
        assertEquals("script.json", script.name());
        assertEquals(43, script.commands().size());
        assertEquals(new Command.DefineModule(33, "$named", "ok.6.mod"), script.commands().get(32));
        assertEquals(new Command.Register(34, "$named", "host"), script.commands().get(33));
        assertEquals(new Command.AssertModule(28, Command.Rejection.MALFORMED, "bad.1.wat", "unexpected token", true),
                script.commands().get(27));
        Command.AssertTrap trap = (Command.AssertTrap) script.commands().get(16);
        assertEquals(new Action(Action.Kind.INVOKE, null, "trap:integer divide by zero", List.of()), trap.action());
        assertEquals("integer divide by zero", trap.text());
        assertEquals(script.file().resolveSibling("script.wast"), script.source());
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
    void badValueNamesFileAndLine() throws IOException {
        Path file = write("y.json", """
                {"commands": [{"type": "assert_return", "line": 12,
                  "action": {"type": "invoke", "field": "f", "args": [{"type": "i32", "value": "x"}]},
                  "expected": []}]}""");
        var e = assertThrows(SpecFormatException.class, () -> SpecScriptReader.read(file));
        assertEquals("y.json:12: \"x\" is no 32-bit number", e.getMessage());
    }

    @Test
    void missingFieldIsNamed() throws IOException {
        Path file = write("z.json", "{\"commands\": [{\"type\": \"module\", \"line\": 3}]}");
        var e = assertThrows(SpecFormatException.class, () -> SpecScriptReader.read(file));
        assertEquals("z.json:3: command has no \"filename\"", e.getMessage());
    }
}
