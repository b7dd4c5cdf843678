package dev.tandem.truffle.lower;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import dev.tandem.runtime.FuncTypeIds;
import dev.tandem.wasm.model.FuncType;

/**
 * A function type in the form the interpreter reads during partial evaluation: parameter and
 * result kinds ({@link ValueKind}) in compilation-final arrays, so argument boxing and result
 * unboxing unroll into straight-line code for each call site.
 */
public final class Signature {

    private final FuncType type;
    private final int typeId;
    @CompilationFinal(dimensions = 1) private final int[] params;
    @CompilationFinal(dimensions = 1) private final int[] results;

    public Signature(FuncType type) {
        this.type = type;
        this.typeId = FuncTypeIds.of(type);
        this.params = ValueKind.of(type.params());
        this.results = ValueKind.of(type.results());
    }

    public FuncType type() {
        return type;
    }

    /** The process-wide id of the type, compared by {@code call_indirect}. */
    public int typeId() {
        return typeId;
    }

    public int paramCount() {
        return params.length;
    }

    public int resultCount() {
        return results.length;
    }

    public int param(int i) {
        return params[i];
    }

    public int result(int i) {
        return results[i];
    }
}
