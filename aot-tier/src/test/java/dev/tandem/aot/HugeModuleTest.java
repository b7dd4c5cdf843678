package dev.tandem.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A module of 50,000 functions: function i (i > 0) returns x + i; function 0, exported as "sum",
 * calls every 97th of them and adds the results, so calls cross the class boundaries the planner
 * drew. Every 1,000th function is exported too. The classes must respect the JVM's limits and the
 * results must be right, in memory and through a .twasm file.
 */
class HugeModuleTest {

    private static final int FUNCTIONS = 50_000;
    private static final int STRIDE = 97;
    private static byte[] wasm;

    @BeforeAll
    static void generate() {
        WasmBuilder b = new WasmBuilder();
        int type = b.type(1, 1);
        ByteArrayOutputStream sum = new ByteArrayOutputStream();
        sum.write(0x41); // i32.const 0
        sum.write(0x00);
        for (int i = STRIDE; i < FUNCTIONS; i += STRIDE) {
            sum.write(0x20); // local.get 0
            sum.write(0x00);
            sum.write(0x10); // call i
            WasmBuilder.u32(sum, i);
            sum.write(0x6A); // i32.add
        }
        b.exportFunction("sum", b.function(type, 0, sum.toByteArray()));
        for (int i = 1; i < FUNCTIONS; i++) {
            ByteArrayOutputStream code = new ByteArrayOutputStream();
            code.write(0x20);
            code.write(0x00);
            code.write(0x41);
            WasmBuilder.s32(code, i);
            code.write(0x6A);
            int f = b.function(type, 0, code.toByteArray());
            if (i % 1000 == 0 || i == FUNCTIONS - 1) {
                b.exportFunction("f" + i, f);
            }
        }
        wasm = b.build();
    }

    private static int expectedSum(int x) {
        int s = 0;
        for (int i = STRIDE; i < FUNCTIONS; i += STRIDE) {
            s += x + i;
        }
        return s;
    }

    @Test
    void classesStayWithinTheJvmsLimits() throws Exception {
        CompiledCode code = ModuleCompiler.compile(Wasm.load(wasm), AotOptions.defaults());
        assertTrue(code.functionClasses().length > 1, "50,000 functions in one class");
        for (Map.Entry<String, byte[]> c : code.classes().entrySet()) {
            int pool = ClassFileSizes.constantPoolCount(c.getValue());
            assertTrue(pool < 65_535, c.getKey() + " has " + pool + " constant-pool entries");
            assertTrue(ClassFileSizes.codeLengths(c.getValue()).size() < 65_535, c.getKey() + " has too many methods");
        }
    }

    @Test
    void callsAcrossClassesComputeTheRightResults() throws Exception {
        check(AotCompiler.compile(wasm, AotOptions.defaults()).instantiate(Imports.none()));
    }

    @Test
    void theSameThroughATwasmFile() throws Exception {
        var file = dev.tandem.aot.twasm.TwasmReader.read(AotCompiler.compileToBytes(wasm, AotOptions.defaults()));
        check(TwasmLoader.load(file).instantiate(Imports.none()));
    }

    private static void check(Instance instance) {
        for (int x : new int[] {0, 5, -1_000_000}) {
            assertEquals(expectedSum(x), instance.function("sum").call(x)[0], "sum(" + x + ")");
        }
        for (int i = 1000; i < FUNCTIONS; i += 1000) {
            assertEquals(3 + i, instance.function("f" + i).call(3)[0], "f" + i + "(3)");
        }
        assertEquals(FUNCTIONS - 1 + 3, instance.function("f" + (FUNCTIONS - 1)).call(3)[0]);
    }
}
