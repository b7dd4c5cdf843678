package dev.tandem.conformance.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.spec.junit.SpecSuiteTests;
import dev.tandem.spec.script.Command;
import dev.tandem.spec.script.SpecScript;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkipListTest {

    private static final Command TEXT_MODULE = new Command.AssertModule(5, Command.Rejection.MALFORMED, "a.1.wat", "x", true);
    private static final Command BINARY_MODULE = new Command.AssertModule(5, Command.Rejection.MALFORMED, "a.1.wasm", "x", false);
    private static final Command MODULE_AT_9 = new Command.DefineModule(9, null, "a.0.wasm");

    @Test
    void entriesSkipByFileLineAndTier() {
        SkipList list = SkipList.parse("t.txt", """
                # comment
                a.json:9   truffle,aot   needs a bigger stack

                b.json:9   *             everywhere
                """);
        assertEquals(new Outcome.Skipped("needs a bigger stack", "t.txt:2", false), list.skip("aot", "a.json", MODULE_AT_9));
        assertNull(list.skip("validate", "a.json", MODULE_AT_9));
        assertNull(list.skip("truffle", "c.json", MODULE_AT_9));
        assertEquals(new Outcome.Skipped("everywhere", "t.txt:4", false), list.skip("validate", "b.json", MODULE_AT_9));
        assertEquals(2, list.entries().size());
    }

    @Test
    void textFormatRuleSkipsTextModulesOnly() {
        SkipList list = SkipList.parse("t.txt", "rule text-format * no .wat parser\n");
        assertEquals(new Outcome.Skipped("no .wat parser", "t.txt:1", true), list.skip("validate", "a.json", TEXT_MODULE));
        assertNull(list.skip("validate", "a.json", BINARY_MODULE));
        assertNull(list.skip("validate", "a.json", MODULE_AT_9));
    }

    @Test
    void withoutTheRuleTextModulesRun() {
        assertNull(SkipList.parse("t.txt", "").skip("validate", "a.json", TEXT_MODULE));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "a.json:9 truffle                 | t.txt:1: expected \"FILE.json:LINE TIERS REASON\"",
            "a.json truffle why               | t.txt:1: \"a.json\" is not FILE.json:LINE",
            "a.json:x truffle why             | t.txt:1: \"a.json:x\" is not FILE.json:LINE",
            "a.json:0 truffle why             | t.txt:1: \"a.json:0\" is not FILE.json:LINE",
            "rule text-format *               | t.txt:1: expected \"rule NAME TIERS REASON\"",
            "rule wat-files * no parser       | t.txt:1: unknown rule \"wat-files\" (known: [text-format])",
    })
    void malformedLinesAreRefusedWithTheirLine(String line, String message) {
        var e = assertThrows(IllegalArgumentException.class, () -> SkipList.parse("t.txt", line));
        assertEquals(message, e.getMessage());
    }

    @Test
    void builtInListParsesAndHasTheTextFormatRule() {
        SkipList list = SkipList.builtIn();
        assertEquals("text-format module: Tandem has no .wat parser", list.skip("validate", "a.json", TEXT_MODULE).reason());
    }

    /** An entry naming a line with no command would silently skip nothing: the list must stay in step with the suite. */
    @Test
    void everyBuiltInEntryNamesACommandOfTheSuite() {
        Set<String> commands = new HashSet<>();
        for (SpecScript script : SpecSuiteTests.scripts()) {
            script.commands().forEach(c -> commands.add(script.name() + ":" + c.line()));
        }
        List<String> stale = SkipList.builtIn().entries().stream()
                .filter(e -> e.rule() == null && !commands.contains(e.file() + ":" + e.line()))
                .map(e -> e.origin() + ": " + e.file() + ":" + e.line())
                .toList();
        assertEquals(List.of(), stale);
    }
}
