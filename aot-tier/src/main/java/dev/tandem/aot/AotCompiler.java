package dev.tandem.aot;

import dev.tandem.aot.code.CompiledCode;
import dev.tandem.aot.codegen.ModuleCompiler;
import dev.tandem.aot.load.LoadedModule;
import dev.tandem.aot.twasm.TwasmWriter;
import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.Wasm;
import dev.tandem.wasm.validate.ValidatedModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The AOT tier's entry point: Wasm to JVM classes, kept in memory ({@link #compile}) or written to
 * a precompiled {@code .twasm} file ({@link #compileToFile}) that {@link TwasmLoader} loads later
 * without decoding or compiling again.
 */
public final class AotCompiler {

    /**
     * This compiler's version, written into every {@code .twasm} file; a loader of another version
     * refuses the file by name, so tools that keep precompiled files (the lab's) check it too.
     */
    public static final String VERSION = ModuleCompiler.VERSION;

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

    /** Decodes, validates and compiles a binary module into the bytes of a {@code .twasm} file. */
    public static byte[] compileToBytes(byte[] wasm, AotOptions options) throws ModuleException {
        ValidatedModule module = Wasm.load(wasm);
        CompiledCode code = ModuleCompiler.compile(module, options);
        return TwasmWriter.write(wasm, module.module(), code, options);
    }

    /**
     * Decodes, validates and compiles a binary module into a {@code .twasm} file at {@code out}
     * (written to a temporary file first and moved into place, so a reader never sees half a file).
     */
    public static void compileToFile(byte[] wasm, Path out, AotOptions options) throws ModuleException, IOException {
        byte[] file = compileToBytes(wasm, options);
        Path dir = out.toAbsolutePath().getParent();
        // Not Files.createTempFile: it makes the file owner-only (0600), and the .twasm should get the
        // user's umask like any file a compiler writes. CREATE_NEW still refuses to reuse a name.
        Path tmp = dir.resolve("." + out.getFileName() + "." + Long.toUnsignedString(System.nanoTime(), 36) + ".tmp");
        try {
            Files.write(tmp, file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
