package dev.tandem.wasm.decode;

import dev.tandem.spec.junit.SpecSuiteTests;
import dev.tandem.spec.script.Command;
import dev.tandem.spec.script.SpecModule;
import dev.tandem.wasm.ModuleException;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The decoder against every binary module of the spec test suite. */
class SpecBinaryTest {

    @TestFactory
    Stream<DynamicNode> malformedBinariesAreRejected() {
        return SpecSuiteTests.forScripts(scripts -> SpecModule.of(scripts)
                .filter(c -> isMalformed(c) && c.command().binary())
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    ModuleException e = assertThrows(ModuleException.class, () -> ModuleDecoder.decode(c.bytes()),
                            "expected \"" + c.text() + "\"");
                    assertEquals(ModuleException.Kind.MALFORMED, e.kind());
                    assertTrue(e.getMessage().contains(c.text()),
                            () -> "expected \"" + c.text() + "\", got \"" + e.getMessage() + "\"");
                })));
    }

    /** Modules that must decode: valid ones, and those that fail only later (validation, linking, running). */
    @TestFactory
    Stream<DynamicNode> wellFormedBinariesDecode() throws IOException {
        Map<String, String> exceptions = malformedExceptions();
        return SpecSuiteTests.forScripts(scripts -> SpecModule.of(scripts)
                .filter(c -> !isMalformed(c) && c.command().binary())
                .map(c -> DynamicTest.dynamicTest(c.name() + " (" + c.type() + ")", () -> {
                    String malformed = exceptions.get(c.name());
                    if (malformed == null) {
                        assertDoesNotThrow(() -> ModuleDecoder.decode(c.bytes()));
                    } else {
                        ModuleException e = assertThrows(ModuleException.class, () -> ModuleDecoder.decode(c.bytes()));
                        assertEquals(malformed, e.specText());
                    }
                })));
    }

    @TestFactory
    Stream<DynamicNode> everyListedExceptionIsInTheSuite() throws IOException {
        Set<String> listed = malformedExceptions().keySet();
        return SpecSuiteTests.forScripts(scripts -> {
            Set<String> names = scripts.stream()
                    .flatMap(s -> s.commands().stream().map(c -> s.wastName() + ":" + c.line()))
                    .collect(Collectors.toSet());
            return listed.stream().map(name -> DynamicTest.dynamicTest(name,
                    () -> assertTrue(names.contains(name), name + " is listed but not in the suite")));
        });
    }

    private static boolean isMalformed(SpecModule module) {
        return module.command() instanceof Command.AssertModule a && a.expect() == Command.Rejection.MALFORMED;
    }

    /** The checked-in list of assert_invalid binaries that are malformed: test name to expected spec text. */
    private static Map<String, String> malformedExceptions() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                SpecBinaryTest.class.getResourceAsStream("/decode/malformed-assert-invalid.txt")), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                out.put(parts[0].trim(), parts[1].trim());
            }
        }
        return out;
    }
}
