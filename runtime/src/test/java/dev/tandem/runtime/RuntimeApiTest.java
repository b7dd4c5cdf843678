package dev.tandem.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.runtime.testing.TestTier;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.ValType;
import dev.tandem.wasm.numeric.V128;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The host's view: exports by name, calls with boxed values, imports. */
class RuntimeApiTest {

    private static final FuncType F32_F64_TO_F32_F64 =
            new FuncType(List.of(ValType.F32, ValType.F64), List.of(ValType.F32, ValType.F64));

    /** Signalling and quiet NaNs of both signs, with payloads, and the values around them. */
    private static final int[] F32_BITS = {0x7FA0_0001, 0xFFA0_0001, 0x7F80_0001, 0x7FC0_0000, 0xFFC0_0000,
            0x7FFF_FFFF, 0xFFFF_FFFF, 0x7FC1_2345, 0x8000_0000, 0x7F80_0000};
    private static final long[] F64_BITS = {0x7FF4_0000_0000_0001L, 0xFFF4_0000_0000_0001L, 0x7FF0_0000_0000_0001L,
            0x7FF8_0000_0000_0000L, 0xFFF8_0000_0000_0000L, 0x7FFF_FFFF_FFFF_FFFFL, 0xFFFF_FFFF_FFFF_FFFFL,
            0x7FF8_0000_0001_2345L, 0x8000_0000_0000_0000L, 0x7FF0_0000_0000_0000L};

    private static Instance echo() throws LinkException {
        Imports imports = Imports.builder()
                .function("env", "host_echo", new HostFunction(F32_F64_TO_F32_F64, args -> args.clone()))
                .build();
        return new TestTier().instantiate("echo", imports);
    }

    @TestFactory
    Stream<DynamicTest> nanPayloadsSurviveACallBitForBit() throws LinkException {
        Instance instance = echo();
        List<DynamicTest> tests = new ArrayList<>();
        for (String export : List.of("echo_f32_f64", "host_echo")) {
            for (int i = 0; i < F32_BITS.length; i++) {
                int f32 = F32_BITS[i];
                long f64 = F64_BITS[i];
                tests.add(DynamicTest.dynamicTest(export + " " + Integer.toHexString(f32) + " " + Long.toHexString(f64), () -> {
                    Object[] results = instance.function(export)
                            .call(Float.intBitsToFloat(f32), Double.longBitsToDouble(f64));
                    assertEquals(f32, Float.floatToRawIntBits((Float) results[0]));
                    assertEquals(f64, Double.doubleToRawLongBits((Double) results[1]));
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyValueTypeTravelsAsDocumented() throws LinkException {
        Instance instance = echo();
        assertArrayEquals(new Object[] {-1, Long.MIN_VALUE}, instance.function("echo_i32_i64").call(-1, Long.MIN_VALUE));
        FunctionRef f = (FunctionRef) instance.export("echo_v128");
        Object host = new Object();
        Object[] refs = instance.function("echo_refs").call(f, host);
        assertSame(f, refs[0]);
        assertSame(host, refs[1]);
        assertArrayEquals(new Object[] {null, null}, instance.function("echo_refs").call(null, null));
        assertEquals(new V128(-1, 7), instance.function("echo_v128").call(new V128(-1, 7))[0]);
    }

    @Test
    void argumentsOfTheWrongTypeOrNumberAreRefusedWithAClearMessage() throws LinkException {
        ExportedFunction f = echo().function("echo_i32_i64");
        IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class, () -> f.call(1, 2));
        assertEquals("export \"echo_i32_i64\": argument 1 must be i64 (Long), got Integer 2", wrongType.getMessage());
        IllegalArgumentException wrongCount = assertThrows(IllegalArgumentException.class, () -> f.call(1));
        assertEquals("export \"echo_i32_i64\" takes 2 arguments [i32, i64], got 1", wrongCount.getMessage());
        IllegalArgumentException notAFunction = assertThrows(IllegalArgumentException.class,
                () -> echo().function("echo_refs").call("not a function", null));
        assertEquals("export \"echo_refs\": argument 0 must be funcref (FunctionRef or null), got String not a function",
                notAFunction.getMessage());
    }

    @Test
    void aHostFunctionReturningTheWrongTypesIsCaughtAtTheBoundary() throws LinkException {
        Imports imports = Imports.builder()
                .function("env", "host_echo", new HostFunction(F32_F64_TO_F32_F64, args -> new Object[] {1.0f}))
                .build();
        ExportedFunction f = new TestTier().instantiate("echo", imports).function("host_echo");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.call(1.0f, 2.0));
        assertEquals("host function env.host_echo takes 2 results [f32, f64], got 1", e.getMessage());
    }

    @Test
    void exceptionsFromHostCodePassThroughUnchanged() throws LinkException {
        IllegalStateException exit = new IllegalStateException("proc_exit(3)");
        Imports imports = Imports.builder()
                .function("env", "host_echo", new HostFunction(F32_F64_TO_F32_F64, args -> {
                    throw exit;
                }))
                .build();
        ExportedFunction f = new TestTier().instantiate("echo", imports).function("host_echo");
        assertSame(exit, assertThrows(IllegalStateException.class, () -> f.call(1.0f, 2.0)));
    }

    @Test
    void exportsAreFoundByNameAndKind() throws LinkException {
        Instance instance = echo();
        assertEquals(List.of("echo_f32_f64", "echo_i32_i64", "echo_refs", "echo_v128", "host_echo"), instance.exportNames());
        assertEquals(F32_F64_TO_F32_F64, instance.function("echo_f32_f64").type());
        assertNull(instance.export("missing"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> instance.function("missing"));
        assertEquals("no export named \"missing\"", missing.getMessage());
        IllegalArgumentException wrongKind = assertThrows(IllegalArgumentException.class, () -> instance.memory("echo_v128"));
        assertEquals("export \"echo_v128\" is a function, not a memory", wrongKind.getMessage());
    }

    @Test
    void anImportedFunctionIsTheSameFunctionRefEverywhere() throws LinkException {
        Imports imports = Imports.builder()
                .function("env", "host_echo", new HostFunction(F32_F64_TO_F32_F64, args -> args))
                .build();
        Instance a = new TestTier().instantiate("echo", imports);
        Instance b = new TestTier().instantiate("echo", imports);
        FunctionRef host = (FunctionRef) a.export("host_echo");
        assertSame(host, b.export("host_echo"));
        assertSame(host, a.function(0));
        assertNull(host.owner());
        assertEquals(-1, host.index());
        FunctionRef own = (FunctionRef) a.export("echo_refs");
        assertSame(a, own.owner());
        assertSame(own, a.function(own.index()));
    }

    @Test
    void aTierCanRecogniseItsOwnCodeAndCallItDirectly() throws LinkException {
        // What a tier does at a call_indirect or an imported call: its own code directly, anything else boxed.
        record DirectCode(int constant) implements FunctionCode {
            @Override
            public Object[] invoke(Object[] args) {
                return new Object[] {constant};
            }
        }
        Instance instance = new TestTier((inst, index) -> new DirectCode(index)).instantiate("echo",
                Imports.builder().function("env", "host_echo", new HostFunction(F32_F64_TO_F32_F64, args -> args)).build());
        FunctionRef own = (FunctionRef) instance.export("echo_i32_i64");
        FunctionRef host = (FunctionRef) instance.export("host_echo");
        assertInstanceOf(DirectCode.class, own.code());
        assertEquals(own.index(), ((DirectCode) own.code()).constant());
        assertFalse(host.code() instanceof DirectCode);
    }

    @Test
    void registeredInstancesExportUnderTheirNameAndExplicitEntriesComeFirst() throws LinkException {
        Instance instance = echo();
        Global shadow = new Global(new dev.tandem.wasm.model.GlobalType(ValType.I32, false), 1);
        Imports.Builder builder = Imports.builder().register("M", instance);
        assertSame(instance.export("echo_refs"), builder.build().resolve("M", "echo_refs"));
        assertNull(builder.build().resolve("M", "missing"));
        assertNull(builder.build().resolve("N", "echo_refs"));
        builder.global("M", "echo_refs", shadow);
        assertSame(shadow, builder.build().resolve("M", "echo_refs"));
        builder.register("M", instance);
        assertSame(instance.export("echo_refs"), builder.build().resolve("M", "echo_refs"), "register replaces the name");
    }

    @Test
    void onlyExternValuesCanBeAdded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Imports.builder().add("env", "x", 42));
        assertEquals("import env.x: not an extern value (HostFunction, FunctionRef, Table, Memory, Global): java.lang.Integer",
                e.getMessage());
    }
}
