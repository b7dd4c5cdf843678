package dev.tandem.runtime.link;

import dev.tandem.runtime.FunctionRef;
import dev.tandem.runtime.Global;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.LinkException;
import dev.tandem.runtime.Memory;
import dev.tandem.runtime.Table;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.GlobalType;
import dev.tandem.wasm.model.Import;
import dev.tandem.wasm.model.Limits;
import dev.tandem.wasm.model.Module;

/**
 * Resolves a module's imports and checks each against its declared type, by Wasm 2.0's import
 * matching rules: functions by equal type; tables by equal element type and limits subtyping;
 * memories by limits subtyping; globals by equal value type and mutability. Limits subtyping
 * compares the import's declared limits with the extern value's current ones: its current size must
 * be at least the declared minimum, and if a maximum is declared, the value must have one no larger.
 */
final class ImportMatcher {

    /** The resolved extern values, one array per index space, imports only. */
    record Resolved(FunctionRef[] functions, Table[] tables, Memory[] memories, Global[] globals) {
    }

    private ImportMatcher() {
    }

    static Resolved resolve(Module module, Imports imports) throws LinkException {
        FunctionRef[] functions = new FunctionRef[module.importedFunctionCount()];
        Table[] tables = new Table[module.importedTableCount()];
        Memory[] memories = new Memory[module.importedMemoryCount()];
        Global[] globals = new Global[module.importedGlobalCount()];
        int f = 0;
        int t = 0;
        int m = 0;
        int g = 0;
        for (Import imp : module.imports()) {
            String where = imp.module() + "." + imp.name();
            Object value = imports.resolve(imp.module(), imp.name());
            if (value == null) {
                throw new LinkException(LinkException.UNKNOWN_IMPORT, where);
            }
            switch (imp.kind()) {
                case FUNCTION -> functions[f++] = matchFunction(where, module.types().get(imp.typeIndex()), value);
                case TABLE -> tables[t++] = matchTable(where, imp, value);
                case MEMORY -> memories[m++] = matchMemory(where, imp, value);
                case GLOBAL -> globals[g++] = matchGlobal(where, imp.global(), value);
            }
        }
        return new Resolved(functions, tables, memories, globals);
    }

    private static FunctionRef matchFunction(String where, FuncType expected, Object value) throws LinkException {
        if (!(value instanceof FunctionRef function) || !function.type().equals(expected)) {
            throw incompatible(where, "function " + expected, value);
        }
        return function;
    }

    private static Table matchTable(String where, Import imp, Object value) throws LinkException {
        if (!(value instanceof Table table)
                || table.elementType() != imp.table().elementType()
                || !matches(table.type().limits(), imp.table().limits())) {
            throw incompatible(where, "table " + imp.table().elementType() + " " + limits(imp.table().limits()), value);
        }
        return table;
    }

    private static Memory matchMemory(String where, Import imp, Object value) throws LinkException {
        if (!(value instanceof Memory memory) || !matches(memory.type().limits(), imp.memory().limits())) {
            throw incompatible(where, "memory " + limits(imp.memory().limits()), value);
        }
        return memory;
    }

    private static Global matchGlobal(String where, GlobalType expected, Object value) throws LinkException {
        if (!(value instanceof Global global) || !global.type().equals(expected)) {
            throw incompatible(where, describe(expected), value);
        }
        return global;
    }

    /** Limits subtyping: {@code actual} (the extern value's) matches {@code expected} (the import's). */
    static boolean matches(Limits actual, Limits expected) {
        if (actual.min() < expected.min()) {
            return false;
        }
        if (!expected.hasMax()) {
            return true;
        }
        return actual.hasMax() && actual.max() <= expected.max();
    }

    private static LinkException incompatible(String where, String expected, Object actual) {
        return new LinkException(LinkException.INCOMPATIBLE_IMPORT_TYPE,
                where + ": expected " + expected + ", got " + describe(actual));
    }

    /** An extern value's type in the words of the messages, e.g. {@code memory 1..2} or {@code global mut i32}. */
    static String describe(Object value) {
        return switch (value) {
            case FunctionRef f -> "function " + f.type();
            case Table t -> "table " + t.elementType() + " " + limits(t.type().limits());
            case Memory m -> "memory " + limits(m.type().limits());
            case Global g -> describe(g.type());
            default -> value.getClass().getSimpleName();
        };
    }

    private static String describe(GlobalType type) {
        return "global " + (type.mutable() ? "mut " : "") + type.type();
    }

    private static String limits(Limits limits) {
        return limits.min() + ".." + (limits.hasMax() ? Long.toString(limits.max()) : "");
    }

}
