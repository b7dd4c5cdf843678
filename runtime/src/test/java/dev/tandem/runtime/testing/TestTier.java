package dev.tandem.runtime.testing;

import dev.tandem.runtime.CompiledModule;
import dev.tandem.runtime.FunctionCode;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.Instance;
import dev.tandem.runtime.LinkException;
import dev.tandem.runtime.ResourceLimits;
import dev.tandem.runtime.Tier;
import dev.tandem.runtime.link.Instantiator;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.Module;
import dev.tandem.wasm.validate.ValidatedModule;
import java.util.function.BiFunction;

/**
 * A tier that executes no Wasm: it exercises the shared runtime the way a real tier does (through
 * {@link Instantiator} and a code binder) with function code the test chooses. By default a function
 * whose results have the types of its parameters returns its arguments (an "echo"); any other
 * function throws {@link NoCode} when called.
 */
public final class TestTier implements Tier {

    /** Thrown by a function the test tier cannot run. */
    public static final class NoCode extends RuntimeException {
        NoCode(String message) {
            super(message);
        }
    }

    private final BiFunction<Instance, Integer, FunctionCode> code;
    private final ResourceLimits limits;

    public TestTier() {
        this((instance, index) -> echo(instance.module(), index));
    }

    /** @param code the code of function {@code index} (in the function index space) of {@code instance} */
    public TestTier(BiFunction<Instance, Integer, FunctionCode> code) {
        this(code, ResourceLimits.DEFAULT);
    }

    public TestTier(BiFunction<Instance, Integer, FunctionCode> code, ResourceLimits limits) {
        this.code = code;
        this.limits = limits;
    }

    /** A tier whose every function throws {@link NoCode}: instantiation without running any Wasm. */
    public static TestTier runningNoCode() {
        return new TestTier((instance, index) -> args -> {
            throw new NoCode("the test tier runs no code (function " + index + ")");
        });
    }

    public static FunctionCode echo(Module module, int index) {
        FuncType type = module.functionType(index);
        if (type.params().equals(type.results())) {
            return Object[]::clone;
        }
        return args -> {
            throw new NoCode("the test tier runs no code (function " + index + " " + type + ")");
        };
    }

    @Override
    public String name() {
        return "test";
    }

    @Override
    public CompiledModule compile(ValidatedModule module) {
        return new CompiledModule() {
            @Override
            public ValidatedModule module() {
                return module;
            }

            @Override
            public Instance instantiate(Imports imports) throws LinkException {
                return Instantiator.instantiate(module, imports, instance -> {
                    Module m = module.module();
                    FunctionCode[] codes = new FunctionCode[m.functionCount() - m.importedFunctionCount()];
                    for (int i = 0; i < codes.length; i++) {
                        codes[i] = code.apply(instance, m.importedFunctionCount() + i);
                    }
                    return codes;
                }, limits);
            }
        };
    }

    /** Compile and instantiate in one step. */
    public Instance instantiate(String moduleName, Imports imports) throws LinkException {
        return compile(TestModules.load(moduleName)).instantiate(imports);
    }
}
