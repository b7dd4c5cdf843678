package dev.tandem.runtime.link;

import dev.tandem.runtime.FunctionCode;
import dev.tandem.runtime.FunctionRef;
import dev.tandem.runtime.Global;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.Instance;
import dev.tandem.runtime.LinkException;
import dev.tandem.runtime.Memory;
import dev.tandem.runtime.ResourceLimits;
import dev.tandem.runtime.Table;
import dev.tandem.wasm.model.DataSegment;
import dev.tandem.wasm.model.ElementSegment;
import dev.tandem.wasm.model.Export;
import dev.tandem.wasm.model.ExternKind;
import dev.tandem.wasm.model.MemoryType;
import dev.tandem.wasm.model.Module;
import dev.tandem.wasm.model.TableType;
import dev.tandem.wasm.validate.ConstInstr;
import dev.tandem.wasm.validate.ValidatedModule;
import java.util.Arrays;
import java.util.List;

/**
 * Instantiation as Wasm 2.0 defines it, written once for both tiers; a tier supplies only its
 * {@link CodeBinder}. The steps, in the spec's order:
 * <ol>
 *   <li>resolve and type-check the imports ({@link LinkException} on a mismatch);</li>
 *   <li>create the module's tables, memories and globals, and let the tier bind function code;</li>
 *   <li>initialise globals, then evaluate every element segment's references;</li>
 *   <li>for each element segment in order: an active one is copied into its table, then dropped
 *       (like {@code table.init} + {@code elem.drop}); a declarative one is dropped;</li>
 *   <li>for each active data segment in order: copied into its memory, then dropped;</li>
 *   <li>run the start function.</li>
 * </ol>
 * A segment out of bounds traps ("out of bounds table access" / "out of bounds memory access")
 * with nothing of that segment written; what earlier segments wrote to imported tables and
 * memories stays, as the spec requires (linking.wast checks it).
 */
public final class Instantiator {

    private Instantiator() {
    }

    /** Instantiates with {@link ResourceLimits#DEFAULT}. */
    public static Instance instantiate(ValidatedModule validated, Imports imports, CodeBinder binder)
            throws LinkException {
        return instantiate(validated, imports, binder, ResourceLimits.DEFAULT);
    }

    public static Instance instantiate(ValidatedModule validated, Imports imports, CodeBinder binder,
                                       ResourceLimits limits) throws LinkException {
        Module module = validated.module();
        ImportMatcher.Resolved resolved = ImportMatcher.resolve(module, imports);

        Table[] tables = Arrays.copyOf(resolved.tables(), module.tableCount());
        for (int i = resolved.tables().length; i < tables.length; i++) {
            tables[i] = newTable(module.tableType(i), i, limits);
        }
        Memory[] memories = Arrays.copyOf(resolved.memories(), module.memoryCount());
        for (int i = resolved.memories().length; i < memories.length; i++) {
            memories[i] = newMemory(module.memoryType(i), i, limits);
        }
        Global[] globals = Arrays.copyOf(resolved.globals(), module.globalCount());
        for (int i = resolved.globals().length; i < globals.length; i++) {
            globals[i] = new Global(module.globalType(i));
        }
        FunctionRef[] functions = Arrays.copyOf(resolved.functions(), module.functionCount());
        Object[][] elements = new Object[module.elements().size()][];
        Instance instance = new Instance(module, functions, tables, memories, globals, elements);

        bindFunctions(module, instance, functions, binder.bind(instance));

        for (int i = module.importedGlobalCount(); i < globals.length; i++) {
            globals[i].initialize(ConstantEvaluator.evaluate(validated.globalInit(i), instance));
        }
        for (int i = 0; i < elements.length; i++) {
            elements[i] = references(validated, i, instance);
        }

        applyElements(validated, instance);
        applyData(validated, instance);

        if (module.startFunction() >= 0) {
            instance.function(module.startFunction()).code().invoke(new Object[0]);
        }
        return instance;
    }

    private static Table newTable(TableType type, int index, ResourceLimits limits) throws LinkException {
        if (type.limits().min() > limits.tableElements()) {
            throw new LinkException(LinkException.HOST_LIMIT, "table " + index + " needs " + type.limits().min()
                    + " elements, this host allows " + limits.tableElements());
        }
        return new Table(type, limits.tableElements());
    }

    private static Memory newMemory(MemoryType type, int index, ResourceLimits limits) throws LinkException {
        if (type.limits().min() > limits.memoryPages()) {
            throw new LinkException(LinkException.HOST_LIMIT, "memory " + index + " needs " + type.limits().min()
                    + " pages, this host allows " + limits.memoryPages());
        }
        return new Memory(type, limits.memoryPages());
    }

    private static void bindFunctions(Module module, Instance instance, FunctionRef[] functions, FunctionCode[] codes) {
        int imported = module.importedFunctionCount();
        if (codes == null || codes.length != functions.length - imported) {
            throw new IllegalStateException("tier bound " + (codes == null ? "no" : codes.length)
                    + " function bodies, the module defines " + (functions.length - imported));
        }
        String[] names = new String[functions.length];
        for (Export e : module.exports()) {
            if (e.kind() == ExternKind.FUNCTION && names[e.index()] == null) {
                names[e.index()] = "export \"" + e.name() + "\"";
            }
        }
        for (int i = imported; i < functions.length; i++) {
            String name = names[i];
            if (name == null) {
                String fromSection = module.names() == null ? null : module.names().functionName(i);
                name = fromSection != null ? "function $" + fromSection : "function " + i;
            }
            functions[i] = new FunctionRef(module.functionType(i), instance, i, name, codes[i - imported]);
        }
    }

    /** The references an element segment holds, evaluated once at instantiation as the spec does. */
    private static Object[] references(ValidatedModule validated, int segmentIndex, Instance instance) {
        ElementSegment segment = validated.module().elements().get(segmentIndex);
        Object[] refs = new Object[segment.size()];
        if (segment.hasFunctionIndices()) {
            int[] indices = segment.functionIndices();
            for (int i = 0; i < indices.length; i++) {
                refs[i] = instance.function(indices[i]);
            }
        } else {
            List<ConstInstr> items = validated.elementItems(segmentIndex);
            for (int i = 0; i < refs.length; i++) {
                refs[i] = ConstantEvaluator.evaluate(items.get(i), instance);
            }
        }
        return refs;
    }

    private static void applyElements(ValidatedModule validated, Instance instance) {
        List<ElementSegment> segments = validated.module().elements();
        for (int i = 0; i < segments.size(); i++) {
            ElementSegment segment = segments.get(i);
            switch (segment.mode()) {
                case ACTIVE -> {
                    int offset = ConstantEvaluator.evaluateI32(validated.elementOffset(i), instance);
                    instance.tableInit(segment.tableIndex(), i, offset, 0, segment.size());
                    instance.elemDrop(i);
                }
                case DECLARATIVE -> instance.elemDrop(i);
                case PASSIVE -> {
                }
            }
        }
    }

    private static void applyData(ValidatedModule validated, Instance instance) {
        List<DataSegment> segments = validated.module().data();
        for (int i = 0; i < segments.size(); i++) {
            DataSegment segment = segments.get(i);
            if (segment.active()) {
                int offset = ConstantEvaluator.evaluateI32(validated.dataOffset(i), instance);
                instance.memoryInit(segment.memoryIndex(), i, offset, 0, segment.length());
                instance.dataDrop(i);
            }
        }
    }
}
