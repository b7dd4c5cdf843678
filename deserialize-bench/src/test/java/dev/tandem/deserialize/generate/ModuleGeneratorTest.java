package dev.tandem.deserialize.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.aot.AotCompiledModule;
import dev.tandem.aot.AotCompiler;
import dev.tandem.aot.AotOptions;
import dev.tandem.aot.TwasmLoader;
import dev.tandem.runtime.Imports;
import dev.tandem.wasm.Wasm;
import dev.tandem.wasm.model.ExternKind;
import dev.tandem.wasm.model.Module;
import dev.tandem.wasm.validate.ValidatedModule;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModuleGeneratorTest {

    private static final long SEED = 0x5EED;

    /** Many modules per function count: wasm-core validates each, and the shape is the one asked for. */
    @ParameterizedTest(name = "{0} functions, {1} modules")
    @CsvSource({"1, 300", "10, 200", "100, 30", "1000, 3"})
    void everyModuleValidates(int functions, int modules) throws Exception {
        for (int i = 0; i < modules; i++) {
            ValidatedModule v = Wasm.load(ModuleGenerator.generate(SEED + functions, i, functions));
            Module m = v.module();
            assertEquals(functions, m.functionCount(), "module " + i);
            assertTrue(m.exports().stream().anyMatch(e -> e.name().equals("run") && e.kind() == ExternKind.FUNCTION
                    && e.index() == functions - 1), "module " + i + " exports its last function as run");
            assertEquals(0, m.imports().size(), "module " + i + " imports nothing");
        }
    }

    @Test
    void noTwoModulesOfASetAreByteIdentical() throws Exception {
        for (int functions : List.of(1, 10)) {
            Set<String> hashes = new HashSet<>();
            int modules = 500;
            for (int i = 0; i < modules; i++) {
                hashes.add(sha256(ModuleGenerator.generate(SEED, i, functions)));
            }
            assertEquals(modules, hashes.size(), functions + "-function modules");
        }
    }

    /** Beyond the global's distinct initial value, the code itself differs from module to module. */
    @Test
    void modulesDifferInTheirCodeNotOnlyInAConstant() throws Exception {
        Set<String> codes = new HashSet<>();
        int modules = 200;
        for (int i = 0; i < modules; i++) {
            Module m = Wasm.decode(ModuleGenerator.generate(SEED, i, 10));
            MessageDigest code = MessageDigest.getInstance("SHA-256");
            m.codes().forEach(body -> code.update(Arrays.copyOfRange(body.bytes(), body.bodyStart(), body.codeEnd())));
            codes.add(HexFormat.of().formatHex(code.digest()));
        }
        assertEquals(modules, codes.size());
    }

    @Test
    void theSameSeedGivesTheSameModuleAndAnotherSeedAnother() {
        assertArrayEquals(ModuleGenerator.generate(7, 3, 10), ModuleGenerator.generate(7, 3, 10));
        assertFalse(Arrays.equals(ModuleGenerator.generate(7, 3, 10), ModuleGenerator.generate(8, 3, 10)));
    }

    /**
     * The bodies run: compiled in memory and loaded from a .twasm file, with unwind info on and off,
     * {@code run} returns the same value and nothing traps (addresses, divisors, call depth and loop
     * counts are all bounded by construction).
     */
    @ParameterizedTest(name = "{0} functions")
    @CsvSource({"1, 20", "10, 20", "100, 4"})
    void modulesRunTheSameCompiledInMemoryAndLoadedFromTwasm(int functions, int modules, @TempDir Path dir) throws Exception {
        for (int i = 0; i < modules; i++) {
            byte[] wasm = ModuleGenerator.generate(SEED, i, functions);
            long expected = run(AotCompiler.compile(wasm, AotOptions.defaults()));
            for (boolean unwind : List.of(true, false)) {
                Path file = dir.resolve("m" + i + "-" + unwind + ".twasm");
                AotCompiler.compileToFile(wasm, file, AotOptions.defaults().withUnwindInfo(unwind));
                assertEquals(expected, run(TwasmLoader.load(file)), "module " + i + " unwind " + unwind);
            }
        }
    }

    @Test
    void badArgumentsAreRefusedWithTheirValue() {
        assertEquals("a generated module needs at least one function, got 0",
                assertThrows(IllegalArgumentException.class, () -> ModuleGenerator.generate(1, 0, 0)).getMessage());
        assertEquals("module index must not be negative, got -1",
                assertThrows(IllegalArgumentException.class, () -> ModuleGenerator.generate(1, -1, 1)).getMessage());
    }

    static long run(AotCompiledModule module) throws Exception {
        try (module) {
            return (Long) module.instantiate(Imports.none()).function("run").call()[0];
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
