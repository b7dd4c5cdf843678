package dev.tandem.wasm.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tandem.spec.junit.SpecSuiteTests;
import dev.tandem.spec.script.Action;
import dev.tandem.spec.script.Command;
import dev.tandem.spec.script.SpecScript;
import dev.tandem.spec.script.Value;
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
import org.junit.jupiter.api.DynamicNode;
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

    private record Case(String name, Set<String> instructions, Executable check) {
    }

    /** Cases per spec file, in file-name order; computed once for all three tests. */
    private static Map<String, List<Case>> cases;

    /** The cases of the suite; the calling test is skipped, with the reason, when the suite is absent. */
    private static synchronized Map<String, List<Case>> cases() {
        if (cases == null) {
            cases = scan(SpecSuiteTests.scripts());
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicNode> straightLineAssertionsOfTheSpecSuite() {
        return SpecSuiteTests.forScripts(scripts -> cases().entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> DynamicContainer.dynamicContainer(e.getKey(),
                        e.getValue().stream().map(c -> DynamicTest.dynamicTest(c.name(), c.check())))));
    }

    @Test
    void coverageMatchesTheGoldenFile() throws IOException {
        String actual = cases().entrySet().stream()
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
        cases().values().forEach(cases -> cases.forEach(c -> checked.addAll(c.instructions())));
        List<String> unchecked = InstructionTable.instance().all().stream()
                .map(InstructionTable.Instruction::name)
                .filter(name -> !checked.contains(name))
                .toList();
        assertEquals(List.of(), unchecked);
    }

    private static Map<String, List<Case>> scan(List<SpecScript> scripts) {
        Map<String, List<Case>> cases = new TreeMap<>();
        try {
            for (SpecScript script : scripts) {
                cases.put(script.name(), scanFile(script));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static List<Case> scanFile(SpecScript script) throws IOException {
        String file = script.name();
        InstructionTable table = InstructionTable.instance();
        Map<String, Map<String, Optional<StraightLineEvaluator>>> named = new HashMap<>();
        Map<String, Optional<StraightLineEvaluator>> current = Map.of();
        List<Case> cases = new ArrayList<>();
        for (Command command : script.commands()) {
            if (command instanceof Command.DefineModule module) {
                current = compileExports(script.resolve(module.filename()), table);
                if (module.name() != null) {
                    named.put(module.name(), current);
                }
                continue;
            }
            Action action;
            List<Value> expected;
            String trapText;
            switch (command) {
                case Command.AssertReturn c -> {
                    action = c.action();
                    expected = c.expected();
                    trapText = null;
                }
                case Command.AssertTrap c -> {
                    action = c.action();
                    expected = List.of();
                    trapText = c.text();
                }
                default -> {
                    continue;
                }
            }
            if (action.kind() != Action.Kind.INVOKE) {
                continue;
            }
            var module = action.module() != null ? named.get(action.module()) : current;
            Optional<StraightLineEvaluator> evaluator = module.getOrDefault(action.field(), Optional.empty());
            List<Object> args = new ArrayList<>();
            action.args().forEach(a -> args.add(SpecValues.parse(a)));
            boolean numeric = !args.contains(null);
            for (Value e : expected) {
                numeric &= SpecValues.isNumeric(e);
            }
            if (evaluator.isPresent() && numeric) {
                String name = file + ":" + command.line() + " " + action.field();
                cases.add(new Case(name, evaluator.get().instructions(), trapText == null
                        ? () -> checkReturn(name, evaluator.get(), args, expected)
                        : () -> checkTrap(evaluator.get(), args, trapText)));
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

    private static void checkReturn(String name, StraightLineEvaluator evaluator, List<Object> args, List<Value> expected) {
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
