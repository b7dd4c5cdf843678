package dev.tandem.wasm.validate;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.code.CodeReader;
import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.model.ConstExpr;
import dev.tandem.wasm.model.DataSegment;
import dev.tandem.wasm.model.ElementSegment;
import dev.tandem.wasm.model.Export;
import dev.tandem.wasm.model.ExternKind;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.Global;
import dev.tandem.wasm.model.Import;
import dev.tandem.wasm.model.Limits;
import dev.tandem.wasm.model.Module;
import dev.tandem.wasm.model.TableType;
import dev.tandem.wasm.model.ValType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates a decoded module as the Wasm 2.0 spec does (section 3, module rules here, function
 * bodies in {@link FunctionValidator}, constant expressions in {@link ConstExprValidator}) and
 * collects what the tiers need into a {@link ValidatedModule}.
 *
 * <p>The checks run in the reference interpreter's order (imports, function types, globals, tables,
 * memories, element and data segments, function bodies, start, exports, memory count), so a module
 * with several errors reports the one the spec's tests expect.
 */
public final class Validator {

    /** The most pages a 32-bit memory may have: 4 GiB. */
    private static final long MAX_PAGES = 65536;
    private static final long MAX_TABLE_SIZE = 0xFFFF_FFFFL;

    private final Module module;
    private final ConstExprValidator constants;

    private Validator(Module module) {
        this.module = module;
        this.constants = new ConstExprValidator(module);
    }

    public static ValidatedModule validate(Module module) throws ModuleException {
        return new Validator(module).run();
    }

    private ValidatedModule run() throws ModuleException {
        for (Import i : module.imports()) {
            switch (i.kind()) {
                case FUNCTION -> typeIndex(i.typeIndex(), "import " + i.module() + "." + i.name());
                case TABLE -> tableLimits(i.table(), "imported table " + i.module() + "." + i.name());
                case MEMORY -> memoryLimits(i.memory().limits(), "imported memory " + i.module() + "." + i.name());
                case GLOBAL -> {
                }
            }
        }
        for (int i = 0; i < module.functionTypeIndices().size(); i++) {
            typeIndex(module.functionTypeIndices().get(i), "function " + (module.importedFunctionCount() + i));
        }
        BitSet declared = declaredReferences();
        List<ConstInstr> globalInits = new ArrayList<>(module.globals().size());
        for (int i = 0; i < module.globals().size(); i++) {
            Global global = module.globals().get(i);
            String where = "initializer of global " + (module.importedGlobalCount() + i);
            globalInits.add(constants.validate(global.init(), global.type().type(), where));
        }
        for (int i = 0; i < module.tables().size(); i++) {
            tableLimits(module.tables().get(i), "table " + (module.importedTableCount() + i));
        }
        for (int i = 0; i < module.memories().size(); i++) {
            memoryLimits(module.memories().get(i).limits(), "memory " + (module.importedMemoryCount() + i));
        }
        List<ConstInstr> elementOffsets = new ArrayList<>();
        List<List<ConstInstr>> elementItems = new ArrayList<>();
        for (int i = 0; i < module.elements().size(); i++) {
            elementSegment(i, elementOffsets, elementItems);
        }
        List<ConstInstr> dataOffsets = new ArrayList<>();
        for (int i = 0; i < module.data().size(); i++) {
            DataSegment segment = module.data().get(i);
            ConstInstr offset = null;
            if (segment.active()) {
                ModuleContext.check(segment.memoryIndex(), module.memoryCount(), "memory", offsetOf(segment.offset()));
                offset = constants.validate(segment.offset(), ValType.I32, "offset of data segment " + i);
            }
            dataOffsets.add(offset);
        }
        FunctionValidator functions = new FunctionValidator(new ModuleContext(module, declared));
        List<FunctionFacts> facts = new ArrayList<>(module.codes().size());
        for (int i = 0; i < module.codes().size(); i++) {
            facts.add(functions.validate(i));
        }
        startFunction();
        exports();
        if (module.memoryCount() > 1) {
            throw ModuleException.invalid("multiple memories",
                    "Wasm 2.0 allows one memory, the module has " + module.memoryCount(), -1);
        }
        return new ValidatedModule(module, facts, globalInits, elementOffsets, elementItems, dataOffsets, declared);
    }

    private void typeIndex(int index, String where) throws ModuleException {
        ModuleContext.check(index, module.types().size(), "type", where + " names type "
                + Integer.toUnsignedString(index) + ", the module has " + module.types().size(), -1);
    }

    private static void tableLimits(TableType table, String where) throws ModuleException {
        limits(table.limits(), MAX_TABLE_SIZE, "table size must be at most 2^32-1", where);
    }

    private static void memoryLimits(Limits limits, String where) throws ModuleException {
        limits(limits, MAX_PAGES, "memory size must be at most 65536 pages (4GiB)", where);
    }

    private static void limits(Limits limits, long range, String rangeText, String where) throws ModuleException {
        if (limits.min() > range || (limits.hasMax() && limits.max() > range)) {
            throw ModuleException.invalid(rangeText, where + " has limits " + text(limits), -1);
        }
        if (limits.hasMax() && limits.min() > limits.max()) {
            throw ModuleException.invalid("size minimum must not be greater than maximum",
                    where + " has limits " + text(limits), -1);
        }
    }

    private static String text(Limits limits) {
        return limits.min() + ".." + (limits.hasMax() ? String.valueOf(limits.max()) : "");
    }

    /**
     * C.refs: the functions named outside function bodies (exports, global initializers, element
     * segments); only these may a {@code ref.func} in a body name. Indices are checked later, where
     * the spec checks them.
     */
    private BitSet declaredReferences() throws ModuleException {
        BitSet declared = new BitSet();
        for (Export export : module.exports()) {
            if (export.kind() == ExternKind.FUNCTION && export.index() >= 0) {
                declared.set(export.index());
            }
        }
        for (Global global : module.globals()) {
            declareRefFuncs(global.init(), declared);
        }
        for (ElementSegment segment : module.elements()) {
            if (segment.hasFunctionIndices()) {
                for (int function : segment.functionIndices()) {
                    if (function >= 0) {
                        declared.set(function);
                    }
                }
            } else {
                for (ConstExpr item : segment.items()) {
                    declareRefFuncs(item, declared);
                }
            }
        }
        return declared;
    }

    private static void declareRefFuncs(ConstExpr expr, BitSet declared) throws ModuleException {
        CodeReader reader = new CodeReader(expr.code(), expr.start(), expr.end(), true);
        while (reader.depth() > 0 && reader.hasNext()) {
            if (reader.next() == Opcodes.REF_FUNC && reader.index() >= 0) {
                declared.set(reader.index());
            }
        }
    }

    private void elementSegment(int index, List<ConstInstr> offsets, List<List<ConstInstr>> items)
            throws ModuleException {
        ElementSegment segment = module.elements().get(index);
        String where = "element segment " + index;
        if (segment.hasFunctionIndices()) {
            for (int function : segment.functionIndices()) {
                ModuleContext.check(function, module.functionCount(), "function",
                        where + " names function " + Integer.toUnsignedString(function) + ", the module has "
                                + module.functionCount(), -1);
            }
            items.add(null);
        } else {
            List<ConstInstr> decoded = new ArrayList<>(segment.items().size());
            for (ConstExpr item : segment.items()) {
                decoded.add(constants.validate(item, segment.elementType(), "item of " + where));
            }
            items.add(List.copyOf(decoded));
        }
        ConstInstr offset = null;
        if (segment.mode() == ElementSegment.Mode.ACTIVE) {
            int table = ModuleContext.check(segment.tableIndex(), module.tableCount(), "table",
                    offsetOf(segment.offset()));
            offset = constants.validate(segment.offset(), ValType.I32, "offset of " + where);
            ValType tableType = module.tableType(table).elementType();
            if (tableType != segment.elementType()) {
                throw ModuleException.invalid("type mismatch", where + " holds " + segment.elementType()
                        + " but table " + table + " holds " + tableType, offsetOf(segment.offset()));
            }
        }
        offsets.add(offset);
    }

    private void startFunction() throws ModuleException {
        int start = module.startFunction();
        if (start == -1) {
            return;
        }
        ModuleContext.check(start, module.functionCount(), "function",
                "the start function is " + Integer.toUnsignedString(start) + ", the module has "
                        + module.functionCount() + " functions", -1);
        FuncType type = module.functionType(start);
        if (!type.params().isEmpty() || !type.results().isEmpty()) {
            throw ModuleException.invalid("start function must not have parameters or results",
                    "function " + start + " has type " + type, -1);
        }
    }

    private void exports() throws ModuleException {
        Set<String> names = new HashSet<>();
        for (Export export : module.exports()) {
            int count = switch (export.kind()) {
                case FUNCTION -> module.functionCount();
                case TABLE -> module.tableCount();
                case MEMORY -> module.memoryCount();
                case GLOBAL -> module.globalCount();
            };
            ModuleContext.check(export.index(), count, export.kind().toString(),
                    "export \"" + export.name() + "\" names " + export.kind() + " "
                            + Integer.toUnsignedString(export.index()) + ", the module has " + count, -1);
            if (!names.add(export.name())) {
                throw ModuleException.invalid("duplicate export name", "\"" + export.name() + "\"", -1);
            }
        }
    }

    private static long offsetOf(ConstExpr expr) {
        return expr == null ? -1 : expr.start();
    }
}
