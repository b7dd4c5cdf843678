package dev.tandem.conformance.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.spec.script.Action;
import dev.tandem.spec.script.Command;
import dev.tandem.spec.script.SpecFormatException;
import dev.tandem.spec.script.SpecScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecScriptsTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryCommandKindWithItsLine() throws IOException {
        SpecScript script = SpecScripts.read(Path.of("src/test/resources/runner/script.json").toAbsolutePath());
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
    void badValueNamesFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("y.json"), """
                {"commands": [{"type": "assert_return", "line": 12,
                  "action": {"type": "invoke", "field": "f", "args": [{"type": "i32", "value": "x"}]},
                  "expected": []}]}""");
        var e = assertThrows(SpecFormatException.class, () -> SpecScripts.read(file));
        assertEquals("y.json:12: \"x\" is no 32-bit number", e.getMessage());
    }
}
