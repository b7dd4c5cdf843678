package dev.tandem.conformance.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.tandem.conformance.engine.Spectest;
import dev.tandem.runtime.FunctionRef;
import dev.tandem.runtime.Global;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.Instance;
import dev.tandem.runtime.LinkException;
import dev.tandem.runtime.Memory;
import dev.tandem.runtime.Table;
import dev.tandem.runtime.testing.TestTier;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.GlobalType;
import dev.tandem.wasm.model.Limits;
import dev.tandem.wasm.model.MemoryType;
import dev.tandem.wasm.model.TableType;
import dev.tandem.wasm.model.ValType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The one {@code spectest} host module, as the runtime's objects ({@link HostModules}) every runtime tier links against. */
class SpectestTest {

    private static Imports imports(Consumer<String> lines) {
        return HostModules.addTo(Imports.builder(), Spectest.printing(lines)).build();
    }

    @Test
    void globalsHoldTheSuitesValues() {
        Imports imports = imports(line -> { });
        assertGlobal(imports, "global_i32", ValType.I32, 666);
        assertGlobal(imports, "global_i64", ValType.I64, 666L);
        assertGlobal(imports, "global_f32", ValType.F32, 666.6f);
        assertGlobal(imports, "global_f64", ValType.F64, 666.6d);
        assertEquals(0x4426_A666, Float.floatToRawIntBits((Float) ((Global) imports.resolve("spectest", "global_f32")).get()));
        assertEquals(0x4084_D4CC_CCCC_CCCDL,
                Double.doubleToRawLongBits((Double) ((Global) imports.resolve("spectest", "global_f64")).get()));
    }

    private static void assertGlobal(Imports imports, String name, ValType type, Object value) {
        Global g = (Global) imports.resolve("spectest", name);
        assertEquals(new GlobalType(type, false), g.type());
        assertEquals(value, g.get());
    }

    @Test
    void tableAndMemoryHaveTheSuitesLimits() {
        Imports imports = imports(line -> { });
        Table table = (Table) imports.resolve("spectest", "table");
        assertEquals(new TableType(ValType.FUNCREF, new Limits(10, 20)), table.type());
        assertNull(table.get(9));
        Memory memory = (Memory) imports.resolve("spectest", "memory");
        assertEquals(new MemoryType(new Limits(1, 2)), memory.type());
        assertEquals(0, memory.i64Load(0));
    }

    @Test
    void printFunctionsPrintOneLinePerArgument() {
        List<String> lines = new ArrayList<>();
        Imports imports = imports(lines::add);
        call(imports, "print");
        call(imports, "print_i32", 42);
        call(imports, "print_i64", -1L);
        call(imports, "print_f32", 1.5f);
        call(imports, "print_f64", 2.25);
        call(imports, "print_i32_f32", 1, 0.5f);
        call(imports, "print_f64_f64", 3.0, 4.0);
        assertEquals(List.of("42 : i32", "-1 : i64", "1.5 : f32", "2.25 : f64", "1 : i32", "0.5 : f32",
                "3.0 : f64", "4.0 : f64"), lines);
    }

    @Test
    void printFunctionsHaveTheSuitesTypes() {
        Imports imports = imports(line -> { });
        assertEquals(new FuncType(List.of(), List.of()), function(imports, "print").type());
        assertEquals(new FuncType(List.of(ValType.I32, ValType.F32), List.of()), function(imports, "print_i32_f32").type());
        assertEquals(new FuncType(List.of(ValType.F64, ValType.F64), List.of()), function(imports, "print_f64_f64").type());
    }

    @Test
    void aModuleImportingAllOfSpectestLinks() throws LinkException {
        Imports imports = imports(line -> { });
        Instance instance = new TestTier().instantiate("spectest_user", imports);
        assertSame(imports.resolve("spectest", "memory"), instance.memory(0));
        assertSame(imports.resolve("spectest", "table"), instance.table(0));
    }

    @Test
    void eachCallMakesFreshObjects() {
        Imports a = imports(line -> { });
        Imports b = imports(line -> { });
        assertNotSame(a.resolve("spectest", "memory"), b.resolve("spectest", "memory"));
    }

    private static FunctionRef function(Imports imports, String name) {
        return (FunctionRef) imports.resolve("spectest", name);
    }

    private static void call(Imports imports, String name, Object... args) {
        assertEquals(0, function(imports, name).call(args).length);
    }
}
