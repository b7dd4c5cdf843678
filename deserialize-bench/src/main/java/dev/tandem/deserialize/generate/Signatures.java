package dev.tandem.deserialize.generate;

import dev.tandem.wasm.model.ValType;
import java.util.List;

/**
 * The function types every generated module declares, in this order (their index is the type
 * index). Every function but the entry takes its call depth first: a call is made only while the
 * depth is positive and passes it on minus one, so a module's call graph, however it is drawn,
 * runs a bounded number of calls.
 */
enum Signatures {
    I32_TO_I32(List.of(ValType.I32, ValType.I32), ValType.I32),
    I64_TO_I64(List.of(ValType.I32, ValType.I64), ValType.I64),
    F64_TO_F64(List.of(ValType.I32, ValType.F64), ValType.F64),
    I32_I32_TO_I32(List.of(ValType.I32, ValType.I32, ValType.I32), ValType.I32),
    /** The exported entry {@code run: [] -> [i64]}, the module's last function. */
    ENTRY(List.of(), ValType.I64);

    /** The types a non-entry function draws from. */
    static final List<Signatures> WORKERS = List.of(I32_TO_I32, I64_TO_I64, F64_TO_F64, I32_I32_TO_I32);

    private final List<ValType> params;
    private final ValType result;

    Signatures(List<ValType> params, ValType result) {
        this.params = params;
        this.result = result;
    }

    int typeIndex() {
        return ordinal();
    }

    List<ValType> params() {
        return params;
    }

    ValType result() {
        return result;
    }

    /** Whether the first parameter is the call depth. */
    boolean hasDepth() {
        return this != ENTRY;
    }

    /** The type section entry: {@code 0x60 params results}. */
    byte[] encode() {
        WasmWriter w = new WasmWriter().byte1(0x60).u32(params.size());
        params.forEach(p -> w.byte1(p.code()));
        return w.u32(1).byte1(result.code()).toByteArray();
    }
}
