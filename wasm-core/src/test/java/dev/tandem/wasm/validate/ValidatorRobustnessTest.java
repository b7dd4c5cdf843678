package dev.tandem.wasm.validate;

import static org.junit.jupiter.api.Assertions.fail;

import dev.tandem.spec.junit.SpecSuiteTests;
import dev.tandem.spec.script.Command;
import dev.tandem.spec.script.SpecModule;
import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.Wasm;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Damaged modules that still decode must be accepted or rejected by the validator with a
 * {@link ModuleException}, never another exception: each of the suite's valid modules, with one
 * to three bytes overwritten, 16 times (fixed seeds, so a failure reproduces).
 */
class ValidatorRobustnessTest {

    private static final int VARIANTS = 16;

    @TestFactory
    Stream<DynamicNode> damagedModulesFailOnlyWithModuleException() {
        return SpecSuiteTests.forScripts(scripts -> SpecModule.of(scripts)
                .filter(c -> c.command() instanceof Command.DefineModule && c.command().filename().endsWith(".wasm"))
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> {
                    byte[] original = c.bytes();
                    Random random = new Random(c.command().filename().hashCode());
                    for (int variant = 0; variant < VARIANTS; variant++) {
                        byte[] damaged = original.clone();
                        int changes = 1 + random.nextInt(3);
                        StringBuilder what = new StringBuilder();
                        for (int i = 0; i < changes && damaged.length > 8; i++) {
                            int at = 8 + random.nextInt(damaged.length - 8);
                            damaged[at] = (byte) random.nextInt(256);
                            what.append(String.format(" [0x%x]=0x%02x", at, damaged[at] & 0xFF));
                        }
                        try {
                            Wasm.load(damaged);
                        } catch (ModuleException expected) {
                            // accepted outcome: malformed or invalid
                        } catch (RuntimeException | StackOverflowError e) {
                            fail("variant " + variant + what + " threw " + e, e);
                        }
                    }
                })));
    }
}
