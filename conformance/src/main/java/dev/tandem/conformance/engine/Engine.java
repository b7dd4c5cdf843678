package dev.tandem.conformance.engine;

import dev.tandem.wasm.ModuleException;
import java.util.List;

/**
 * What a tier does for the runner: compile, instantiate, call. One engine serves one script file.
 * Compiled modules and instances are the engine's own types behind marker interfaces; the runner
 * only hands them back to the engine that made them.
 */
public interface Engine extends AutoCloseable {

    /** Decode, validate and do the tier's own work (lowering, code generation). */
    CompiledModule compile(byte[] bytes) throws ModuleException;

    /**
     * Links a compiled module against the instances in {@code imports}, initialises it and runs its
     * start function. A trap here (a segment out of bounds, a trapping start function) is
     * {@link EngineFailure.Trap}; unresolved or mismatched imports are {@link EngineFailure.Unlinkable}.
     */
    Instance instantiate(CompiledModule module, ImportRegistry imports) throws EngineFailure;

    /** Builds an instance of a host module the runner describes as data (the suite's {@code spectest}). */
    Instance materialize(HostModule host);

    /** Releases what the engine holds (a Truffle context, defined classes); called once the script is done. */
    @Override
    default void close() {
    }

    /** A module after {@link #compile}, ready to instantiate (possibly many times). */
    interface CompiledModule {
    }

    /** A module instance: exports to call or read. */
    interface Instance {

        /** Calls exported function {@code name}; traps and stack exhaustion come back as {@link EngineFailure}. */
        List<WasmValue> invoke(String name, List<WasmValue> args) throws EngineFailure;

        /** The current value of exported global {@code name}. */
        WasmValue global(String name) throws EngineFailure;
    }

    /** The instances a module may import from, by module name ({@code spectest} and registered ones). */
    interface ImportRegistry {

        /** The instance registered as {@code moduleName}, or null if none is. */
        Instance lookup(String moduleName);
    }
}
