package dev.tandem.conformance.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tandem.conformance.engine.Spectest;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.Instance;
import dev.tandem.runtime.LinkException;
import dev.tandem.runtime.testing.TestModules;
import dev.tandem.runtime.testing.TestTier;
import dev.tandem.spec.junit.SpecSuiteTests;
import dev.tandem.spec.script.Command;
import dev.tandem.spec.script.SpecScript;
import dev.tandem.wasm.model.Import;
import dev.tandem.wasm.numeric.WasmTrap;
import dev.tandem.wasm.validate.ValidatedModule;
import java.io.IOException;
import java.nio.file.Files;
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

    @TestFactory
    Stream<DynamicNode> specScripts() {
        return SpecSuiteTests.forScripts(all -> {
            List<DynamicNode> scripts = all.stream()
                    .filter(SpecLinkingTest::hasLinkingAssertions)
                    .map(script -> (DynamicNode) DynamicContainer.dynamicContainer(script.name(), new ScriptRun(script).tests()))
                    .toList();
            assertTrue(scripts.size() >= 5, "expected linking.json, imports.json, data.json, elem.json, start.json; found "
                    + scripts.size() + " scripts");
            return scripts.stream();
        });
    }

    private static boolean hasLinkingAssertions(SpecScript script) {
        return script.commands().stream().anyMatch(c -> c instanceof Command.AssertModule m
                && (m.expect() == Command.Rejection.UNLINKABLE || m.expect() == Command.Rejection.UNINSTANTIABLE));
    }

    /** The state of one script as its commands run in order. */
    private static final class ScriptRun {
        private final SpecScript script;
        private final Imports.Builder imports = HostModules.addTo(Imports.builder(), Spectest.silent());
        private final Map<String, Instance> named = new HashMap<>();
        /** Names under which a module that could not be instantiated here would have been registered. */
        private final Set<String> unavailable = new HashSet<>();
        private Instance current;
        private String currentUnavailable;
        /** The line of the first command passed over that would have run code, or 0. */
        private int firstCodeSkipped;

        ScriptRun(SpecScript script) {
            this.script = script;
        }

        /** Tests run lazily but in order (JUnit runs a container's dynamic tests sequentially). */
        List<DynamicTest> tests() {
            List<DynamicTest> tests = new ArrayList<>();
            for (Command command : script.commands()) {
                String name = script.name() + ":" + command.line() + " " + command.type();
                switch (command) {
                    case Command.DefineModule c -> tests.add(DynamicTest.dynamicTest(name, () -> module(c)));
                    case Command.Register c -> tests.add(DynamicTest.dynamicTest(name, () -> register(c)));
                    case Command.AssertModule c when c.expect() == Command.Rejection.UNLINKABLE ->
                            tests.add(DynamicTest.dynamicTest(name, () -> assertUnlinkable(c)));
                    case Command.AssertModule c when c.expect() == Command.Rejection.UNINSTANTIABLE ->
                            tests.add(DynamicTest.dynamicTest(name, () -> assertUninstantiable(c)));
                    case Command.AssertModule c -> {
                        // Checks decoding or validation only: not this test's business.
                    }
                    case Command.Perform c -> tests.add(passedOver(name, c));
                    case Command.AssertReturn c -> tests.add(passedOver(name, c));
                    case Command.AssertTrap c -> tests.add(passedOver(name, c));
                    case Command.AssertExhaustion c -> tests.add(passedOver(name, c));
                }
            }
            return tests;
        }

        private ValidatedModule load(String filename) throws IOException {
            return TestModules.load(Files.readAllBytes(script.resolve(filename)));
        }

        private DynamicTest passedOver(String name, Command command) {
            return DynamicTest.dynamicTest(name + " (passed over)", () -> passOver(command));
        }

        private void passOver(Command command) {
            if (firstCodeSkipped == 0) {
                firstCodeSkipped = command.line();
            }
            Assumptions.abort("runs code: not applicable without a tier");
        }

        private void module(Command.DefineModule command) throws Throwable {
            current = null;
            currentUnavailable = null;
            ValidatedModule module = load(command.filename());
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
            if (command.name() != null && current != null) {
                named.put(command.name(), current);
            }
            currentUnavailable = why;
            Assumptions.assumeTrue(why == null, why);
        }

        private void register(Command.Register command) {
            String as = command.as();
            Instance instance = command.name() != null ? named.get(command.name()) : current;
            if (instance == null) {
                unavailable.add(as);
                Assumptions.abort("registers a module this test could not instantiate: "
                        + (currentUnavailable == null ? "unknown name" : currentUnavailable));
            }
            unavailable.remove(as);
            imports.register(as, instance);
        }

        private void assertUnlinkable(Command.AssertModule command) throws IOException {
            String expected = command.text();
            ValidatedModule module = load(command.filename());
            abortIfNeedsUnavailable(module);
            expectFailure(expected, () -> TestTier.runningNoCode().compile(module).instantiate(imports.build()), LinkException.class);
        }

        private void assertUninstantiable(Command.AssertModule command) throws IOException {
            String expected = command.text();
            ValidatedModule module = load(command.filename());
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
