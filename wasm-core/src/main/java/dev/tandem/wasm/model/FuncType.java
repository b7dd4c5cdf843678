package dev.tandem.wasm.model;

import java.util.Arrays;
import java.util.List;

/** A function type {@code [params] -> [results]}; equal types compare equal (structural). */
public record FuncType(List<ValType> params, List<ValType> results) {

    public FuncType {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    public static FuncType of(ValType[] params, ValType[] results) {
        return new FuncType(Arrays.asList(params), Arrays.asList(results));
    }

    @Override
    public String toString() {
        return params + " -> " + results;
    }
}
