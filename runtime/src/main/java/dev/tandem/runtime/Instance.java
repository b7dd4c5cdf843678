package dev.tandem.runtime;

import dev.tandem.wasm.model.DataSegment;
import dev.tandem.wasm.model.Export;
import dev.tandem.wasm.model.ExternKind;
import dev.tandem.wasm.model.Module;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An instantiated module: its functions, tables, memories and globals (imported and its own), the
 * runtime state of its data and element segments, and its exports.
 *
 * <p>The host uses the exports by name: {@link #function(String)}, {@link #memory(String)},
 * {@link #table(String)}, {@link #global(String)}, {@link #export(String)}.
 *
 * <p>Tiers use the index spaces ({@link #function(int)}, {@link #memory(int)}, ...) and the segment
 * operations ({@link #memoryInit}, {@link #dataDrop}, {@link #tableInit}, {@link #elemDrop}).
 * Instances are made by {@link dev.tandem.runtime.link.Instantiator}; the arrays given to the
 * constructor belong to the instance from then on, and the instantiator fills them as the spec's
 * instantiation steps go.
 */
public final class Instance {

    private static final Object[] DROPPED = new Object[0];

    private final Module module;
    private final FunctionRef[] functions;
    private final Table[] tables;
    private final Memory[] memories;
    private final Global[] globals;
    private final Object[][] elements;
    private final DataSegment[] data;
    private final boolean[] droppedData;
    private final Map<String, Export> exports;

    /**
     * @param elements one evaluated reference array per element segment of the module (filled by the instantiator)
     */
    public Instance(Module module, FunctionRef[] functions, Table[] tables, Memory[] memories, Global[] globals,
                    Object[][] elements) {
        this.module = module;
        this.functions = functions;
        this.tables = tables;
        this.memories = memories;
        this.globals = globals;
        this.elements = elements;
        this.data = module.data().toArray(DataSegment[]::new);
        this.droppedData = new boolean[data.length];
        Map<String, Export> byName = new LinkedHashMap<>();
        for (Export e : module.exports()) {
            byName.put(e.name(), e);
        }
        this.exports = Collections.unmodifiableMap(byName);
    }

    public Module module() {
        return module;
    }

    // ---- exports, for the host -----------------------------------------------------------------

    /** Export names in the module's order. */
    public List<String> exportNames() {
        return new ArrayList<>(exports.keySet());
    }

    /** The exported {@link FunctionRef}, {@link Table}, {@link Memory} or {@link Global}, or null when no export has that name. */
    public Object export(String name) {
        Export e = exports.get(name);
        if (e == null) {
            return null;
        }
        return switch (e.kind()) {
            case FUNCTION -> functions[e.index()];
            case TABLE -> tables[e.index()];
            case MEMORY -> memories[e.index()];
            case GLOBAL -> globals[e.index()];
        };
    }

    /** @throws IllegalArgumentException when there is no function export of that name */
    public ExportedFunction function(String name) {
        return (ExportedFunction) export(name, ExternKind.FUNCTION);
    }

    /** @throws IllegalArgumentException when there is no memory export of that name */
    public Memory memory(String name) {
        return (Memory) export(name, ExternKind.MEMORY);
    }

    /** @throws IllegalArgumentException when there is no table export of that name */
    public Table table(String name) {
        return (Table) export(name, ExternKind.TABLE);
    }

    /** @throws IllegalArgumentException when there is no global export of that name */
    public Global global(String name) {
        return (Global) export(name, ExternKind.GLOBAL);
    }

    private Object export(String name, ExternKind kind) {
        Export e = exports.get(name);
        if (e == null) {
            throw new IllegalArgumentException("no export named \"" + name + "\"");
        }
        if (e.kind() != kind) {
            throw new IllegalArgumentException("export \"" + name + "\" is a " + e.kind() + ", not a " + kind);
        }
        return export(name);
    }

    // ---- index spaces, for tiers ----------------------------------------------------------------

    /** A function of the index space (imports first); null for a defined function until the tier has bound its code. */
    public FunctionRef function(int index) {
        return functions[index];
    }

    public Table table(int index) {
        return tables[index];
    }

    public Memory memory(int index) {
        return memories[index];
    }

    public Global global(int index) {
        return globals[index];
    }

    // ---- segments -------------------------------------------------------------------------------

    /** {@code memory.init}: copies {@code n} bytes from offset {@code s} of data segment {@code dataIndex} to {@code d}. */
    public void memoryInit(int memoryIndex, int dataIndex, int d, int s, int n) {
        DataSegment segment = data[dataIndex];
        int length = droppedData[dataIndex] ? 0 : segment.length();
        memories[memoryIndex].init(d, segment.bytes(), segment.start(), length, s, n);
    }

    /** {@code data.drop}: the segment behaves as empty from now on. */
    public void dataDrop(int dataIndex) {
        droppedData[dataIndex] = true;
    }

    /** {@code table.init}: copies {@code n} references from offset {@code s} of element segment {@code elemIndex} to {@code d}. */
    public void tableInit(int tableIndex, int elemIndex, int d, int s, int n) {
        tables[tableIndex].init(d, elements[elemIndex], s, n);
    }

    /** {@code elem.drop}: the segment behaves as empty from now on. */
    public void elemDrop(int elemIndex) {
        elements[elemIndex] = DROPPED;
    }

    @Override
    public String toString() {
        String name = module.names() == null ? null : module.names().moduleName();
        return "instance" + (name == null ? "" : " " + name);
    }
}
