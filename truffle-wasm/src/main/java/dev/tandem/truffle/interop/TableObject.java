package dev.tandem.truffle.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import dev.tandem.runtime.Table;

/** A table for a host: an array of references (functions, extern values or null) of its current size. */
@ExportLibrary(InteropLibrary.class)
public final class TableObject implements TruffleObject {

    private final Table table;

    public TableObject(Table table) {
        this.table = table;
    }

    public Table table() {
        return table;
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return table.size();
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < table.size();
    }

    @ExportMessage
    boolean isArrayElementModifiable(long index) {
        return isArrayElementReadable(index);
    }

    @ExportMessage
    boolean isArrayElementInsertable(@SuppressWarnings("unused") long index) {
        return false;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return Values.toHost(table.get((int) index));
    }

    @ExportMessage
    @TruffleBoundary
    void writeArrayElement(long index, Object value) throws InvalidArrayIndexException, UnsupportedTypeException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        Object ref = InteropLibrary.getUncached().isNull(value) ? null : Values.toWasm(table.elementType(), value);
        if (ref == null && !InteropLibrary.getUncached().isNull(value)) {
            throw UnsupportedTypeException.create(new Object[] {value}, "a " + table.elementType() + " table element");
        }
        table.set((int) index, ref);
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "wasm table of " + table.size() + " " + table.elementType();
    }
}
