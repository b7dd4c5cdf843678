package dev.tandem.aot.code;

import dev.tandem.aot.unwind.ModuleUnwindInfo;
import java.util.Map;

/**
 * The output of the compiler for one module: class files and how to find things in them. This is
 * what a {@code .twasm} file stores next to the module's declarations. It lives apart from the
 * compiler ({@code codegen}) because the loader ({@code load}) and the file format ({@code twasm})
 * read it too, and loading a {@code .twasm} must not need the compiler.
 *
 * @param classes         class files by binary name ({@code tandem.aot.module.Functions0})
 * @param contextClass    binary name of the context class
 * @param functionClasses binary names of the function classes
 * @param classOfDefined  per defined function, the index of its class in {@code functionClasses}
 * @param unwindInfo      line-to-offset maps, or null when compiled without unwind info
 */
public record CompiledCode(Map<String, byte[]> classes, String contextClass, String[] functionClasses,
                           int[] classOfDefined, ModuleUnwindInfo unwindInfo) {

    public CompiledCode {
        classes = Map.copyOf(classes);
    }

    /** Binary name of the class holding defined function {@code definedIndex}. */
    public String classOfDefinedFunction(int definedIndex) {
        return functionClasses[classOfDefined[definedIndex]];
    }
}
