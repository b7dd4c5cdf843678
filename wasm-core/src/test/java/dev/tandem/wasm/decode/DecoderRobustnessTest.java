package dev.tandem.wasm.decode;

import dev.tandem.spec.junit.SpecSuiteTests;
import dev.tandem.spec.script.Command;
import dev.tandem.spec.script.SpecModule;
import dev.tandem.wasm.ModuleException;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hostile input: every spec binary, damaged in many deterministic ways (bytes flipped, set to LEB128
 * extremes, cut short, inserted, removed). Decoding must return a module or throw a
 * {@link ModuleException}; any other exception or error is a decoder bug. The seed is fixed so a
 * failure reproduces; the failing input is printed in hex to become a regression case.
 */
class DecoderRobustnessTest {

    private static final int MUTATIONS_PER_MODULE = 24;
    private static final long SEED = 0x7A_4D_E5L;

    @TestFactory
    Stream<DynamicNode> damagedSpecBinariesFailOnlyWithModuleException() {
        return SpecSuiteTests.forScripts(scripts -> damage(SpecModule.of(scripts)
                .filter(c -> c.command().binary() && !(c.command() instanceof Command.AssertModule a
                        && a.expect() == Command.Rejection.MALFORMED))
                .collect(Collectors.groupingBy(c -> c.script().wastName()))));
    }

    private static Stream<DynamicTest> damage(Map<String, List<SpecModule>> byScript) {
        return byScript.keySet().stream().sorted().map(script -> DynamicTest.dynamicTest(script, () -> {
            for (SpecModule c : byScript.get(script)) {
                byte[] original = c.bytes();
                SplittableRandom random = new SplittableRandom(SEED ^ c.command().line() ^ ((long) script.hashCode() << 20));
                for (int i = 0; i < MUTATIONS_PER_MODULE; i++) {
                    byte[] damaged = mutate(original, random);
                    try {
                        ModuleDecoder.decode(damaged);
                    } catch (ModuleException expected) {
                        // the only allowed failure
                    } catch (Throwable t) {
                        fail(c.name() + " mutation " + i + ": " + t + "\ninput: " + HexFormat.of().formatHex(damaged), t);
                    }
                }
            }
        }));
    }

    private static byte[] mutate(byte[] in, SplittableRandom r) {
        byte[] out = in.clone();
        int rounds = 1 + r.nextInt(3);
        for (int k = 0; k < rounds && out.length > 8; k++) {
            int at = 8 + r.nextInt(out.length - 8);
            switch (r.nextInt(7)) {
                case 0 -> out[at] = (byte) r.nextInt(256);
                case 1 -> out[at] ^= (byte) (1 << r.nextInt(8));
                case 2 -> out = Arrays.copyOf(out, at);
                case 3 -> out = splice(out, at, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F}, 1);
                case 4 -> out = splice(out, at, new byte[] {(byte) r.nextInt(256)}, 0);
                case 5 -> out = splice(out, at, new byte[0], Math.min(1 + r.nextInt(4), out.length - at));
                default -> out[at] = (byte) (r.nextBoolean() ? 0x80 : 0x00);
            }
        }
        return out;
    }

    /** {@code in} with {@code remove} bytes at {@code at} replaced by {@code insert}. */
    private static byte[] splice(byte[] in, int at, byte[] insert, int remove) {
        int removed = Math.min(remove, in.length - at);
        byte[] out = new byte[in.length - removed + insert.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(in, at + removed, out, at + insert.length, in.length - at - removed);
        return out;
    }
}
