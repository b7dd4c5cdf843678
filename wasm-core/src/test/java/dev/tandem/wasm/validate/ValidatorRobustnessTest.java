package dev.tandem.wasm.validate;

import static org.junit.jupiter.api.Assertions.fail;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.Wasm;
import java.util.Random;
import java.util.stream.Stream;
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
    Stream<DynamicTest> damagedModulesFailOnlyWithModuleException() {
        SpecSuite suite = SpecSuite.locate();
        return suite.commands().stream()
                .filter(c -> c.type().equals("module") && c.filename() != null && c.filename().endsWith(".wasm"))
                .map(c -> DynamicTest.dynamicTest(c.displayName(), () -> {
                    byte[] original = suite.read(c.filename());
                    Random random = new Random(c.filename().hashCode());
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
                }));
    }
}
