package dev.tandem.runtime;

import dev.tandem.wasm.model.Limits;
import dev.tandem.wasm.model.TableType;
import dev.tandem.wasm.model.ValType;
import dev.tandem.wasm.numeric.TrapKind;
import dev.tandem.wasm.numeric.WasmTrap;
import java.util.Arrays;

/**
 * A table of references: {@link FunctionRef} or null in a funcref table, any Java object or null in
 * an externref table. Indices and counts are the instructions' i32 operands, read as unsigned; every
 * operation checks its whole range before changing anything, and traps with "out of bounds table
 * access" (the spec's rule for {@code table.get/set/fill/copy/init} and active element segments).
 */
public final class Table {

    /** The most elements a Java array holds on common JVMs. */
    public static final int MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private final ValType elementType;
    private final long declaredMax;
    private final long maxSize;
    private Object[] elements;

    /** A table of the type's minimum size, all null, growable to {@link ResourceLimits#DEFAULT}. */
    public Table(TableType type) {
        this(type, ResourceLimits.DEFAULT.tableElements());
    }

    /** @throws IllegalArgumentException when the minimum exceeds the host limit (the instantiator checks first) */
    public Table(TableType type, int hostElementLimit) {
        Limits limits = type.limits();
        if (limits.min() > hostElementLimit) {
            throw new IllegalArgumentException("table of " + limits.min() + " elements exceeds the host limit of "
                    + hostElementLimit + " elements");
        }
        this.elementType = type.elementType();
        this.declaredMax = limits.max();
        this.maxSize = limits.hasMax() ? Math.min(limits.max(), hostElementLimit) : hostElementLimit;
        this.elements = new Object[(int) limits.min()];
    }

    public ValType elementType() {
        return elementType;
    }

    /** The type this table has now, for import matching: current size as minimum, the declared maximum. */
    public TableType type() {
        return new TableType(elementType, new Limits(elements.length, declaredMax));
    }

    public int size() {
        return elements.length;
    }

    /** {@code table.get}. */
    public Object get(int index) {
        Object[] e = elements;
        if (Integer.compareUnsigned(index, e.length) >= 0) {
            throw outOfBounds();
        }
        return e[index];
    }

    /** {@code table.set}. */
    public void set(int index, Object ref) {
        checkElement(ref);
        Object[] e = elements;
        if (Integer.compareUnsigned(index, e.length) >= 0) {
            throw outOfBounds();
        }
        e[index] = ref;
    }

    /**
     * The function {@code call_indirect} calls: traps "undefined element N" when the index is past the
     * end, "uninitialized element N" when the slot is null (the reference interpreter's wording, index
     * included: the suite checks it), "indirect call type mismatch" when the function's type is not
     * the expected one.
     *
     * @param expectedTypeId {@link FuncTypeIds#of} the call's type
     */
    public FunctionRef functionForCall(int index, int expectedTypeId) {
        Object[] e = elements;
        if (Integer.compareUnsigned(index, e.length) >= 0) {
            throw WasmTrap.withIndex(TrapKind.UNDEFINED_ELEMENT, index);
        }
        Object ref = e[index];
        if (ref == null) {
            throw WasmTrap.withIndex(TrapKind.UNINITIALIZED_ELEMENT, index);
        }
        FunctionRef function = (FunctionRef) ref;
        if (function.typeId() != expectedTypeId) {
            throw new WasmTrap(TrapKind.INDIRECT_CALL_TYPE_MISMATCH);
        }
        return function;
    }

    /**
     * {@code table.grow}: adds {@code delta} (unsigned) elements set to {@code init}.
     *
     * @return the previous size, or -1 when the result would pass the declared maximum or the host
     *         limit, or the JVM cannot allocate it (the table is then unchanged)
     */
    public int grow(Object init, int delta) {
        checkElement(init);
        int old = elements.length;
        long requested = old + Integer.toUnsignedLong(delta);
        if (requested > maxSize) {
            return -1;
        }
        if (requested != old) {
            try {
                Object[] grown = Arrays.copyOf(elements, (int) requested);
                Arrays.fill(grown, old, (int) requested, init);
                elements = grown;
            } catch (OutOfMemoryError e) {
                return -1;
            }
        }
        return old;
    }

    /** {@code table.fill}. */
    public void fill(int index, Object ref, int n) {
        checkElement(ref);
        Object[] e = elements;
        long start = Integer.toUnsignedLong(index);
        long len = Integer.toUnsignedLong(n);
        checkRange(e.length, start, len);
        Arrays.fill(e, (int) start, (int) (start + len), ref);
    }

    /** {@code table.copy} into this table from {@code source} (possibly this table; overlap is handled). */
    public void copy(int d, Table source, int s, int n) {
        Object[] dst = elements;
        Object[] src = source.elements;
        long dstStart = Integer.toUnsignedLong(d);
        long srcStart = Integer.toUnsignedLong(s);
        long len = Integer.toUnsignedLong(n);
        checkRange(dst.length, dstStart, len);
        checkRange(src.length, srcStart, len);
        System.arraycopy(src, (int) srcStart, dst, (int) dstStart, (int) len);
    }

    /**
     * {@code table.init} and active element segments: copies {@code n} references from offset
     * {@code s} of an evaluated segment to {@code d}. A dropped segment is an empty array.
     */
    public void init(int d, Object[] segment, int s, int n) {
        Object[] e = elements;
        long dstStart = Integer.toUnsignedLong(d);
        long srcStart = Integer.toUnsignedLong(s);
        long len = Integer.toUnsignedLong(n);
        checkRange(e.length, dstStart, len);
        checkRange(segment.length, srcStart, len);
        System.arraycopy(segment, (int) srcStart, e, (int) dstStart, (int) len);
    }

    private void checkElement(Object ref) {
        // Only a host can break this (Wasm code is validated); an externref table takes any object.
        if (ref != null && elementType == ValType.FUNCREF && !(ref instanceof FunctionRef)) {
            throw new IllegalArgumentException("a funcref table holds FunctionRef or null, not "
                    + ref.getClass().getName());
        }
    }

    private static void checkRange(long size, long start, long length) {
        if (start + length > size) {
            throw outOfBounds();
        }
    }

    private static WasmTrap outOfBounds() {
        return new WasmTrap(TrapKind.OUT_OF_BOUNDS_TABLE_ACCESS);
    }
}
