package dev.tandem.cli;

import dev.tandem.aot.TwasmLoader;
import dev.tandem.aot.twasm.TwasmException;
import dev.tandem.aot.twasm.TwasmFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** {@code inspect} of a {@code .twasm} file: its header, checked, and the module declarations it holds. Nothing is loaded. */
final class PrecompiledInspection {

    private PrecompiledInspection() {
    }

    static void print(PrintStream out, Path path) throws UserError {
        TwasmFile file;
        try {
            file = TwasmLoader.read(path);
        } catch (TwasmException e) {
            throw new UserError(ExitCode.TWASM, e.getMessage());
        } catch (IOException e) {
            throw new UserError(ExitCode.INPUT, "cannot read " + path + ": " + e.getMessage());
        }
        long classBytes = 0;
        for (byte[] c : file.code().classes().values()) {
            classBytes += c.length;
        }
        out.printf("%s: precompiled module (.twasm), checked: format, compiler, hashes%n", path);
        out.printf("compiler: %s; unwind info: %s; method limit: %,d bytes%n", file.compilerVersion(),
                file.options().unwindInfo() ? "yes" : "no", file.options().methodLimit());
        out.printf("compiled from a .wasm with SHA-256 %s%n", file.sourceHashHex());
        out.printf("classes: %d, %,d bytes%n", file.code().classes().size(), classBytes);
        InspectCommand.printModule(out, file.module(), false);
    }
}
