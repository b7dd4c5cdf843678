package dev.tandem.runtime.link;

import static dev.tandem.runtime.testing.TrapAssertions.assertTrap;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.runtime.FunctionCode;
import dev.tandem.runtime.FunctionRef;
import dev.tandem.runtime.Global;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.Instance;
import dev.tandem.runtime.LinkException;
import dev.tandem.runtime.Memory;
import dev.tandem.runtime.ResourceLimits;
import dev.tandem.runtime.Table;
import dev.tandem.runtime.testing.TestTier;
import dev.tandem.wasm.model.GlobalType;
import dev.tandem.wasm.model.Limits;
import dev.tandem.wasm.model.MemoryType;
import dev.tandem.wasm.model.TableType;
import dev.tandem.wasm.model.ValType;
import dev.tandem.wasm.numeric.TrapKind;
import dev.tandem.wasm.numeric.V128;
import dev.tandem.wasm.numeric.WasmTrap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Instantiation steps after linking: globals, element and data segments in order, start function. */
class InstantiationTest {

    private static Imports tableAndMemory(Table table, Memory memory) {
        return Imports.builder().table("env", "table", table).memory("env", "memory", memory).build();
    }

    private static Table table4() {
        return new Table(new TableType(ValType.FUNCREF, new Limits(4, Limits.NO_MAX)));
    }

    private static Memory memory1() {
        return new Memory(new MemoryType(new Limits(1, Limits.NO_MAX)));
    }

    @Test
    void anElementSegmentOutOfBoundsTrapsKeepingEarlierSegmentsAndApplyingNoData() {
        Table table = table4();
        Memory memory = memory1();
        WasmTrap trap = assertThrows(WasmTrap.class,
                () -> new TestTier().instantiate("segments_elem_trap", tableAndMemory(table, memory)));
        assertEquals(TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS, trap.kind());
        FunctionRef f0 = (FunctionRef) table.get(0);
        FunctionRef f1 = (FunctionRef) table.get(3);
        assertEquals(0, f0.index());
        assertEquals(1, f1.index());
        assertNull(table.get(1));
        assertNull(table.get(2));
        assertEquals(0, memory.i32Load8U(0), "data segments come after element segments");
    }

    @Test
    void aDataSegmentOutOfBoundsTrapsKeepingTablesAndEarlierData() {
        Table table = table4();
        Memory memory = memory1();
        WasmTrap trap = assertThrows(WasmTrap.class,
                () -> new TestTier().instantiate("segments_data_trap", tableAndMemory(table, memory)));
        assertEquals(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, trap.kind());
        assertEquals(0xBBAA, memory.i32Load16U(0));
        assertEquals(0, memory.i32Load8U(65535), "nothing of the failing segment is written");
        assertSame(table.get(1), table.get(2));
        assertEquals(FunctionRef.class, table.get(1).getClass());
    }

    @Test
    void functionsLeftInAnImportedTableByAFailedInstantiationStayCallable() {
        Table table = table4();
        assertThrows(WasmTrap.class, () -> new TestTier().instantiate("segments_elem_trap", tableAndMemory(table, memory1())));
        FunctionRef f0 = (FunctionRef) table.get(0);
        assertArrayEquals(new Object[0], f0.call());
    }

    @Test
    void segmentsAreAppliedAndDroppedByModeBeforeTheStartFunctionRuns() throws LinkException {
        List<String> seenByStart = new ArrayList<>();
        TestTier tier = new TestTier((instance, index) -> {
            if (index != instance.module().startFunction()) {
                return TestTier.echo(instance.module(), index);
            }
            FunctionCode start = args -> {
                Table t = instance.table(0);
                seenByStart.add("table[2]=" + ((FunctionRef) t.get(2)).index() + " table[3]=" + ((FunctionRef) t.get(3)).index());
                seenByStart.add("memory[16..19]=" + Integer.toHexString(instance.memory(0).i32Load(16)));
                return new Object[0];
            };
            return start;
        });
        Instance instance = tier.instantiate("segments_modes", Imports.none());
        assertEquals(List.of("table[2]=0 table[3]=1", "memory[16..19]=30201"), seenByStart);

        Table table = instance.table("table");
        Memory memory = instance.memory("memory");
        // Active segment 0 and declarative segment 2 are dropped: only an empty init still works.
        instance.tableInit(0, 0, 0, 0, 0);
        assertTrap(TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS, () -> instance.tableInit(0, 0, 0, 0, 1));
        assertTrap(TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS, () -> instance.tableInit(0, 2, 0, 0, 1));
        // The passive segment keeps (ref.func $b) (ref.null func) (ref.func $a).
        instance.tableInit(0, 1, 5, 0, 3);
        assertSame(instance.export("b"), table.get(5));
        assertNull(table.get(6));
        assertSame(instance.export("a"), table.get(7));
        // Active data segment 0 is dropped, passive segment 1 is not.
        assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> instance.memoryInit(0, 0, 0, 0, 1));
        instance.memoryInit(0, 1, 100, 1, 3);
        assertEquals(0x070605, memory.i32Load(100));
        instance.dataDrop(1);
        assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> instance.memoryInit(0, 1, 100, 0, 1));
        instance.memoryInit(0, 1, 100, 0, 0);
        instance.elemDrop(1);
        assertTrap(TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS, () -> instance.tableInit(0, 1, 0, 0, 1));
    }

    @Test
    void aTrapInTheStartFunctionFailsTheInstantiation() {
        TestTier tier = new TestTier((instance, index) -> args -> {
            throw new WasmTrap(TrapKind.UNREACHABLE);
        });
        WasmTrap trap = assertThrows(WasmTrap.class, () -> tier.instantiate("segments_modes", Imports.none()));
        assertEquals(TrapKind.UNREACHABLE, trap.kind());
    }

    @Test
    void emptySegmentsAtTheEndAreInBoundsButNotPastIt() throws LinkException {
        new TestTier().instantiate("segments_zero_length", Imports.none());
        WasmTrap trap = assertThrows(WasmTrap.class,
                () -> new TestTier().instantiate("segments_zero_length_past_end", Imports.none()));
        assertEquals(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, trap.kind());
    }

    @Test
    void globalsAreInitialisedFromConstantsImportsAndFunctionReferences() throws LinkException {
        Imports imports = Imports.builder()
                .global("env", "base", new Global(new GlobalType(ValType.I32, false), 41))
                .build();
        Instance instance = new TestTier().instantiate("globals", imports);
        assertEquals(-5, instance.global("i32").get());
        assertEquals(0x1234567890L, instance.global("i64").get());
        assertEquals(0x7FA0_0001, Float.floatToRawIntBits(instance.global("f32_snan").getF32()));
        assertEquals(0xFFF4_0000_0000_0001L, Double.doubleToRawLongBits(instance.global("f64_snan").getF64()));
        assertEquals(V128.ofI32(1, 2, 3, 4), instance.global("v128").get());
        assertEquals(41, instance.global("copy").get());
        assertSame(instance.export("f"), instance.global("fref").get());
        assertNull(instance.global("null").get());
        assertFalse(instance.global("i32").type().mutable());
        assertTrue(instance.global("f64_snan").type().mutable());
    }

    @Test
    void aMemoryOrTableLargerThanTheHostAllowsIsRefusedAtLinkTime() {
        TestTier smallHost = new TestTier((instance, index) -> TestTier.echo(instance.module(), index),
                new ResourceLimits(0, 1));
        LinkException table = assertThrows(LinkException.class, () -> smallHost.instantiate("segments_zero_length", Imports.none()));
        assertEquals(LinkException.HOST_LIMIT, table.specText());
        assertEquals("host limit exceeded: table 0 needs 2 elements, this host allows 1", table.getMessage());
        TestTier noMemory = new TestTier((instance, index) -> TestTier.echo(instance.module(), index),
                new ResourceLimits(0, 10));
        LinkException memory = assertThrows(LinkException.class, () -> noMemory.instantiate("segments_zero_length", Imports.none()));
        assertEquals("host limit exceeded: memory 0 needs 1 pages, this host allows 0", memory.getMessage());
    }

    @Test
    void aTierMustBindOneCodePerDefinedFunction() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Instantiator.instantiate(
                dev.tandem.runtime.testing.TestModules.load("segments_zero_length"), Imports.none(),
                instance -> new FunctionCode[1]));
        assertEquals("tier bound 1 function bodies, the module defines 0", e.getMessage());
    }
}
