package dev.tandem.wasm.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Checks the numeric package against the official spec suite: every {@code assert_return} and
 * {@code assert_trap} whose function is straight-line numeric code (see
 * {@link StraightLineEvaluator}) becomes one dynamic test, named by file and line. Which
 * assertions qualify is pinned per file in {@code numeric/spec-coverage.txt}, so a change that
 * silently stops checking a file fails too.
 */
class SpecNumericTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Case(String name, Set<String> instructions, Executable check) {
    }

    /** Cases per spec file, in file-name order; computed once for both tests. */
    private static final class Scan {
        static final Map<String, List<Case>> CASES = scan();
    }

    @TestFactory
    Stream<DynamicContainer> straightLineAssertionsOfTheSpecSuite() {
        return Scan.CASES.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> DynamicContainer.dynamicContainer(e.getKey(),
                        e.getValue().stream().map(c -> DynamicTest.dynamicTest(c.name(), c.check()))));
    }

    @Test
    void coverageMatchesTheGoldenFile() throws IOException {
        String actual = Scan.CASES.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + " " + e.getValue().size())
                .collect(Collectors.joining("\n"));
        String expected;
        try (InputStream in = SpecNumericTest.class.getResourceAsStream("/numeric/spec-coverage.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .collect(Collectors.joining("\n"));
        }
        assertEquals(expected, actual, "assertions checked per spec file (numeric/spec-coverage.txt)");
    }

    /**
     * Every instruction of the table is called by some spec assertion, so no method goes unchecked
     * by the suite's own expectations (the edge-case files add to this, they do not replace it).
     */
    @Test
    void everyInstructionIsCheckedBySomeSpecAssertion() {
        Set<String> checked = new TreeSet<>();
        Scan.CASES.values().forEach(cases -> cases.forEach(c -> checked.addAll(c.instructions())));
        List<String> unchecked = InstructionTable.instance().all().stream()
                .map(InstructionTable.Instruction::name)
                .filter(name -> !checked.contains(name))
                .toList();
        assertEquals(List.of(), unchecked);
    }

    private static Map<String, List<Case>> scan() {
        Path dir = SpecSuite.jsonDir();
        Map<String, List<Case>> cases = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                cases.put(json.getFileName().toString(), scanFile(json));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static List<Case> scanFile(Path json) throws IOException {
        String file = json.getFileName().toString();
        InstructionTable table = InstructionTable.instance();
        Map<String, Map<String, Optional<StraightLineEvaluator>>> named = new HashMap<>();
        Map<String, Optional<StraightLineEvaluator>> current = Map.of();
        List<Case> cases = new ArrayList<>();
        for (JsonNode command : JSON.readTree(json.toFile()).get("commands")) {
            String type = command.get("type").asText();
            if (type.equals("module")) {
                current = compileExports(json.resolveSibling(command.get("filename").asText()), table);
                if (command.has("name")) {
                    named.put(command.get("name").asText(), current);
                }
                continue;
            }
            if (!type.equals("assert_return") && !type.equals("assert_trap")) {
                continue;
            }
            JsonNode action = command.get("action");
            if (!action.get("type").asText().equals("invoke")) {
                continue;
            }
            var module = action.has("module") ? named.get(action.get("module").asText()) : current;
            Optional<StraightLineEvaluator> evaluator = module.getOrDefault(action.get("field").asText(), Optional.empty());
            List<Object> args = new ArrayList<>();
            action.get("args").forEach(a -> args.add(SpecValues.parse(a)));
            boolean numeric = !args.contains(null);
            for (JsonNode e : command.path("expected")) {
                numeric &= SpecValues.isNumeric(e);
            }
            if (evaluator.isPresent() && numeric) {
                String name = file + ":" + command.get("line").asInt() + " " + action.get("field").asText();
                cases.add(new Case(name, evaluator.get().instructions(), type.equals("assert_return")
                        ? () -> checkReturn(name, evaluator.get(), args, command.get("expected"))
                        : () -> checkTrap(evaluator.get(), args, command.get("text").asText())));
            }
        }
        return cases;
    }

    private static Map<String, Optional<StraightLineEvaluator>> compileExports(Path wasm, InstructionTable table) throws IOException {
        Map<String, Optional<StraightLineEvaluator>> exports = new HashMap<>();
        SpecBinary.exportedFunctions(Files.readAllBytes(wasm))
                .forEach((name, function) -> exports.put(name, StraightLineEvaluator.compile(function, table)));
        return exports;
    }

    private static void checkReturn(String name, StraightLineEvaluator evaluator, List<Object> args, JsonNode expected) {
        List<Object> results = evaluator.run(args);
        assertEquals(expected.size(), results.size(), "result count");
        for (int i = 0; i < results.size(); i++) {
            String mismatch = SpecValues.mismatch(expected.get(i), results.get(i));
            if (mismatch != null) {
                fail(name + args.stream().map(SpecValues::show).collect(Collectors.joining(", ", "(", ")"))
                        + ": result " + i + ": " + mismatch);
            }
        }
    }

    private static void checkTrap(StraightLineEvaluator evaluator, List<Object> args, String text) {
        WasmTrap trap = assertThrows(WasmTrap.class, () -> evaluator.run(args));
        assertEquals(TrapKind.forSpecText(text), trap.kind());
        assertEquals(text, trap.getMessage());
    }
}
