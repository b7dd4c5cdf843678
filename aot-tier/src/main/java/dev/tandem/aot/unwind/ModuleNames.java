package dev.tandem.aot.unwind;

import java.util.Map;

/**
 * What a backtrace calls a module's functions: the name section's names where it has them. Held by
 * the module's class loader, so naming frames needs no registry (unwind info off still names them).
 *
 * @param moduleName    the name section's module name, or null
 * @param functionNames function index (imports first) to name
 */
public record ModuleNames(String moduleName, Map<Integer, String> functionNames) {

    public static final ModuleNames NONE = new ModuleNames(null, Map.of());

    public ModuleNames {
        functionNames = Map.copyOf(functionNames);
    }

    /** The name section's name, or null. */
    public String functionName(int functionIndex) {
        return functionNames.get(functionIndex);
    }
}
