package dev.tandem.wasm.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.spec.junit.SpecSuiteTests;
import dev.tandem.spec.script.Command;
import dev.tandem.spec.script.SpecModule;
import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.Wasm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
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

    @TestFactory
    Stream<DynamicNode> assertInvalidModulesAreRejected() throws IOException {
        Map<String, Expectation> exceptions = exceptions();
        return SpecSuiteTests.forScripts(scripts -> {
            List<SpecModule> commands = SpecModule.of(scripts)
                    .filter(c -> rejection(c) == Command.Rejection.INVALID && c.command().binary())
                    .toList();
            assertEquals(2144, commands.size(), "the suite's count of binary assert_invalid commands");
            return commands.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                Expectation expected = exceptions.getOrDefault(c.name(),
                        new Expectation(ModuleException.Kind.INVALID, c.text()));
                byte[] bytes = c.bytes();
                ModuleException e = assertThrows(ModuleException.class, () -> Wasm.load(bytes),
                        "expected " + expected.kind() + ": " + expected.text());
                assertEquals(expected.kind(), e.kind(), e.getMessage());
                assertTrue(e.getMessage().contains(expected.text()),
                        () -> "expected \"" + expected.text() + "\", got \"" + e.getMessage() + "\"");
            }));
        });
    }

    /** The stage at which the module must fail, or null for a module to define. */
    private static Command.Rejection rejection(SpecModule module) {
        return module.command() instanceof Command.AssertModule a ? a.expect() : null;
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

    /** Modules that must validate: they fail, if at all, at link or instantiation time. */
    @TestFactory
    Stream<DynamicNode> validModulesValidate() {
        return SpecSuiteTests.forScripts(scripts -> {
            List<SpecModule> commands = SpecModule.of(scripts)
                    .filter(c -> (rejection(c) == null || rejection(c) == Command.Rejection.UNLINKABLE
                            || rejection(c) == Command.Rejection.UNINSTANTIABLE) && c.command().filename().endsWith(".wasm"))
                    .toList();
            assertEquals(1595 + 83 + 34, commands.size(), "the suite's count of modules expected to validate");
            return commands.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                ValidatedModule validated = Wasm.load(c.bytes());
                assertEquals(validated.module().codes().size(), validated.definedFunctionFacts().size());
                // Walks every body with the record cursor and checks the side table's targets.
                FunctionFactsDump.render(validated);
            }));
        });
    }
}
