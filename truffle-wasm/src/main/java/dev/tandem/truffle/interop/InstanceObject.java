package dev.tandem.truffle.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import dev.tandem.runtime.FunctionRef;
import dev.tandem.runtime.Global;
import dev.tandem.runtime.Instance;
import dev.tandem.runtime.Memory;
import dev.tandem.runtime.Table;

/**
 * An instance for a host: one readable member per export ({@link FunctionObject},
 * {@link MemoryObject}, {@link TableObject}, {@link GlobalObject}). It can also serve as one
 * module's worth of imports for another module's {@code instantiate}.
 */
@ExportLibrary(InteropLibrary.class)
public final class InstanceObject implements TruffleObject {

    private final Instance instance;

    public InstanceObject(Instance instance) {
        this.instance = instance;
    }

    public Instance instance() {
        return instance;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new ValueArray(instance.exportNames().toArray());
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return instance.export(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        return switch (instance.export(member)) {
            case FunctionRef f -> new FunctionObject(f);
            case Memory m -> new MemoryObject(m);
            case Table t -> new TableObject(t);
            case Global g -> new GlobalObject(g);
            case null, default -> throw UnknownIdentifierException.create(member);
        };
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "wasm " + instance;
    }
}
