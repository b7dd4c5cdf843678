package dev.tandem.aot.rt;

import dev.tandem.runtime.FunctionRef;
import dev.tandem.runtime.Instance;
import dev.tandem.runtime.Table;
import dev.tandem.wasm.numeric.WasmTrap;

/**
 * Table instructions and the {@code call_indirect} lookup as generated code calls them: operands in
 * stack order, then the table. Each delegates to the shared {@link Table} and only adds the
 * backtrace to a trap ({@link Traps}).
 */
public final class TableAccess {

    private TableAccess() {
    }

    public static Object get(int index, Table t) {
        try {
            return t.get(index);
        } catch (WasmTrap e) {
            throw Traps.capture(e);
        }
    }

    public static void set(int index, Object ref, Table t) {
        try {
            t.set(index, ref);
        } catch (WasmTrap e) {
            throw Traps.capture(e);
        }
    }

    /** {@code table.grow}: never traps, -1 on failure. */
    public static int grow(Object init, int n, Table t) {
        return t.grow(init, n);
    }

    public static void fill(int index, Object ref, int n, Table t) {
        try {
            t.fill(index, ref, n);
        } catch (WasmTrap e) {
            throw Traps.capture(e);
        }
    }

    public static void copy(int d, int s, int n, Table dst, Table src) {
        try {
            dst.copy(d, src, s, n);
        } catch (WasmTrap e) {
            throw Traps.capture(e);
        }
    }

    /** {@code table.init elem table}. */
    public static void init(int d, int s, int n, Instance instance, int table, int elem) {
        try {
            instance.tableInit(table, elem, d, s, n);
        } catch (WasmTrap e) {
            throw Traps.capture(e);
        }
    }

    /**
     * The callee of {@code call_indirect}, with the spec's checks in the runtime's order: index in
     * bounds ("undefined element"), slot not null ("uninitialized element"), type equal to the
     * expected one ("indirect call type mismatch").
     */
    public static FunctionRef functionForCall(int index, Table t, int expectedTypeId) {
        try {
            return t.functionForCall(index, expectedTypeId);
        } catch (WasmTrap e) {
            throw Traps.capture(e);
        }
    }
}
