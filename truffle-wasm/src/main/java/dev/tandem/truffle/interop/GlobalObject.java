package dev.tandem.truffle.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import dev.tandem.runtime.Global;

/** A global for a host: member {@code value}, readable, and writable when the global is mutable. */
@ExportLibrary(InteropLibrary.class)
public final class GlobalObject implements TruffleObject {

    private static final ValueArray MEMBERS = new ValueArray(new Object[] {"value"});

    private final Global global;

    public GlobalObject(Global global) {
        this.global = global;
    }

    public Global global() {
        return global;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return MEMBERS;
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return "value".equals(member);
    }

    @ExportMessage
    boolean isMemberModifiable(String member) {
        return "value".equals(member) && global.type().mutable();
    }

    @ExportMessage
    boolean isMemberInsertable(@SuppressWarnings("unused") String member) {
        return false;
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        if (!"value".equals(member)) {
            throw UnknownIdentifierException.create(member);
        }
        return Values.toHost(global.get());
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) throws UnknownIdentifierException, UnsupportedMessageException,
            UnsupportedTypeException {
        if (!"value".equals(member)) {
            throw UnknownIdentifierException.create(member);
        }
        if (!global.type().mutable()) {
            throw UnsupportedMessageException.create();
        }
        Object boxed = InteropLibrary.getUncached().isNull(value) && global.type().type().isReference() ? null
                : Values.toWasm(global.type().type(), value);
        if (boxed == null && !global.type().type().isReference()) {
            throw UnsupportedTypeException.create(new Object[] {value}, "a global of type " + global.type().type());
        }
        global.set(boxed);
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "wasm " + global;
    }
}
