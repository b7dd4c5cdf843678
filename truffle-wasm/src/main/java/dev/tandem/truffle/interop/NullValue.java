package dev.tandem.truffle.interop;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** What a host sees for a null reference, and for the result of a function that returns nothing. */
@ExportLibrary(InteropLibrary.class)
public final class NullValue implements TruffleObject {

    public static final NullValue INSTANCE = new NullValue();

    private NullValue() {
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "null";
    }
}
