package dev.tandem.aot.rt;

import dev.tandem.runtime.FunctionCode;

/**
 * The slow path of a call through a {@link dev.tandem.runtime.FunctionRef} whose code is not this
 * tier's (a host function, another tier's function): boxed arguments in, boxed results out.
 */
public final class Calls {

    private static final Object[] NO_RESULTS = new Object[0];

    private Calls() {
    }

    public static Object[] foreign(FunctionCode code, Object[] args) {
        Object[] results = code.invoke(args);
        return results == null ? NO_RESULTS : results;
    }
}
