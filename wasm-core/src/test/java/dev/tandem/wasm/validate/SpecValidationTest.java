package dev.tandem.wasm.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.Wasm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The validator against the spec suite: every binary {@code assert_invalid} module is rejected as
 * invalid with the expected text in the message, and every module the suite expects to get past
 * validation (plain modules, and those of {@code assert_unlinkable} and
 * {@code assert_uninstantiable}, which fail only later) validates, with side tables that a
 * tier's record cursor can follow.
 */
class SpecValidationTest {

    /** Commands whose module must validate: they fail, if at all, at link or instantiation time. */
    private static final Set<String> VALID_MODULE_COMMANDS = Set.of("module", "assert_unlinkable",
            "assert_uninstantiable");

    @TestFactory
    Stream<DynamicTest> assertInvalidModulesAreRejected() throws IOException {
        SpecSuite suite = SpecSuite.locate();
        List<SpecSuite.Command> commands = suite.commands().stream()
                .filter(c -> c.type().equals("assert_invalid") && "binary".equals(c.moduleType()))
                .toList();
        assertEquals(2144, commands.size(), "the suite's count of binary assert_invalid commands");
        Map<String, Expectation> exceptions = exceptions();
        return commands.stream().map(c -> DynamicTest.dynamicTest(c.displayName(), () -> {
            Expectation expected = exceptions.getOrDefault(c.displayName(),
                    new Expectation(ModuleException.Kind.INVALID, c.text()));
            byte[] bytes = suite.read(c.filename());
            ModuleException e = assertThrows(ModuleException.class, () -> Wasm.load(bytes),
                    "expected " + expected.kind() + ": " + expected.text());
            assertEquals(expected.kind(), e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains(expected.text()),
                    () -> "expected \"" + expected.text() + "\", got \"" + e.getMessage() + "\"");
        }));
    }

    private record Expectation(ModuleException.Kind kind, String text) {
    }

    /** The checked-in list of assert_invalid commands whose binary fails differently, with reasons. */
    private static Map<String, Expectation> exceptions() throws IOException {
        Map<String, Expectation> exceptions = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SpecValidationTest.class.getResourceAsStream("/validate/assert-invalid-exceptions.txt"),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|");
                exceptions.put(fields[0].trim(),
                        new Expectation(ModuleException.Kind.valueOf(fields[1].trim()), fields[2].trim()));
            }
        }
        return exceptions;
    }

    @TestFactory
    Stream<DynamicTest> validModulesValidate() {
        SpecSuite suite = SpecSuite.locate();
        List<SpecSuite.Command> commands = suite.commands().stream()
                .filter(c -> VALID_MODULE_COMMANDS.contains(c.type()) && c.filename() != null
                        && c.filename().endsWith(".wasm"))
                .toList();
        assertEquals(1595 + 83 + 34, commands.size(), "the suite's count of modules expected to validate");
        return commands.stream().map(c -> DynamicTest.dynamicTest(c.displayName(), () -> {
            ValidatedModule validated = Wasm.load(suite.read(c.filename()));
            assertEquals(validated.module().codes().size(), validated.definedFunctionFacts().size());
            // Walks every body with the record cursor and checks the side table's targets.
            FunctionFactsDump.render(validated);
        }));
    }
}
