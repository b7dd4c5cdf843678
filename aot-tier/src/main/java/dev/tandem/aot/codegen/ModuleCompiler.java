package dev.tandem.aot.codegen;

import static org.objectweb.asm.Opcodes.*;

import dev.tandem.aot.AotOptions;
import dev.tandem.aot.code.CompiledCode;
import dev.tandem.aot.unwind.MethodNames;
import dev.tandem.aot.unwind.ModuleUnwindInfo;
import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.FunctionBody;
import dev.tandem.wasm.model.Module;
import dev.tandem.wasm.validate.ValidatedModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;

/**
 * Compiles a validated module to class files: plans the classes ({@link ClassPlanner}), then writes
 * the context class, the dispatch classes and each function class. Functions are parsed, split and
 * emitted one at a time, so memory stays proportional to the biggest function, not the module.
 *
 * <p>The splitter works from estimates; the written class is then measured. A method over the
 * options' method limit gets its function split finer and the class written again
 * ({@link #resplitHugeMethods}); one over the JVM's 64 KiB (which ASM refuses to write) gets its
 * function's budget halved. Both are rare: they correct the estimate, they are not the plan.
 */
public final class ModuleCompiler {

    /**
     * This compiler's version, written into every {@code .twasm} header: a file from any other
     * version is refused. Bump the codegen number with every change to the generated code or to the
     * runtime classes it calls.
     */
    public static final String VERSION = "tandem-aot 0.1.0 codegen 7";

    /** The smallest budget a function is split with. */
    static final int MIN_BUDGET = 16;

    private ModuleCompiler() {
    }

    public static CompiledCode compile(ValidatedModule validated, AotOptions options) {
        Module module = validated.module();
        ModulePlan plan = ClassPlanner.plan(module, options, validated.declaredReferences());
        Map<String, byte[]> classes = new LinkedHashMap<>();
        classes.put(binary(plan.contextClass()), ContextClassWriter.write(plan));
        for (int d = 0; d < plan.dispatchClassCount(); d++) {
            String name = plan.dispatchClass(d * ModulePlan.SIGNATURES_PER_DISPATCH_CLASS);
            classes.put(binary(name), DispatchClassWriter.write(plan, d));
        }
        for (int c = 0; c < plan.indirectClassCount(); c++) {
            classes.put(binary(plan.indirectClassName(c)), IndirectClassWriter.write(plan, c));
        }
        Map<String, int[]> lineTables = new HashMap<>();
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < plan.functionClassCount(); c++) {
            members.add(new ArrayList<>());
        }
        int imported = module.importedFunctionCount();
        for (int i = 0; i < module.codes().size(); i++) {
            members.get(plan.classNumberOf(imported + i)).add(imported + i);
        }
        String[] functionClasses = new String[plan.functionClassCount()];
        for (int c = 0; c < functionClasses.length; c++) {
            functionClasses[c] = binary(plan.functionClassName(c));
            classes.put(functionClasses[c], functionClass(plan, c, members.get(c), lineTables));
        }
        ModuleUnwindInfo unwind = null;
        if (options.unwindInfo()) {
            int[] starts = new int[module.codes().size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = module.codes().get(i).codeStart();
            }
            unwind = new ModuleUnwindInfo(imported, starts, lineTables);
        }
        return new CompiledCode(classes, binary(plan.contextClass()), functionClasses, plan.classNumbers(), unwind);
    }

    private static byte[] functionClass(ModulePlan plan, int classNumber, List<Integer> functions,
                                        Map<String, int[]> lineTables) {
        Map<Integer, Integer> budgets = new HashMap<>();
        int limit = plan.options().methodLimit();
        int defaultBudget = Splitter.budgetFor(limit);
        String name = plan.functionClassName(classNumber);
        while (true) {
            Map<String, int[]> lines = new HashMap<>();
            ClassWriter cw = new GeneratedClassWriter();
            cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, "java/lang/Object", null);
            FunctionParser parser = new FunctionParser(plan.module());
            for (int f : functions) {
                ParsedFunction fn = parse(parser, f);
                int budget = budgets.getOrDefault(f, defaultBudget);
                boolean split = Splitter.split(fn, budget);
                new FunctionEmitter(plan, fn, name, cw, lines).emit(split);
            }
            cw.visitEnd();
            try {
                byte[] bytes = cw.toByteArray();
                if (resplitHugeMethods(bytes, budgets, defaultBudget, limit)) {
                    continue;
                }
                lineTables.putAll(lines);
                return bytes;
            } catch (MethodTooLargeException e) {
                int f = MethodNames.functionIndex(e.getMethodName());
                int budget = budgets.getOrDefault(f, defaultBudget) / 2;
                if (f < 0 || budget < MIN_BUDGET) {
                    throw new IllegalStateException("function " + f + " cannot be split below the JVM's 64 KiB "
                            + "method limit (" + e.getMessage() + ")", e);
                }
                budgets.put(f, budget);
            }
        }
    }

    /**
     * Measures the methods just written against the options' method limit. The splitter's estimates run about a third
     * high, which is why the default budget is above the limit; a function whose method came out
     * bigger than the limit all the same gets a budget scaled down by how far it overshot, and the
     * class is written again. Returns whether that is needed. Budgets only shrink, so this ends; a
     * method that cannot shrink further (one giant instruction) is accepted.
     */
    private static boolean resplitHugeMethods(byte[] classFile, Map<Integer, Integer> budgets, int defaultBudget,
                                              int limit) {
        Map<Integer, Integer> biggest = new HashMap<>();
        for (Map.Entry<String, Integer> m : ClassFileSizes.codeLengths(classFile).entrySet()) {
            int f = MethodNames.functionIndex(m.getKey().substring(0, m.getKey().indexOf('(')));
            if (f >= 0 && m.getValue() > limit) {
                biggest.merge(f, m.getValue(), Math::max);
            }
        }
        boolean again = false;
        for (Map.Entry<Integer, Integer> e : biggest.entrySet()) {
            int budget = budgets.getOrDefault(e.getKey(), defaultBudget);
            int smaller = (int) ((long) budget * (limit * 9L / 10) / e.getValue());
            if (smaller < budget && smaller >= MIN_BUDGET) {
                budgets.put(e.getKey(), smaller);
                again = true;
            }
        }
        return again;
    }

    private static ParsedFunction parse(FunctionParser parser, int function) {
        try {
            return parser.parse(function);
        } catch (ModuleException e) {
            // The module was validated: its code reads without errors.
            throw new IllegalStateException("function " + function + " unreadable after validation: " + e.getMessage(), e);
        }
    }

    static String binary(String internalName) {
        return internalName.replace('/', '.');
    }

    /** The size of a function's code in bytes (for planning and tests). */
    static int codeSize(FunctionBody body) {
        return body.codeEnd() - body.codeStart();
    }
}
