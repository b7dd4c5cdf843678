package dev.tandem.conformance.validate;

import dev.tandem.conformance.engine.Engine;
import dev.tandem.conformance.engine.HostModule;
import dev.tandem.conformance.engine.Tier;
import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.Wasm;

/**
 * The built-in tier that only decodes and validates, through wasm-core's {@link Wasm#load}. It
 * checks the front end every other tier shares, and needs no execution engine to exist.
 */
public final class ValidateTier implements Tier {

    public static final String NAME = "validate";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean executes() {
        return false;
    }

    @Override
    public Engine newEngine() {
        return new ValidateEngine();
    }

    private static final class ValidateEngine implements Engine {

        @Override
        public CompiledModule compile(byte[] bytes) throws ModuleException {
            Wasm.load(bytes);
            return new CompiledModule() {
            };
        }

        @Override
        public Instance instantiate(CompiledModule module, ImportRegistry imports) {
            throw new UnsupportedOperationException("tier validate does not instantiate");
        }

        @Override
        public Instance materialize(HostModule host) {
            throw new UnsupportedOperationException("tier validate does not instantiate");
        }
    }
}
