package dev.tandem.aot;

import dev.tandem.aot.codegen.CompiledCode;
import dev.tandem.aot.codegen.ModuleCompiler;
import dev.tandem.aot.load.LoadedModule;
import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.Wasm;
import dev.tandem.wasm.validate.ValidatedModule;

/**
 * The AOT tier's entry point: Wasm to JVM classes, kept in memory ({@link #compile}) or written to
 * a precompiled {@code .twasm} file ({@link #compileToFile}) that {@link TwasmLoader} loads later
 * without decoding or compiling again.
 */
public final class AotCompiler {

    private AotCompiler() {
    }

    /** Compiles a validated module and defines its classes in memory. */
    public static AotCompiledModule compile(ValidatedModule module, AotOptions options) {
        CompiledCode code = ModuleCompiler.compile(module, options);
        return new AotCompiledModule(module, LoadedModule.define(module.module(), code));
    }

    /** Decodes, validates and compiles a binary module in memory. */
    public static AotCompiledModule compile(byte[] wasm, AotOptions options) throws ModuleException {
        return compile(Wasm.load(wasm), options);
    }
}
