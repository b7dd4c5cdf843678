package dev.tandem.aot.codegen;

import dev.tandem.aot.AotOptions;
import dev.tandem.wasm.model.FunctionBody;
import dev.tandem.wasm.model.Module;
import java.util.List;

/**
 * Packs a module's functions into classes, in order, before any code exists.
 *
 * <p>The bound that matters is the JVM's 65,535 constant-pool entries per class. A function's
 * entries are bounded by its size: the most expensive instruction, a {@code call} of at least two
 * bytes, adds at most six entries (method, name-and-type, name, descriptor, class, class name), so
 * three per byte of code plus a few per function bounds them all, and the fixed part of a class
 * (helpers, context fields, dispatch methods) has room left under {@link #POOL_BUDGET}. Classes are
 * also kept to {@link #CODE_BUDGET} bytes of Wasm code, because the JVM verifies a class as a whole
 * on first use: small classes keep the pause of a first call into a big module short, and only the
 * classes a run uses are ever defined.
 */
final class ClassPlanner {

    static final long POOL_BUDGET = 45_000;
    static final long CODE_BUDGET = 64 * 1024;
    static final int METHOD_BUDGET = 8_000;

    private ClassPlanner() {
    }

    static ModulePlan plan(Module module, AotOptions options, java.util.BitSet references) {
        List<FunctionBody> codes = module.codes();
        int[] classOf = new int[codes.size()];
        int current = 0;
        long pool = 0;
        long code = 0;
        int methods = 0;
        for (int i = 0; i < codes.size(); i++) {
            FunctionBody body = codes.get(i);
            long size = body.codeEnd() - body.codeStart();
            long poolCost = 3 * size + 8;
            int methodCost = 1 + (int) (size / 1000);
            boolean full = pool + poolCost > POOL_BUDGET || code + size > CODE_BUDGET || methods + methodCost > METHOD_BUDGET;
            if (full && methods > 0) {
                current++;
                pool = 0;
                code = 0;
                methods = 0;
            }
            classOf[i] = current;
            pool += poolCost;
            code += size;
            methods += methodCost;
        }
        return new ModulePlan(module, options, classOf, codes.isEmpty() ? 0 : current + 1, references);
    }
}
