package dev.tandem.aot;

import dev.tandem.aot.load.LoadedModule;
import dev.tandem.aot.twasm.TwasmException;
import dev.tandem.aot.twasm.TwasmFile;
import dev.tandem.aot.twasm.TwasmReader;
import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.Wasm;
import dev.tandem.wasm.validate.ValidatedModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads ("deserializes") a precompiled {@code .twasm} file: one read, every integrity check, then the
 * classes are defined (each on first use) in a class loader of their own, and the unwind info, if
 * the file has it, registered. No Wasm is decoded and nothing is compiled.
 */
public final class TwasmLoader {

    private TwasmLoader() {
    }

    /** Reads, checks and loads a {@code .twasm} file. */
    public static AotCompiledModule load(Path file) throws IOException {
        return load(read(file));
    }

    /** Reads and checks a {@code .twasm} file without loading it (for tools that inspect one). */
    public static TwasmFile read(Path file) throws IOException {
        try {
            return TwasmReader.read(Files.readAllBytes(file));
        } catch (TwasmException e) {
            throw new TwasmException(file + ": " + e.getMessage(), e);
        }
    }

    /** Loads the content of a checked {@code .twasm} file. */
    public static AotCompiledModule load(TwasmFile file) throws TwasmException {
        ValidatedModule validated;
        try {
            // The declarations only (bodies are stubs): the validated form the runtime's instantiation takes.
            validated = Wasm.validate(file.module());
        } catch (ModuleException e) {
            throw new TwasmException("the module declarations in the file do not validate: " + e.getMessage(), e);
        }
        if (file.options().allowsHugeMethods() && !HugeMethods.compiledByThisJvm()) {
            HugeMethods.warnOnce();
        }
        return new AotCompiledModule(validated, LoadedModule.define(file.module(), file.code()));
    }
}
