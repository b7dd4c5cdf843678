package dev.tandem.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** The {@code tandem} command line: dispatches to one command class per subcommand. */
public final class Tandem {

    static final String HELP = """
            Usage: tandem COMMAND [ARGS]

            Tandem: a WebAssembly runtime for the JVM, with two execution tiers and a benchmark lab.

            Commands:
              wast     run WebAssembly spec test files on a tier (tandem wast --help)

            Options:
              -h, --help   this help

            Exit codes:
            %s""";

    private Tandem() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err).code());
    }

    /** Runs one command line; user errors become one line on {@code err} and an exit code. */
    static ExitCode run(List<String> args, PrintStream out, PrintStream err) {
        try {
            return dispatch(new Arguments(args), out);
        } catch (UserError e) {
            err.println("tandem: " + e.getMessage());
            return e.exitCode();
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // A bug, not a user error: say so in one line; TANDEM_DEBUG=1 shows the trace.
            err.println("tandem: internal error: " + e);
            if (System.getenv("TANDEM_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return ExitCode.FAILURE;
        } finally {
            out.flush();
        }
    }

    private static ExitCode dispatch(Arguments args, PrintStream out) throws UserError {
        if (!args.hasNext()) {
            throw new UserError(ExitCode.USAGE, "no command given (see tandem --help)");
        }
        String command = args.next();
        return switch (command) {
            case "-h", "--help", "help" -> {
                out.print(help());
                yield ExitCode.OK;
            }
            case "wast" -> new WastCommand(out).run(args);
            default -> throw new UserError(ExitCode.USAGE, (Arguments.isFlag(command) ? "unknown option: "
                    : "unknown command: ") + command + " (see tandem --help)");
        };
    }

    static String help() {
        StringBuilder codes = new StringBuilder();
        for (ExitCode c : ExitCode.values()) {
            codes.append(String.format("  %d  %s%n", c.code(), c.meaning()));
        }
        return HELP.formatted(codes);
    }
}
