package dev.tandem.wasm.model;

import java.util.Map;

/**
 * What the {@code name} custom section says, for traps and reports. Missing parts are empty.
 *
 * @param moduleName    the module's name, or null
 * @param functionNames function index (in the whole index space, imports first) to name
 * @param localNames    function index to (local index to name)
 */
public record Names(String moduleName, Map<Integer, String> functionNames, Map<Integer, Map<Integer, String>> localNames) {

    public static final Names EMPTY = new Names(null, Map.of(), Map.of());

    public Names {
        functionNames = Map.copyOf(functionNames);
        localNames = Map.copyOf(localNames);
    }

    /** The function's name from the name section, or null. */
    public String functionName(int functionIndex) {
        return functionNames.get(functionIndex);
    }
}
