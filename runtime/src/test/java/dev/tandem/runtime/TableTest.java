package dev.tandem.runtime;

import static dev.tandem.runtime.testing.TrapAssertions.assertTrap;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.Limits;
import dev.tandem.wasm.model.TableType;
import dev.tandem.wasm.model.ValType;
import dev.tandem.wasm.numeric.TrapKind;
import dev.tandem.wasm.numeric.WasmTrap;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    private static final FuncType VOID = new FuncType(List.of(), List.of());
    private static final FuncType I32_TO_I32 = new FuncType(List.of(ValType.I32), List.of(ValType.I32));

    private static Table table(ValType type, long min, long max) {
        return new Table(new TableType(type, new Limits(min, max)));
    }

    private static FunctionRef function(FuncType type, String name) {
        return new FunctionRef(type, null, -1, name, args -> null);
    }

    private static Object[] contents(Table t) {
        Object[] out = new Object[t.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = t.get(i);
        }
        return out;
    }

    @Test
    void getAndSetCheckTheIndexAsUnsigned() {
        Table t = table(ValType.EXTERNREF, 3, 3);
        t.set(2, "x");
        assertEquals("x", t.get(2));
        assertNull(t.get(0));
        assertTrap(TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS, () -> t.get(3));
        assertTrap(TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS, () -> t.get(-1));
        assertTrap(TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS, () -> t.set(3, "y"));
    }

    @Test
    void aFuncrefTableRefusesOtherObjectsFromTheHost() {
        Table t = table(ValType.FUNCREF, 1, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.set(0, "not a function"));
        assertEquals("a funcref table holds FunctionRef or null, not java.lang.String", e.getMessage());
        t.set(0, function(VOID, "f"));
        t.set(0, null);
    }

    @Test
    void growFillsNewSlotsWithTheInitialValue() {
        Table t = table(ValType.EXTERNREF, 1, 4);
        assertEquals(1, t.grow("init", 2));
        assertArrayEquals(new Object[] {null, "init", "init"}, contents(t));
        assertEquals(-1, t.grow(null, 2));
        assertEquals(3, t.size());
        assertEquals(3, t.grow(null, 1));
        assertEquals(4, t.grow(null, 0));
        assertEquals(-1, t.grow(null, 1));
    }

    @Test
    void growDeltaIsUnsignedAndBoundedByTheHostLimit() {
        Table t = new Table(new TableType(ValType.FUNCREF, new Limits(0, Limits.NO_MAX)), 10);
        assertEquals(-1, t.grow(null, -16), "0xFFFFFFF0 elements");
        assertEquals(0, t.grow(null, 10));
        assertEquals(-1, t.grow(null, 1));
    }

    @Test
    void typeReportsTheCurrentSizeAndTheDeclaredMaximum() {
        Table t = table(ValType.FUNCREF, 1, Limits.NO_MAX);
        t.grow(null, 4);
        assertEquals(new TableType(ValType.FUNCREF, new Limits(5, Limits.NO_MAX)), t.type());
    }

    @Test
    void fillChecksTheWholeRangeFirst() {
        Table t = table(ValType.EXTERNREF, 4, 4);
        t.fill(1, "a", 3);
        assertArrayEquals(new Object[] {null, "a", "a", "a"}, contents(t));
        t.fill(4, "b", 0);
        assertTrap(TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS, () -> t.fill(2, "c", 3));
        assertTrap(TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS, () -> t.fill(5, "c", 0));
        assertArrayEquals(new Object[] {null, "a", "a", "a"}, contents(t));
    }

    @Test
    void copyWithinOneTableHandlesOverlap() {
        Table t = table(ValType.EXTERNREF, 5, 5);
        for (int i = 0; i < 5; i++) {
            t.set(i, i);
        }
        t.copy(1, t, 0, 4);
        assertArrayEquals(new Object[] {0, 0, 1, 2, 3}, contents(t));
        t.copy(0, t, 1, 4);
        assertArrayEquals(new Object[] {0, 1, 2, 3, 3}, contents(t));
    }

    @Test
    void copyBetweenTablesChecksBothRanges() {
        Table src = table(ValType.EXTERNREF, 2, 2);
        Table dst = table(ValType.EXTERNREF, 4, 4);
        src.set(0, "p");
        src.set(1, "q");
        dst.copy(2, src, 0, 2);
        assertArrayEquals(new Object[] {null, null, "p", "q"}, contents(dst));
        assertTrap(TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS, () -> dst.copy(0, src, 1, 2));
        assertTrap(TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS, () -> dst.copy(3, src, 0, 2));
        assertTrap(TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS, () -> dst.copy(5, src, 0, 0));
        dst.copy(4, src, 2, 0);
    }

    @Test
    void initCopiesFromASegmentAndChecksBothRanges() {
        Table t = table(ValType.EXTERNREF, 4, 4);
        Object[] segment = {"a", "b", "c"};
        t.init(0, segment, 1, 2);
        assertArrayEquals(new Object[] {"b", "c", null, null}, contents(t));
        assertTrap(TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS, () -> t.init(0, segment, 2, 2));
        assertTrap(TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS, () -> t.init(3, segment, 0, 2));
        assertTrap(TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS, () -> t.init(0, new Object[0], 1, 0));
        t.init(4, segment, 3, 0);
        assertArrayEquals(new Object[] {"b", "c", null, null}, contents(t));
    }

    @Test
    void functionForCallTrapsAsCallIndirectDoes() {
        Table t = table(ValType.FUNCREF, 3, 3);
        FunctionRef f = function(I32_TO_I32, "f");
        t.set(0, f);
        t.set(1, function(VOID, "g"));
        int expected = FuncTypeIds.of(new FuncType(List.of(ValType.I32), List.of(ValType.I32)));
        assertSame(f, t.functionForCall(0, expected));
        assertTrap(TrapKind.INDIRECT_CALL_TYPE_MISMATCH, () -> t.functionForCall(1, expected));
        assertTrap(TrapKind.UNINITIALIZED_ELEMENT, () -> t.functionForCall(2, expected));
        assertTrap(TrapKind.UNDEFINED_ELEMENT, () -> t.functionForCall(3, expected));
        assertTrap(TrapKind.UNDEFINED_ELEMENT, () -> t.functionForCall(-1, expected));
    }

    @Test
    void elementTrapsNameTheIndexAsTheReferenceInterpreterDoes() {
        Table t = table(ValType.FUNCREF, 3, 3);
        int expected = FuncTypeIds.of(new FuncType(List.of(), List.of()));
        WasmTrap uninitialized = assertThrows(WasmTrap.class, () -> t.functionForCall(2, expected));
        assertEquals("uninitialized element 2", uninitialized.getMessage());
        WasmTrap undefined = assertThrows(WasmTrap.class, () -> t.functionForCall(-1, expected));
        assertEquals("undefined element 4294967295", undefined.getMessage());
    }

    @Test
    void equalFunctionTypesShareOneIdAndOthersDoNot() {
        int a = FuncTypeIds.of(new FuncType(List.of(ValType.I64), List.of()));
        int b = FuncTypeIds.of(new FuncType(List.of(ValType.I64), List.of()));
        int c = FuncTypeIds.of(new FuncType(List.of(), List.of(ValType.I64)));
        assertEquals(a, b);
        assertNotEquals(a, c);
    }
}
