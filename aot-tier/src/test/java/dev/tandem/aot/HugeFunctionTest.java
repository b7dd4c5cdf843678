package dev.tandem.aot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.aot.code.CompiledCode;
import dev.tandem.aot.codegen.ModuleCompiler;
import dev.tandem.aot.codegen.ClassFileSizes;
import dev.tandem.aot.testing.WasmBuilder;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.Instance;
import dev.tandem.wasm.Wasm;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A function of 100,000 instructions: straight-line arithmetic with distinct constants, blocks with
 * conditional branches out, small counted loops, a few hundred of each, in a seeded random order. Its
 * result is computed beside it in Java by the same statements. Under each method limit the compiler
 * plans for (C2's HugeMethodLimit of 8,000 bytes where huge methods are not compiled, the JVM's
 * 65,535 where they are) it must compile to methods that all stay under that limit and give the same
 * result, in memory and through a .twasm file.
 */
class HugeFunctionTest {

    private static final int INSTRUCTIONS = 100_000;
    private static final int LOCALS = 8;

    private static byte[] wasm;
    private static int[] expected;
    private static final int[] ARGUMENTS = {0, 1, -7, 123_456_789};

    @BeforeAll
    static void generate() {
        Generator g = new Generator(new Random(20_261_123));
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        while (g.instructions < INSTRUCTIONS) {
            g.statement(code);
        }
        // return l0 ^ l1 ^ ... ^ l7
        g.get(code, 0);
        for (int i = 1; i < LOCALS; i++) {
            g.get(code, i);
            code.write(0x73); // i32.xor
        }
        WasmBuilder b = new WasmBuilder();
        int f = b.function(b.type(1, 1), LOCALS - 1, code.toByteArray());
        b.exportFunction("run", f);
        wasm = b.build();
        expected = new int[ARGUMENTS.length];
        for (int i = 0; i < ARGUMENTS.length; i++) {
            expected[i] = g.simulate(ARGUMENTS[i]);
        }
        assertTrue(g.instructions >= INSTRUCTIONS, "generated " + g.instructions + " instructions");
    }

    static java.util.stream.IntStream limits() {
        return java.util.stream.IntStream.of(AotOptions.JIT_HUGE_METHOD_LIMIT, AotOptions.JVM_METHOD_LIMIT);
    }

    @ParameterizedTest
    @MethodSource("limits")
    void everyMethodStaysUnderTheLimit(int limit) throws Exception {
        CompiledCode code = ModuleCompiler.compile(Wasm.load(wasm), AotOptions.defaults().withMethodLimit(limit));
        int methods = 0;
        int biggest = 0;
        for (Map.Entry<String, byte[]> c : code.classes().entrySet()) {
            for (Map.Entry<String, Integer> m : ClassFileSizes.codeLengths(c.getValue()).entrySet()) {
                methods++;
                biggest = Math.max(biggest, m.getValue());
                assertTrue(m.getValue() <= limit, c.getKey() + "." + m.getKey() + " has " + m.getValue()
                        + " bytes of bytecode");
            }
        }
        // Split (100,000 instructions are far over 64 KiB of bytecode), into methods filled close to
        // the limit: a function is split no finer than it must be.
        assertTrue(methods > 2, "100,000 instructions in only " + methods + " methods");
        assertTrue(biggest > limit / 2, "the biggest method has " + biggest + " bytes, under half the " + limit + " limit");
    }

    @ParameterizedTest
    @MethodSource("limits")
    void computesTheSameAsTheJavaSimulation(int limit) throws Exception {
        AotOptions options = AotOptions.defaults().withMethodLimit(limit);
        assertArrayEquals(expected, run(AotCompiler.compile(wasm, options).instantiate(Imports.none())));
    }

    @ParameterizedTest
    @MethodSource("limits")
    void computesTheSameThroughATwasmFile(int limit) throws Exception {
        AotOptions options = AotOptions.defaults().withMethodLimit(limit);
        var file = dev.tandem.aot.twasm.TwasmReader.read(AotCompiler.compileToBytes(wasm, options));
        assertArrayEquals(expected, run(TwasmLoader.load(file).instantiate(Imports.none())));
    }

    private static int[] run(Instance instance) {
        int[] results = new int[ARGUMENTS.length];
        for (int i = 0; i < ARGUMENTS.length; i++) {
            results[i] = (Integer) instance.function("run").call(ARGUMENTS[i])[0];
        }
        return results;
    }

    /** Emits statements and records them, so {@link #simulate} can compute the function's result. */
    private static final class Generator {
        private final Random random;
        private final java.util.List<int[]> statements = new java.util.ArrayList<>();
        int instructions;

        Generator(Random random) {
            this.random = random;
        }

        void statement(ByteArrayOutputStream out) {
            int kind = random.nextInt(10);
            int a = random.nextInt(LOCALS);
            int b = random.nextInt(LOCALS);
            int c = random.nextInt(LOCALS);
            int k = random.nextInt();
            if (kind < 7) {
                // c = (a + k) ^ b
                get(out, a);
                constant(out, k);
                out.write(0x6A); // i32.add
                get(out, b);
                out.write(0x73); // i32.xor
                set(out, c);
                instructions += 6;
            } else if (kind < 9) {
                // block: if ((a & k) != 0) skip; b = b + 1
                out.write(0x02);
                out.write(0x40);
                get(out, a);
                constant(out, k);
                out.write(0x71); // i32.and
                out.write(0x0D); // br_if 0
                out.write(0x00);
                get(out, b);
                constant(out, 1);
                out.write(0x6A);
                set(out, b);
                out.write(0x0B);
                instructions += 10;
            } else {
                // c = c * 7, three times, in a loop counting local 7 down (b unused; c is not the counter)
                a = 7;
                c = random.nextInt(LOCALS - 1);
                constant(out, 3);
                set(out, a);
                out.write(0x03);
                out.write(0x40);
                get(out, c);
                constant(out, 7);
                out.write(0x6C); // i32.mul
                set(out, c);
                get(out, a);
                constant(out, 1);
                out.write(0x6B); // i32.sub
                out.write(0x22); // local.tee
                out.write(a);
                out.write(0x0D); // br_if 0
                out.write(0x00);
                out.write(0x0B);
                instructions += 13;
            }
            statements.add(new int[] {kind, a, b, c, k});
        }

        int simulate(int argument) {
            int[] l = new int[LOCALS];
            l[0] = argument;
            for (int[] s : statements) {
                int kind = s[0];
                int a = s[1];
                int b = s[2];
                int c = s[3];
                int k = s[4];
                if (kind < 7) {
                    l[c] = (l[a] + k) ^ l[b];
                } else if (kind < 9) {
                    if ((l[a] & k) == 0) {
                        l[b] = l[b] + 1;
                    }
                } else {
                    l[a] = 3;
                    do {
                        l[c] = l[c] * 7;
                        l[a] = l[a] - 1;
                    } while (l[a] != 0);
                }
            }
            int r = l[0];
            for (int i = 1; i < LOCALS; i++) {
                r ^= l[i];
            }
            return r;
        }

        void get(ByteArrayOutputStream out, int local) {
            out.write(0x20);
            out.write(local);
        }

        void set(ByteArrayOutputStream out, int local) {
            out.write(0x21);
            out.write(local);
        }

        void constant(ByteArrayOutputStream out, int value) {
            out.write(0x41);
            WasmBuilder.s32(out, value);
        }
    }
}
