package dev.tandem.runtime.link;

import dev.tandem.runtime.FunctionCode;
import dev.tandem.runtime.Instance;

/**
 * The one thing a tier adds to instantiation: the code of the module's own functions, bound to a
 * new instance.
 */
@FunctionalInterface
public interface CodeBinder {

    /**
     * Returns one {@link FunctionCode} per module-defined function, in function-section order
     * (element {@code i} is function {@code importedFunctionCount + i}).
     *
     * <p>Called once per instance, after imports are resolved and the instance's tables, memories
     * and globals exist, and before globals are initialised, segments applied or the start function
     * run: the code may cache the instance's objects (a {@code Memory}, a {@code Global}) but must
     * not run. {@code instance.function(i)} already answers for imported functions; for the
     * module's own functions it answers only after this method returns.
     */
    FunctionCode[] bind(Instance instance);
}
