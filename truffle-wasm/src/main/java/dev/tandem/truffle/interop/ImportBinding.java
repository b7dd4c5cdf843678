package dev.tandem.truffle.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import dev.tandem.runtime.Global;
import dev.tandem.runtime.HostFunction;
import dev.tandem.runtime.Imports;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.Import;
import dev.tandem.wasm.model.Module;

/**
 * Turns a host's import object ({@code {env: {f: fn, memory: mem}}}: members per module name,
 * then per field) into the runtime's {@link Imports}. Executable values become host functions of
 * the declared type; this language's exported objects are passed through; a number can stand for
 * an immutable global. Missing entries are left out, so the runtime's import matching reports them
 * in the spec's words ("unknown import").
 */
final class ImportBinding {

    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

    private ImportBinding() {
    }

    @TruffleBoundary
    static Imports bind(Module module, Object importObject) {
        Imports.Builder builder = Imports.builder();
        if (importObject == null || INTEROP.isNull(importObject)) {
            return builder.build();
        }
        for (Import wanted : module.imports()) {
            Object value = member(member(importObject, wanted.module()), wanted.name());
            if (value == null) {
                continue;
            }
            String what = "import " + wanted.module() + "." + wanted.name();
            Object extern = switch (wanted.kind()) {
                case FUNCTION -> function(what, module.types().get(wanted.typeIndex()), value);
                case MEMORY -> value instanceof MemoryObject m ? m.memory() : null;
                case TABLE -> value instanceof TableObject t ? t.table() : null;
                case GLOBAL -> value instanceof GlobalObject g ? g.global() : constantGlobal(wanted, value);
            };
            if (extern == null) {
                throw WasmError.link("incompatible import type: " + what + " must be a " + wanted.kind()
                        + ", got " + INTEROP.toDisplayString(value));
            }
            builder.add(wanted.module(), wanted.name(), extern);
        }
        return builder.build();
    }

    private static Object function(String what, FuncType type, Object value) {
        if (value instanceof FunctionObject f) {
            return f.function();
        }
        if (!INTEROP.isExecutable(value)) {
            return null;
        }
        return new HostFunction(type, args -> Values.callHost("host function for " + what, value, type, args));
    }

    private static Object constantGlobal(Import wanted, Object value) {
        Object boxed = Values.toWasm(wanted.global().type(), value);
        return boxed == null || wanted.global().mutable() ? null : new Global(wanted.global(), boxed);
    }

    private static Object member(Object object, String name) {
        if (object == null) {
            return null;
        }
        try {
            return INTEROP.isMemberReadable(object, name) ? INTEROP.readMember(object, name) : null;
        } catch (InteropException e) {
            return null;
        }
    }
}
