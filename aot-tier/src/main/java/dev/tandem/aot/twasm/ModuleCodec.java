package dev.tandem.aot.twasm;

import dev.tandem.wasm.model.ConstExpr;
import dev.tandem.wasm.model.DataSegment;
import dev.tandem.wasm.model.ElementSegment;
import dev.tandem.wasm.model.Export;
import dev.tandem.wasm.model.ExternKind;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.FunctionBody;
import dev.tandem.wasm.model.Global;
import dev.tandem.wasm.model.GlobalType;
import dev.tandem.wasm.model.Import;
import dev.tandem.wasm.model.Limits;
import dev.tandem.wasm.model.MemoryType;
import dev.tandem.wasm.model.Module;
import dev.tandem.wasm.model.Names;
import dev.tandem.wasm.model.TableType;
import dev.tandem.wasm.model.ValType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A module's declarations in a {@code .twasm} file: everything instantiation needs (types, imports,
 * exports, tables, memories, globals, element and data segments, the start function, function names),
 * so that loading decodes no Wasm. Function bodies are not kept: the compiled classes replace them.
 * A loaded module's bodies read {@code unreachable end} ({@link #STUB_BODY}), which validates for any
 * function type; no code ever runs them. Custom sections and local names are not kept.
 */
final class ModuleCodec {

    /** The body of every function of a loaded module: never run, valid for any type. */
    static final byte[] STUB_BODY = {0x00, 0x0B};

    private ModuleCodec() {
    }

    static void write(Module m, BinaryOutput out) {
        out.u32(m.types().size());
        for (FuncType t : m.types()) {
            valTypes(out, t.params());
            valTypes(out, t.results());
        }
        out.u32(m.imports().size());
        for (Import i : m.imports()) {
            out.string(i.module());
            out.string(i.name());
            out.u8(i.kind().code());
            switch (i.kind()) {
                case FUNCTION -> out.u32(i.typeIndex());
                case TABLE -> tableType(out, i.table());
                case MEMORY -> limits(out, i.memory().limits());
                case GLOBAL -> globalType(out, i.global());
            }
        }
        out.u32(m.functionTypeIndices().size());
        for (int t : m.functionTypeIndices()) {
            out.u32(t);
        }
        out.u32(m.tables().size());
        for (TableType t : m.tables()) {
            tableType(out, t);
        }
        out.u32(m.memories().size());
        for (MemoryType t : m.memories()) {
            limits(out, t.limits());
        }
        out.u32(m.globals().size());
        for (Global g : m.globals()) {
            globalType(out, g.type());
            expr(out, g.init());
        }
        out.u32(m.exports().size());
        for (Export e : m.exports()) {
            out.string(e.name());
            out.u8(e.kind().code());
            out.u32(e.index());
        }
        out.s32(m.startFunction());
        out.u32(m.elements().size());
        for (ElementSegment e : m.elements()) {
            out.u8(e.mode().ordinal());
            out.u8(e.elementType().code());
            out.u32(e.tableIndex());
            optionalExpr(out, e.offset());
            out.bool(e.hasFunctionIndices());
            if (e.hasFunctionIndices()) {
                out.u32(e.functionIndices().length);
                for (int f : e.functionIndices()) {
                    out.u32(f);
                }
            } else {
                out.u32(e.items().size());
                for (ConstExpr item : e.items()) {
                    expr(out, item);
                }
            }
        }
        out.s32(m.dataCount());
        out.u32(m.data().size());
        for (DataSegment d : m.data()) {
            out.bool(d.active());
            out.u32(d.memoryIndex());
            optionalExpr(out, d.offset());
            out.bytes(d.bytes(), d.start(), d.length());
        }
        Names names = m.names() == null ? Names.EMPTY : m.names();
        out.bool(names.moduleName() != null);
        if (names.moduleName() != null) {
            out.string(names.moduleName());
        }
        out.u32(names.functionNames().size());
        for (Map.Entry<Integer, String> e : names.functionNames().entrySet()) {
            out.u32(e.getKey());
            out.string(e.getValue());
        }
    }

    static Module read(BinaryInput in) throws IOException {
        int count = in.count();
        List<FuncType> types = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            types.add(new FuncType(valTypes(in), valTypes(in)));
        }
        count = in.count();
        List<Import> imports = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String module = in.string();
            String name = in.string();
            int kind = in.u8();
            imports.add(switch (kind) {
                case 0 -> Import.function(module, name, in.u32());
                case 1 -> Import.table(module, name, tableType(in));
                case 2 -> Import.memory(module, name, new MemoryType(limits(in)));
                case 3 -> Import.global(module, name, globalType(in));
                default -> throw in.malformed("import kind " + kind);
            });
        }
        count = in.count();
        List<Integer> functions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            functions.add(in.u32());
        }
        count = in.count();
        List<TableType> tables = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tables.add(tableType(in));
        }
        count = in.count();
        List<MemoryType> memories = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            memories.add(new MemoryType(limits(in)));
        }
        count = in.count();
        List<Global> globals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            globals.add(new Global(globalType(in), expr(in)));
        }
        count = in.count();
        List<Export> exports = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = in.string();
            int kind = in.u8();
            if (kind > 3) {
                throw in.malformed("export kind " + kind);
            }
            exports.add(new Export(name, ExternKind.values()[kind], in.u32()));
        }
        int start = in.s32();
        count = in.count();
        List<ElementSegment> elements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int mode = in.u8();
            if (mode >= ElementSegment.Mode.values().length) {
                throw in.malformed("element mode " + mode);
            }
            ValType type = valType(in);
            int table = in.u32();
            ConstExpr offset = optionalExpr(in);
            ElementSegment.Mode m = ElementSegment.Mode.values()[mode];
            if (in.bool()) {
                int[] indices = new int[in.count()];
                for (int k = 0; k < indices.length; k++) {
                    indices[k] = in.u32();
                }
                elements.add(new ElementSegment(m, type, table, offset, List.of(), indices));
            } else {
                int n = in.count();
                List<ConstExpr> items = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    items.add(expr(in));
                }
                elements.add(new ElementSegment(m, type, table, offset, items));
            }
        }
        int dataCount = in.s32();
        count = in.count();
        List<DataSegment> data = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean active = in.bool();
            int memory = in.u32();
            ConstExpr offset = optionalExpr(in);
            byte[] bytes = in.bytes();
            data.add(new DataSegment(active, memory, offset, bytes, 0, bytes.length));
        }
        String moduleName = in.bool() ? in.string() : null;
        count = in.count();
        Map<Integer, String> functionNames = new HashMap<>();
        for (int i = 0; i < count; i++) {
            functionNames.put(in.u32(), in.string());
        }
        List<FunctionBody> codes = new ArrayList<>(functions.size());
        for (int i = 0; i < functions.size(); i++) {
            codes.add(new FunctionBody(List.of(), STUB_BODY, 0, STUB_BODY.length, 0));
        }
        Names names = new Names(moduleName, functionNames, Map.of());
        return new Module(new byte[0], types, imports, functions, tables, memories, globals, exports, start, elements,
                dataCount, codes, data, List.of(), names);
    }

    private static void valTypes(BinaryOutput out, List<ValType> types) {
        out.u32(types.size());
        for (ValType t : types) {
            out.u8(t.code());
        }
    }

    private static List<ValType> valTypes(BinaryInput in) throws IOException {
        int n = in.count();
        List<ValType> types = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            types.add(valType(in));
        }
        return types;
    }

    private static ValType valType(BinaryInput in) throws IOException {
        int code = in.u8();
        ValType t = ValType.fromCode(code);
        if (t == null) {
            throw in.malformed("value type 0x" + Integer.toHexString(code));
        }
        return t;
    }

    private static void limits(BinaryOutput out, Limits l) {
        out.u64(l.min());
        out.u64(l.max());
    }

    private static Limits limits(BinaryInput in) throws IOException {
        return new Limits(in.u64(), in.u64());
    }

    private static void tableType(BinaryOutput out, TableType t) {
        out.u8(t.elementType().code());
        limits(out, t.limits());
    }

    private static TableType tableType(BinaryInput in) throws IOException {
        return new TableType(valType(in), limits(in));
    }

    private static void globalType(BinaryOutput out, GlobalType t) {
        out.u8(t.type().code());
        out.bool(t.mutable());
    }

    private static GlobalType globalType(BinaryInput in) throws IOException {
        return new GlobalType(valType(in), in.bool());
    }

    private static void expr(BinaryOutput out, ConstExpr e) {
        out.bytes(e.code(), e.start(), e.end() - e.start());
    }

    private static ConstExpr expr(BinaryInput in) throws IOException {
        byte[] code = in.bytes();
        return new ConstExpr(code, 0, code.length);
    }

    private static void optionalExpr(BinaryOutput out, ConstExpr e) {
        out.bool(e != null);
        if (e != null) {
            expr(out, e);
        }
    }

    private static ConstExpr optionalExpr(BinaryInput in) throws IOException {
        return in.bool() ? expr(in) : null;
    }
}
