package dev.tandem.truffle.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import dev.tandem.runtime.Instance;
import dev.tandem.runtime.LinkException;
import dev.tandem.truffle.TruffleModule;
import dev.tandem.truffle.WasmTrapException;
import dev.tandem.wasm.numeric.WasmTrap;

/**
 * What evaluating a module's bytes returns: a compiled module that a host instantiates, as often as
 * it likes, with {@code module.invokeMember("instantiate", imports)} (or by executing it); the
 * result is an {@link InstanceObject}. A start function that traps, or a segment out of bounds,
 * is a {@link WasmTrapException}; imports that do not fit are a link {@link WasmError}.
 */
@ExportLibrary(InteropLibrary.class)
public final class ModuleObject implements TruffleObject {

    private static final ValueArray MEMBERS = new ValueArray(new Object[] {"instantiate"});

    private final TruffleModule module;
    private final String name;

    public ModuleObject(TruffleModule module, String name) {
        this.module = module;
        this.name = name;
    }

    public TruffleModule module() {
        return module;
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    Object execute(Object[] args) throws ArityException {
        if (args.length > 1) {
            throw ArityException.create(0, 1, args.length);
        }
        return instantiate(args.length == 0 ? null : args[0]);
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
    boolean isMemberInvocable(String member) {
        return "instantiate".equals(member);
    }

    @ExportMessage
    Object invokeMember(String member, Object[] args) throws UnknownIdentifierException, ArityException {
        if (!"instantiate".equals(member)) {
            throw UnknownIdentifierException.create(member);
        }
        return execute(args);
    }

    @TruffleBoundary
    private Object instantiate(Object imports) {
        try {
            Instance instance = module.instantiate(ImportBinding.bind(module.module().module(), imports));
            return new InstanceObject(instance);
        } catch (LinkException e) {
            throw WasmError.link(e.getMessage());
        } catch (WasmTrap trap) {
            throw WasmTrapException.of(trap, null);
        }
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "wasm module " + name;
    }
}
