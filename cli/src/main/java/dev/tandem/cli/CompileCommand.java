package dev.tandem.cli;

import dev.tandem.aot.AotCompiler;
import dev.tandem.aot.AotOptions;
import dev.tandem.wasm.ModuleException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * {@code tandem compile}: a module to a precompiled {@code .twasm} file (the aot tier's format),
 * which {@code tandem run} later loads without decoding or compiling again. The file is written
 * to a temporary name and moved into place, so a failed compile leaves no half-written file.
 */
final class CompileCommand {

    static final String HELP = """
            Usage: tandem compile FILE.wasm [-o FILE.twasm] [--no-unwind-info] [--method-limit BYTES]

            Compiles a module ahead of time to JVM bytecode and writes it, with everything needed to
            instantiate it, to a .twasm file (default: FILE.twasm beside FILE.wasm). Loading the file
            checks its format and compiler version and its hashes before any class is defined.

            Options:
              -o FILE            where to write the .twasm file
              --no-unwind-info   leave out the map from JVM frames to Wasm offsets: trap backtraces
                                 then name the Wasm functions without offsets, and loading registers
                                 nothing
              --method-limit BYTES
                                 the most bytecode one generated method may have (16 to 65535,
                                 default 8000, C2's limit): a bigger function is split across methods.
                                 Above 8000 big functions stay whole, which needs the JVM flag
                                 -XX:-DontCompileHugeMethods at run time (tandem run passes it); it
                                 made a Lua interpreter 4x faster and bzip2 8x slower: measure
              -h, --help         this help

            Exit: 0 written, 2 usage error, 4 input missing or unreadable, 5 malformed or invalid
                  module, 8 not WebAssembly, 12 the output cannot be written.
            """;

    private final PrintStream out;

    CompileCommand(PrintStream out) {
        this.out = out;
    }

    ExitCode run(Arguments args) throws UserError {
        String input = null;
        String output = null;
        boolean unwindInfo = true;
        int methodLimit = AotOptions.defaults().methodLimit();
        while (args.hasNext()) {
            String token = args.next();
            switch (token) {
                case "-h", "--help" -> {
                    out.print(HELP);
                    return ExitCode.OK;
                }
                case "-o" -> {
                    if (!args.hasNext()) {
                        throw new UserError(ExitCode.USAGE, "-o needs a file name (see tandem compile --help)");
                    }
                    output = args.next();
                }
                case "--no-unwind-info" -> unwindInfo = false;
                case "--method-limit" -> methodLimit = methodLimit(args);
                default -> {
                    if (Arguments.isFlag(token)) {
                        throw new UserError(ExitCode.USAGE, "unknown option for compile: " + token + " (see tandem compile --help)");
                    }
                    if (input != null) {
                        throw new UserError(ExitCode.USAGE, "compile takes one module, got a second: " + token);
                    }
                    input = token;
                }
            }
        }
        if (input == null) {
            throw new UserError(ExitCode.USAGE, "compile needs a module file (see tandem compile --help)");
        }
        ModuleInput module = ModuleInput.open(input);
        if (module.kind() == ModuleInput.Kind.TWASM) {
            throw new UserError(ExitCode.USAGE, input + " is already a precompiled .twasm file; compile takes a .wasm module");
        }
        Path target = outputPath(input, output);
        try {
            AotCompiler.compileToFile(module.bytes(), target, AotOptions.defaults().withUnwindInfo(unwindInfo)
                    .withMethodLimit(methodLimit));
        } catch (ModuleException e) {
            throw new UserError(ExitCode.INVALID_MODULE, input + ": " + (e.kind() == ModuleException.Kind.MALFORMED
                    ? "malformed" : "invalid") + " module: " + e.getMessage());
        } catch (IOException e) {
            throw new UserError(ExitCode.OUTPUT, "cannot write " + target + ": " + e.getMessage());
        }
        return ExitCode.OK;
    }

    private static int methodLimit(Arguments args) throws UserError {
        String value = args.hasNext() ? args.next() : null;
        try {
            int limit = Integer.parseInt(value == null ? "" : value);
            if (limit >= AotOptions.MIN_METHOD_LIMIT && limit <= AotOptions.JVM_METHOD_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserError(ExitCode.USAGE, "--method-limit needs a number of bytes from " + AotOptions.MIN_METHOD_LIMIT
                + " to " + AotOptions.JVM_METHOD_LIMIT + (value == null ? "" : ", got " + value));
    }

    private static Path outputPath(String input, String output) throws UserError {
        String name = output != null ? output
                : (input.endsWith(".wasm") ? input.substring(0, input.length() - ".wasm".length()) : input) + ".twasm";
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new UserError(ExitCode.USAGE, "not a valid output path: " + name);
        }
    }
}
