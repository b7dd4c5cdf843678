package dev.tandem.wasm.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A decoded module: immutable, in the spec's terms. Index spaces (functions, tables, memories,
 * globals) count imports first, then the module's own definitions; the accessors here answer in
 * those index spaces so neither the validator nor a tier recomputes them.
 *
 * <p>{@code functionTypeIndices} holds the type index of each module-defined function (the
 * function section); {@code dataCount} is the data count section's value, or -1 when absent;
 * {@code startFunction} is the start function's index, or -1.
 */
public final class Module {

    private final byte[] bytes;
    private final List<FuncType> types;
    private final List<Import> imports;
    private final List<Integer> functionTypeIndices;
    private final List<TableType> tables;
    private final List<MemoryType> memories;
    private final List<Global> globals;
    private final List<Export> exports;
    private final int startFunction;
    private final List<ElementSegment> elements;
    private final int dataCount;
    private final List<FunctionBody> codes;
    private final List<DataSegment> data;
    private final List<CustomSection> customSections;
    private final Names names;

    // Index spaces resolved once: the validator and the tiers ask for them per instruction.
    private final int[] functionTypeIndex;
    private final TableType[] tableTypes;
    private final MemoryType[] memoryTypes;
    private final GlobalType[] globalTypes;
    private final int importedFunctions;
    private final int importedTables;
    private final int importedMemories;
    private final int importedGlobals;

    public Module(
            byte[] bytes,
            List<FuncType> types,
            List<Import> imports,
            List<Integer> functionTypeIndices,
            List<TableType> tables,
            List<MemoryType> memories,
            List<Global> globals,
            List<Export> exports,
            int startFunction,
            List<ElementSegment> elements,
            int dataCount,
            List<FunctionBody> codes,
            List<DataSegment> data,
            List<CustomSection> customSections,
            Names names) {
        this.bytes = bytes;
        this.types = List.copyOf(types);
        this.imports = List.copyOf(imports);
        this.functionTypeIndices = List.copyOf(functionTypeIndices);
        this.tables = List.copyOf(tables);
        this.memories = List.copyOf(memories);
        this.globals = List.copyOf(globals);
        this.exports = List.copyOf(exports);
        this.startFunction = startFunction;
        this.elements = List.copyOf(elements);
        this.dataCount = dataCount;
        this.codes = List.copyOf(codes);
        this.data = List.copyOf(data);
        this.customSections = List.copyOf(customSections);
        this.names = names;
        List<Integer> fti = new ArrayList<>();
        List<TableType> tt = new ArrayList<>();
        List<MemoryType> mt = new ArrayList<>();
        List<GlobalType> gt = new ArrayList<>();
        for (Import i : this.imports) {
            switch (i.kind()) {
                case FUNCTION -> fti.add(i.typeIndex());
                case TABLE -> tt.add(i.table());
                case MEMORY -> mt.add(i.memory());
                case GLOBAL -> gt.add(i.global());
            }
        }
        importedFunctions = fti.size();
        importedTables = tt.size();
        importedMemories = mt.size();
        importedGlobals = gt.size();
        fti.addAll(this.functionTypeIndices);
        tt.addAll(this.tables);
        mt.addAll(this.memories);
        for (Global g : this.globals) {
            gt.add(g.type());
        }
        functionTypeIndex = fti.stream().mapToInt(Integer::intValue).toArray();
        tableTypes = tt.toArray(TableType[]::new);
        memoryTypes = mt.toArray(MemoryType[]::new);
        globalTypes = gt.toArray(GlobalType[]::new);
    }

    public byte[] bytes() {
        return bytes;
    }

    public List<FuncType> types() {
        return types;
    }

    public List<Import> imports() {
        return imports;
    }

    public List<Integer> functionTypeIndices() {
        return functionTypeIndices;
    }

    public List<TableType> tables() {
        return tables;
    }

    public List<MemoryType> memories() {
        return memories;
    }

    public List<Global> globals() {
        return globals;
    }

    public List<Export> exports() {
        return exports;
    }

    public int startFunction() {
        return startFunction;
    }

    public List<ElementSegment> elements() {
        return elements;
    }

    public int dataCount() {
        return dataCount;
    }

    public List<FunctionBody> codes() {
        return codes;
    }

    public List<DataSegment> data() {
        return data;
    }

    public List<CustomSection> customSections() {
        return customSections;
    }

    public Names names() {
        return names;
    }

    public int importedFunctionCount() {
        return importedFunctions;
    }

    public int importedTableCount() {
        return importedTables;
    }

    public int importedMemoryCount() {
        return importedMemories;
    }

    public int importedGlobalCount() {
        return importedGlobals;
    }

    /** Number of functions in the index space (imported + defined). */
    public int functionCount() {
        return functionTypeIndex.length;
    }

    public int tableCount() {
        return tableTypes.length;
    }

    public int memoryCount() {
        return memoryTypes.length;
    }

    public int globalCount() {
        return globalTypes.length;
    }

    /** Type index of a function in the function index space. */
    public int functionTypeIndex(int functionIndex) {
        return functionTypeIndex[functionIndex];
    }

    /** Type of a function in the function index space. */
    public FuncType functionType(int functionIndex) {
        return types.get(functionTypeIndex[functionIndex]);
    }

    public TableType tableType(int tableIndex) {
        return tableTypes[tableIndex];
    }

    public MemoryType memoryType(int memoryIndex) {
        return memoryTypes[memoryIndex];
    }

    public GlobalType globalType(int globalIndex) {
        return globalTypes[globalIndex];
    }
}
