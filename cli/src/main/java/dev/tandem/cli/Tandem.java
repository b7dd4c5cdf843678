package dev.tandem.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code tandem} command line: dispatches to one command class per subcommand. Each command
 * class is loaded only when its command runs, so {@code run} never loads what {@code wast} needs.
 */
public final class Tandem {

    static final String HELP = """
            Usage: tandem COMMAND [ARGS]

            Tandem: a WebAssembly runtime for the JVM, with two execution tiers and a benchmark lab.

            Commands:
              run      run a WASI program or call an export (tandem run --help)
              inspect  sections, imports, exports and sizes of a module (tandem inspect --help)
              compile  compile a module ahead of time to a .twasm file (tandem compile --help)
              wast     run WebAssembly spec test files on a tier (tandem wast --help)

            Options:
              -h, --help   this help

            Exit codes:
            %s""";

    private Tandem() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.in, System.out, System.err));
    }

    /**
     * Runs one command line; user errors become one line on {@code err} and an exit code. {@code in},
     * {@code out} and {@code err} are also a program's standard streams under {@code run}.
     *
     * @return the exit status: an {@link ExitCode}'s, or under {@code run} the program's own
     */
    static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        try {
            return dispatch(new Arguments(args), in, out, err);
        } catch (UserError e) {
            err.println("tandem: " + e.getMessage());
            return e.exitCode().code();
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // A bug, not a user error: say so in one line; TANDEM_DEBUG=1 shows the trace.
            err.println("tandem: internal error: " + e);
            if (System.getenv("TANDEM_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return ExitCode.FAILURE.code();
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int dispatch(Arguments args, InputStream in, PrintStream out, PrintStream err) throws UserError {
        if (!args.hasNext()) {
            throw new UserError(ExitCode.USAGE, "no command given (see tandem --help)");
        }
        String command = args.next();
        return switch (command) {
            case "-h", "--help", "help" -> {
                out.print(help());
                yield ExitCode.OK.code();
            }
            case "run" -> new RunCommand(in, out, err).run(args);
            case "inspect" -> new InspectCommand(out).run(args).code();
            case "compile" -> new CompileCommand(out).run(args).code();
            case "wast" -> new WastCommand(out).run(args).code();
            default -> throw new UserError(ExitCode.USAGE, (Arguments.isFlag(command) ? "unknown option: "
                    : "unknown command: ") + command + " (see tandem --help)");
        };
    }

    static String help() {
        StringBuilder codes = new StringBuilder();
        for (ExitCode c : ExitCode.values()) {
            codes.append(String.format("  %3d  %s%n", c.code(), c.meaning()));
        }
        return HELP.formatted(codes);
    }
}
