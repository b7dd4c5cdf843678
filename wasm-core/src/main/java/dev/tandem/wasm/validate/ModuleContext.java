package dev.tandem.wasm.validate;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.Module;
import dev.tandem.wasm.model.ValType;
import java.util.BitSet;
import java.util.List;

/**
 * The spec's validation context C for one module: its index spaces, looked up with the spec's
 * "unknown ..." errors (which carry the index, as the reference interpreter's do), function types
 * as int arrays of {@link FunctionValidator} type codes, and C.refs, the functions a
 * {@code ref.func} in a function body may name.
 */
final class ModuleContext {

    private final Module module;
    private final int[][] params;
    private final int[][] results;
    private final int[][] singles = new int[ValType.values().length + 1][];
    private final BitSet declaredReferences;

    ModuleContext(Module module, BitSet declaredReferences) {
        this.module = module;
        this.declaredReferences = declaredReferences;
        List<FuncType> types = module.types();
        params = new int[types.size()][];
        results = new int[types.size()][];
        for (int i = 0; i < types.size(); i++) {
            params[i] = codes(types.get(i).params());
            results[i] = codes(types.get(i).results());
        }
        for (ValType type : ValType.values()) {
            singles[FunctionValidator.code(type)] = new int[] {FunctionValidator.code(type)};
        }
    }

    private static int[] codes(List<ValType> types) {
        int[] codes = new int[types.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = FunctionValidator.code(types.get(i));
        }
        return codes;
    }

    Module module() {
        return module;
    }

    int[] params(int typeIndex) {
        return params[typeIndex];
    }

    int[] results(int typeIndex) {
        return results[typeIndex];
    }

    /** The one-element type list of a block with a single result. */
    int[] single(int typeCode) {
        return singles[typeCode];
    }

    boolean isDeclaredReference(int function) {
        return declaredReferences.get(function);
    }

    int type(int index, long offset) throws ModuleException {
        return check(index, module.types().size(), "type", offset);
    }

    int function(int index, long offset) throws ModuleException {
        return check(index, module.functionCount(), "function", offset);
    }

    int table(int index, long offset) throws ModuleException {
        return check(index, module.tableCount(), "table", offset);
    }

    ValType tableElementType(int table) {
        return module.tableType(table).elementType();
    }

    int memory(int index, long offset) throws ModuleException {
        return check(index, module.memoryCount(), "memory", offset);
    }

    int global(int index, long offset) throws ModuleException {
        return check(index, module.globalCount(), "global", offset);
    }

    int elem(int index, long offset) throws ModuleException {
        return check(index, module.elements().size(), "elem segment", offset);
    }

    ValType elemType(int segment) {
        return module.elements().get(segment).elementType();
    }

    int data(int index, long offset) throws ModuleException {
        return check(index, module.data().size(), "data segment", offset);
    }

    static int check(int index, int count, String what, long offset) throws ModuleException {
        return check(index, count, what, "the module has " + count, offset);
    }

    /** Checks {@code index < count}, else fails with the spec's "unknown <what> <index>". */
    static int check(int index, int count, String what, String detail, long offset) throws ModuleException {
        if (index < 0 || index >= count) {
            throw ModuleException.invalid("unknown " + what + " " + Integer.toUnsignedString(index), detail, offset);
        }
        return index;
    }
}
