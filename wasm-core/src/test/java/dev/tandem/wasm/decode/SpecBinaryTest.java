package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
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

    /** Commands whose module must decode: valid ones, and those that fail only later (validation, linking, running). */
    private static final Set<String> WELL_FORMED = Set.of(
            "module", "assert_invalid", "assert_unlinkable", "assert_uninstantiable", "assert_trap", "assert_exhaustion");

    @TestFactory
    Stream<DynamicTest> malformedBinariesAreRejected() {
        return SpecSuite.dynamicTests(commands -> commands
                .filter(c -> c.type().equals("assert_malformed") && c.isBinaryModule())
                .map(c -> DynamicTest.dynamicTest(c.testName(), () -> {
                    ModuleException e = assertThrows(ModuleException.class, () -> ModuleDecoder.decode(c.bytes()),
                            "expected \"" + c.text() + "\"");
                    assertEquals(ModuleException.Kind.MALFORMED, e.kind());
                    assertTrue(e.getMessage().contains(c.text()),
                            () -> "expected \"" + c.text() + "\", got \"" + e.getMessage() + "\"");
                })));
    }

    @TestFactory
    Stream<DynamicTest> wellFormedBinariesDecode() throws IOException {
        Map<String, String> exceptions = malformedExceptions();
        return SpecSuite.dynamicTests(commands -> commands
                .filter(c -> WELL_FORMED.contains(c.type()) && c.isBinaryModule())
                .map(c -> DynamicTest.dynamicTest(c.testName() + " (" + c.type() + ")", () -> {
                    String malformed = exceptions.get(c.testName());
                    if (malformed == null) {
                        assertDoesNotThrow(() -> ModuleDecoder.decode(c.bytes()));
                    } else {
                        ModuleException e = assertThrows(ModuleException.class, () -> ModuleDecoder.decode(c.bytes()));
                        assertEquals(malformed, e.specText());
                    }
                })));
    }

    @TestFactory
    Stream<DynamicTest> everyListedExceptionIsInTheSuite() throws IOException {
        Set<String> listed = malformedExceptions().keySet();
        return SpecSuite.dynamicTests(commands -> {
            Set<String> names = commands.map(SpecSuite.Command::testName).collect(Collectors.toSet());
            return listed.stream().map(name -> DynamicTest.dynamicTest(name,
                    () -> assertTrue(names.contains(name), name + " is listed but not in the suite")));
        });
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
