package dev.tandem.cli;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.Wasm;
import dev.tandem.wasm.validate.ValidatedModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A module file named on the command line: found, readable, and recognised by its first bytes as
 * a WebAssembly binary or a precompiled {@code .twasm} file. Every way this can fail is a user
 * error with its own exit code.
 */
record ModuleInput(Path path, Kind kind) {

    enum Kind { WASM, TWASM }

    private static final byte[] WASM_MAGIC = {0, 'a', 's', 'm'};
    /** The start of the aot tier's .twasm header (its format's magic is "\0TWASM\r\n"). */
    private static final byte[] TWASM_MAGIC = {0, 'T', 'W', 'A', 'S', 'M'};

    static ModuleInput open(String name) throws UserError {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new UserError(ExitCode.INPUT, "not a valid path: " + name);
        }
        if (Files.isDirectory(path)) {
            throw new UserError(ExitCode.INPUT, name + " is a directory, not a module file");
        }
        byte[] head = new byte[TWASM_MAGIC.length];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw new UserError(ExitCode.INPUT, "no such file: " + name);
        } catch (AccessDeniedException e) {
            throw new UserError(ExitCode.INPUT, "cannot read " + name + ": permission denied");
        } catch (IOException e) {
            throw new UserError(ExitCode.INPUT, "cannot read " + name + ": " + e.getMessage());
        }
        if (n >= WASM_MAGIC.length && Arrays.equals(head, 0, WASM_MAGIC.length, WASM_MAGIC, 0, WASM_MAGIC.length)) {
            return new ModuleInput(path, Kind.WASM);
        }
        if (n == TWASM_MAGIC.length && Arrays.equals(head, TWASM_MAGIC)) {
            return new ModuleInput(path, Kind.TWASM);
        }
        throw new UserError(ExitCode.NOT_WASM, name + " is not a WebAssembly module (it does not start with \\0asm)"
                + (name.endsWith(".twasm") ? " nor a .twasm file (it does not start with \\0TWASM)" : ""));
    }

    byte[] bytes() throws UserError {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UserError(ExitCode.INPUT, "cannot read " + path + ": " + e.getMessage());
        }
    }

    /** Decodes and validates a WebAssembly binary. */
    ValidatedModule validate() throws UserError {
        try {
            return Wasm.load(bytes());
        } catch (ModuleException e) {
            throw new UserError(ExitCode.INVALID_MODULE, path + ": " + e.kind().name().toLowerCase() + " module: "
                    + e.getMessage());
        }
    }
}
