package dev.tandem.cli;

import dev.tandem.aot.TwasmLoader;
import dev.tandem.aot.twasm.TwasmException;
import dev.tandem.runtime.CompiledModule;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Loads {@code .twasm} files for {@code run}. A class of its own so that the aot tier's classes
 * load only when a {@code .twasm} file is run (the JVM verifies a class's methods with the types
 * they use, so a reference from {@link RunCommand} would load them on every run).
 */
final class PrecompiledModules {

    private PrecompiledModules() {
    }

    static CompiledModule load(Path file) throws UserError {
        try {
            return TwasmLoader.load(file);
        } catch (TwasmException e) {
            throw new UserError(ExitCode.TWASM, e.getMessage());
        } catch (IOException e) {
            throw new UserError(ExitCode.INPUT, "cannot read " + file + ": " + e.getMessage());
        }
    }
}
