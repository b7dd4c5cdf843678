package dev.tandem.wasm.validate;

import dev.tandem.wasm.code.CodeReader;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.Module;
import dev.tandem.wasm.model.ValType;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;

/**
 * A module that passed validation, with what both tiers need computed once:
 * <ul>
 *   <li>{@link #functionFacts(int)}: per module-defined function, its local types, maximum
 *       operand-stack height and branch side table ({@link FunctionFacts});</li>
 *   <li>{@link #blockType(int)}: the function type a {@link CodeReader#blockType()} stands for;</li>
 *   <li>every constant expression decoded to its single {@link ConstInstr}: global initializers,
 *       element and data segment offsets, element items;</li>
 *   <li>{@link #isDeclaredReference(int)}: the functions declared as referenceable (the spec's
 *       C.refs), which a tier may use to decide which functions need a first-class reference.</li>
 * </ul>
 * Immutable.
 */
public final class ValidatedModule {

    private static final FuncType EMPTY = new FuncType(List.of(), List.of());
    private static final FuncType[] SINGLE_RESULT = new FuncType[0x80];

    static {
        for (ValType type : ValType.values()) {
            SINGLE_RESULT[type.code()] = new FuncType(List.of(), List.of(type));
        }
    }

    private final Module module;
    private final List<FunctionFacts> functionFacts;
    private final List<ConstInstr> globalInits;
    private final List<ConstInstr> elementOffsets;
    private final List<List<ConstInstr>> elementItems;
    private final List<ConstInstr> dataOffsets;
    private final BitSet declaredReferences;

    ValidatedModule(Module module, List<FunctionFacts> functionFacts, List<ConstInstr> globalInits,
                    List<ConstInstr> elementOffsets, List<List<ConstInstr>> elementItems,
                    List<ConstInstr> dataOffsets, BitSet declaredReferences) {
        this.module = module;
        this.functionFacts = List.copyOf(functionFacts);
        this.globalInits = List.copyOf(globalInits);
        // These hold nulls (passive segments, function-index element segments): not List.copyOf.
        this.elementOffsets = Collections.unmodifiableList(elementOffsets);
        this.elementItems = Collections.unmodifiableList(elementItems);
        this.dataOffsets = Collections.unmodifiableList(dataOffsets);
        this.declaredReferences = (BitSet) declaredReferences.clone();
    }

    public Module module() {
        return module;
    }

    /** Facts of a module-defined function, by its index in the function index space (imports first). */
    public FunctionFacts functionFacts(int functionIndex) {
        return functionFacts.get(functionIndex - module.importedFunctionCount());
    }

    /** Facts of all module-defined functions, in definition order. */
    public List<FunctionFacts> definedFunctionFacts() {
        return functionFacts;
    }

    /** The type {@code [params] -> [results]} of a block type as {@link CodeReader#blockType()} encodes it. */
    public FuncType blockType(int blockType) {
        if (blockType == CodeReader.BLOCK_EMPTY) {
            return EMPTY;
        }
        if (blockType < 0) {
            return SINGLE_RESULT[-blockType];
        }
        return module.types().get(blockType);
    }

    /** Initializer of a module-defined global, by its index in the global index space. */
    public ConstInstr globalInit(int globalIndex) {
        return globalInits.get(globalIndex - module.importedGlobalCount());
    }

    /** Offset of an active element segment; null for passive and declarative ones. */
    public ConstInstr elementOffset(int segment) {
        return elementOffsets.get(segment);
    }

    /**
     * The items of an element segment in the expression form; null for the function-index form,
     * whose items are {@code ref.func} of {@link dev.tandem.wasm.model.ElementSegment#functionIndices()}.
     */
    public List<ConstInstr> elementItems(int segment) {
        return elementItems.get(segment);
    }

    /** Offset of an active data segment; null for passive ones. */
    public ConstInstr dataOffset(int segment) {
        return dataOffsets.get(segment);
    }

    /** Whether the function is in C.refs: named by an export, a global initializer or an element segment. */
    public boolean isDeclaredReference(int functionIndex) {
        return declaredReferences.get(functionIndex);
    }

    /** The declared function references (C.refs) as a new set. */
    public BitSet declaredReferences() {
        return (BitSet) declaredReferences.clone();
    }
}
