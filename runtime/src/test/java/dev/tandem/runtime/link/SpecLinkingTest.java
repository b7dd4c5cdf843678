package dev.tandem.runtime.link;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.Instance;
import dev.tandem.runtime.LinkException;
import dev.tandem.runtime.spectest.Spectest;
import dev.tandem.runtime.testing.TestModules;
import dev.tandem.runtime.testing.TestTier;
import dev.tandem.wasm.model.Import;
import dev.tandem.wasm.numeric.WasmTrap;
import dev.tandem.wasm.validate.ValidatedModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The spec suite's linking and instantiation checks, with no tier: every script that has an
 * {@code assert_unlinkable} or {@code assert_uninstantiable} command, run in order through
 * {@link TestTier}. Tests: each {@code module} command (must instantiate), each
 * {@code assert_unlinkable} (must fail with a {@link LinkException} of the expected text) and each
 * {@code assert_uninstantiable} (must trap with the expected text). Named {@code file:line}.
 *
 * <p>Commands that run code ({@code invoke}, {@code assert_return}, ...) are not applicable here and
 * are passed over. A test whose module would need code run (a start function, or an import from a
 * module that needed one) is aborted with that reason, never passed; so is a test whose outcome
 * differs from the expected one after such a command was passed over, since the code could have
 * changed what the module links against (imports.wast grows a memory, then imports it).
 */
class SpecLinkingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Path specDir() {
        String dir = System.getProperty("tandem.spec.dir");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("TANDEM_SPEC_DIR");
        }
        if (dir == null || dir.isBlank()) {
            dir = "../../shared/spec/wasm-2.0/json";
        }
        return Paths.get(dir).toAbsolutePath().normalize();
    }

    @TestFactory
    Stream<DynamicNode> specScripts() throws IOException {
        Path dir = specDir();
        Assumptions.assumeTrue(Files.isDirectory(dir), "spec suite not found at " + dir
                + " (set -Dtandem.spec.dir or TANDEM_SPEC_DIR)");
        List<DynamicNode> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode script = JSON.readTree(file.toFile());
                if (hasLinkingAssertions(script)) {
                    scripts.add(DynamicContainer.dynamicContainer(file.getFileName().toString(),
                            new ScriptRun(dir, file.getFileName().toString(), script).tests()));
                }
            }
        }
        assertTrue(scripts.size() >= 5, "expected linking.json, imports.json, data.json, elem.json, start.json; found "
                + scripts.size() + " scripts in " + dir);
        return scripts.stream();
    }

    private static boolean hasLinkingAssertions(JsonNode script) {
        for (JsonNode command : script.get("commands")) {
            String type = command.get("type").asText();
            if (type.equals("assert_unlinkable") || type.equals("assert_uninstantiable")) {
                return true;
            }
        }
        return false;
    }

    /** The state of one script as its commands run in order. */
    private static final class ScriptRun {
        private final Path dir;
        private final String file;
        private final JsonNode script;
        private final Imports.Builder imports = Spectest.addTo(Imports.builder(), line -> { });
        private final Map<String, Instance> named = new HashMap<>();
        /** Names under which a module that could not be instantiated here would have been registered. */
        private final Set<String> unavailable = new HashSet<>();
        private Instance current;
        private String currentUnavailable;
        /** The line of the first command passed over that would have run code, or 0. */
        private int firstCodeSkipped;

        ScriptRun(Path dir, String file, JsonNode script) {
            this.dir = dir;
            this.file = file;
            this.script = script;
        }

        /** Tests run lazily but in order (JUnit runs a container's dynamic tests sequentially). */
        List<DynamicTest> tests() {
            List<DynamicTest> tests = new ArrayList<>();
            for (JsonNode command : script.get("commands")) {
                String name = file + ":" + command.get("line").asInt();
                switch (command.get("type").asText()) {
                    case "module" -> tests.add(DynamicTest.dynamicTest(name + " module", () -> module(command)));
                    case "register" -> tests.add(DynamicTest.dynamicTest(name + " register", () -> register(command)));
                    case "assert_unlinkable" -> tests.add(DynamicTest.dynamicTest(name + " assert_unlinkable",
                            () -> assertUnlinkable(command)));
                    case "assert_uninstantiable" -> tests.add(DynamicTest.dynamicTest(name + " assert_uninstantiable",
                            () -> assertUninstantiable(command)));
                    case "action", "assert_return", "assert_trap", "assert_exhaustion" -> tests.add(DynamicTest.dynamicTest(
                            name + " " + command.get("type").asText() + " (passed over)", () -> passOver(command)));
                    default -> {
                        // Checks decoding or validation only: not this test's business.
                    }
                }
            }
            return tests;
        }

        private ValidatedModule load(JsonNode command) throws IOException {
            return TestModules.load(Files.readAllBytes(dir.resolve(command.get("filename").asText())));
        }

        private void passOver(JsonNode command) {
            if (firstCodeSkipped == 0) {
                firstCodeSkipped = command.get("line").asInt();
            }
            Assumptions.abort("runs code: not applicable without a tier");
        }

        private void module(JsonNode command) throws Throwable {
            current = null;
            currentUnavailable = null;
            ValidatedModule module = load(command);
            String why = needsUnavailable(module);
            if (why == null) {
                try {
                    current = TestTier.runningNoCode().compile(module).instantiate(imports.build());
                } catch (TestTier.NoCode e) {
                    why = "instantiation runs code (start function) and this test has no tier";
                } catch (LinkException | RuntimeException e) {
                    currentUnavailable = "its instantiation failed: " + e.getMessage();
                    abortIfCodeSkipped(e.getMessage());
                    throw e;
                }
            }
            if (command.has("name") && current != null) {
                named.put(command.get("name").asText(), current);
            }
            currentUnavailable = why;
            Assumptions.assumeTrue(why == null, why);
        }

        private void register(JsonNode command) {
            String as = command.get("as").asText();
            Instance instance = command.has("name") ? named.get(command.get("name").asText()) : current;
            if (instance == null) {
                unavailable.add(as);
                Assumptions.abort("registers a module this test could not instantiate: "
                        + (currentUnavailable == null ? "unknown name" : currentUnavailable));
            }
            unavailable.remove(as);
            imports.register(as, instance);
        }

        private void assertUnlinkable(JsonNode command) throws IOException {
            String expected = command.get("text").asText();
            ValidatedModule module = load(command);
            abortIfNeedsUnavailable(module);
            expectFailure(expected, () -> TestTier.runningNoCode().compile(module).instantiate(imports.build()), LinkException.class);
        }

        private void assertUninstantiable(JsonNode command) throws IOException {
            String expected = command.get("text").asText();
            ValidatedModule module = load(command);
            abortIfNeedsUnavailable(module);
            expectFailure(expected, () -> TestTier.runningNoCode().compile(module).instantiate(imports.build()), WasmTrap.class);
        }

        private void expectFailure(String expected, Executable instantiate, Class<? extends Throwable> type) {
            try {
                instantiate.execute();
            } catch (TestTier.NoCode e) {
                Assumptions.abort("the expected failure comes from code this test cannot run: " + e.getMessage());
            } catch (Throwable e) {
                if (!type.isInstance(e) || !e.getMessage().startsWith(expected)) {
                    abortIfCodeSkipped(e.toString());
                    fail("expected " + type.getSimpleName() + " \"" + expected + "\", got " + e, e);
                }
                return;
            }
            abortIfCodeSkipped("the module instantiated");
            fail("expected " + type.getSimpleName() + " \"" + expected + "\", but the module instantiated");
        }

        private void abortIfCodeSkipped(String outcome) {
            if (firstCodeSkipped != 0) {
                Assumptions.abort("unexpected outcome (" + outcome + "), but code passed over from line "
                        + firstCodeSkipped + " on may have changed the state it depends on");
            }
        }

        private String needsUnavailable(ValidatedModule module) {
            for (Import imp : module.module().imports()) {
                if (unavailable.contains(imp.module())) {
                    return "imports " + imp.module() + "." + imp.name()
                            + " from a module this test could not instantiate";
                }
            }
            return null;
        }

        private void abortIfNeedsUnavailable(ValidatedModule module) {
            String why = needsUnavailable(module);
            Assumptions.assumeTrue(why == null, why);
        }
    }

}
