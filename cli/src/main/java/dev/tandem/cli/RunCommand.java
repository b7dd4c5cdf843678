package dev.tandem.cli;

import dev.tandem.runtime.CompiledModule;
import dev.tandem.runtime.FunctionRef;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.Instance;
import dev.tandem.runtime.LinkException;
import dev.tandem.runtime.Tier;
import dev.tandem.wasi.Wasi;
import dev.tandem.wasi.WasiExit;
import dev.tandem.wasi.WasiOptions;
import dev.tandem.wasm.numeric.WasmTrap;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tandem run}: a WASI command (its {@code _start}), or one export with {@code --invoke}, on
 * a tier. The exit status is the program's; a trap is reported with its Wasm backtrace and exits
 * {@link ExitCode#TRAP}, as wasmtime does.
 *
 * <p>Only the chosen tier is loaded, and a {@code .twasm} file is loaded without decoding or
 * compiling anything: this is the path whose start-up time the lab measures.
 */
final class RunCommand {

    static final String HELP = """
            Usage: tandem run [OPTIONS] FILE.wasm|FILE.twasm [ARGS...]

            Runs a WASI command module: calls its _start export with ARGS as the program's arguments
            (argv[0] is FILE as given). With --invoke, calls one exported function instead, with ARGS as
            its typed arguments, and prints its results, one per line.

            The program reaches only what it is given: the directories preopened with --dir, the
            variables set with --env (nothing is inherited from tandem's environment), and the standard
            streams. Paths that leave a preopened directory (.., absolute paths, symbolic links pointing
            out) are refused with ENOTCAPABLE.

            Options:
              --tier NAME          aot or truffle (default: aot when it is built, else truffle);
                                   a .twasm file always runs on aot
              --dir HOST[::GUEST]  preopen directory HOST; the program sees it as GUEST (default: HOST
                                   as given, so --dir . serves relative paths); repeatable
              --env NAME=VALUE     set a variable in the program's environment; repeatable
              --invoke NAME        call the exported function NAME with ARGS instead of _start
                                   (i32/i64: decimal or 0x hex, signed or unsigned; f32/f64: decimal,
                                   nan, inf, -inf); a module exporting _initialize gets it called first
              --                   end of options: what follows is FILE and ARGS
              -h, --help           this help

            Exit: the program's status (its proc_exit code, 0 when _start returns); 134 when it traps,
            after the trap message and the Wasm backtrace on stderr. Before the program starts:
            2 usage, 4 file or --dir missing, 5 invalid module, 6 tier not built, 8 not WebAssembly,
            9 import missing or mistyped, 10 no _start or no such export, 11 bad .twasm file.
            """;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    RunCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    int run(Arguments args) throws UserError {
        String tierName = null;
        String invoke = null;
        List<String[]> dirs = new ArrayList<>();
        WasiOptions.Builder wasi = WasiOptions.builder();
        String file = null;
        while (args.hasNext() && file == null) {
            String token = args.next();
            if (token.equals("--")) {
                if (!args.hasNext()) {
                    throw new UserError(ExitCode.USAGE, "run needs a module file after -- (see tandem run --help)");
                }
                file = args.next();
                break;
            }
            if (!Arguments.isFlag(token)) {
                file = token;
                break;
            }
            switch (Arguments.flagName(token)) {
                case "-h", "--help" -> {
                    out.print(HELP);
                    return ExitCode.OK.code();
                }
                case "--tier" -> tierName = args.value("--tier", token);
                case "--invoke" -> invoke = args.value("--invoke", token);
                case "--dir" -> dirs.add(directory(args.value("--dir", token)));
                case "--env" -> environment(wasi, args.value("--env", token));
                default -> throw new UserError(ExitCode.USAGE,
                        "unknown option for run: " + token + " (see tandem run --help)");
            }
        }
        if (file == null) {
            throw new UserError(ExitCode.USAGE, "run needs a module file (see tandem run --help)");
        }
        List<String> rest = new ArrayList<>();
        while (args.hasNext()) {
            rest.add(args.next());
        }

        ModuleInput input = ModuleInput.open(file);
        CompiledModule compiled = compile(input, tierName);
        wasi.arg(file);
        if (invoke == null) {
            wasi.args(rest);
        }
        for (String[] d : dirs) {
            wasi.preopen(Path.of(d[0]), d[1]);
        }
        if (System.getenv("TANDEM_WASI_TRACE") != null) {
            wasi.trace(err);
        }
        wasi.stdin(in, Terminals.isTerminal(0) && in == System.in);
        wasi.stdout(out, Terminals.isTerminal(1) && out == System.out);
        wasi.stderr(err, Terminals.isTerminal(2) && err == System.err);
        try (Wasi host = newWasi(wasi.build())) {
            return execute(file, compiled, host, invoke, rest);
        }
    }

    private int execute(String file, CompiledModule compiled, Wasi wasi, String invoke, List<String> invokeArgs)
            throws UserError {
        try {
            Instance instance;
            try {
                instance = compiled.instantiate(wasi.addTo(Imports.builder()).build());
            } catch (LinkException e) {
                throw new UserError(ExitCode.LINK, file + ": " + e.getMessage());
            }
            if (invoke != null) {
                return invoke(file, instance, wasi, invoke, invokeArgs);
            }
            if (!(instance.export("_start") instanceof FunctionRef)) {
                throw new UserError(ExitCode.NO_EXPORT, file + " exports no _start function (a library module?"
                        + " call one of its exports with --invoke NAME)");
            }
            return wasi.runCommand(instance) & 0xFF;
        } catch (WasiExit exit) {
            // proc_exit from a start function or from an --invoke'd export.
            return exit.code() & 0xFF;
        } catch (WasmTrap trap) {
            wasi.flush();
            TrapReport.print(err, file, trap.getMessage());
            return ExitCode.TRAP.code();
        } catch (StackOverflowError overflow) {
            // A tier should have turned this into a trap; report it as one all the same.
            wasi.flush();
            TrapReport.print(err, file, "call stack exhausted");
            return ExitCode.TRAP.code();
        }
    }

    private int invoke(String file, Instance instance, Wasi wasi, String name, List<String> words) throws UserError {
        if (!(instance.export(name) instanceof FunctionRef function)) {
            List<String> functions = new ArrayList<>();
            for (String export : instance.exportNames()) {
                if (instance.export(export) instanceof FunctionRef) {
                    functions.add(export);
                }
            }
            throw new UserError(ExitCode.NO_EXPORT, file + " exports no function \"" + name + "\" (its functions: "
                    + (functions.isEmpty() ? "none" : String.join(", ", functions)) + ")");
        }
        Object[] arguments = InvokeValues.parse(name, function.type(), words);
        wasi.bind(instance);
        try {
            if (!name.equals("_initialize") && instance.export("_initialize") instanceof FunctionRef init) {
                init.call();
            }
            for (Object result : function.call(arguments)) {
                out.println(InvokeValues.format(result));
            }
        } finally {
            wasi.flush();
        }
        return ExitCode.OK.code();
    }

    private static CompiledModule compile(ModuleInput input, String tierName) throws UserError {
        if (input.kind() == ModuleInput.Kind.TWASM) {
            if (tierName != null && !tierName.equals("aot")) {
                throw new UserError(ExitCode.USAGE, input.path() + " is a .twasm file, which only the aot tier runs");
            }
            return PrecompiledModules.load(input.path());
        }
        Tier tier = tierName == null ? RuntimeTiers.preferred() : RuntimeTiers.find(tierName);
        var module = input.validate();
        try {
            return tier.compile(module);
        } catch (RuntimeException e) {
            // The tier's documented way to refuse a module it cannot handle.
            throw new UserError(ExitCode.FAILURE, "tier " + tier.name() + " cannot run " + input.path() + ": " + e.getMessage());
        }
    }

    /** {@code HOST[::GUEST]}: the host directory must exist. */
    private static String[] directory(String value) throws UserError {
        int sep = value.indexOf("::");
        String host = sep < 0 ? value : value.substring(0, sep);
        String guest = sep < 0 ? value : value.substring(sep + 2);
        if (host.isEmpty() || guest.isEmpty()) {
            throw new UserError(ExitCode.USAGE, "--dir needs HOST or HOST::GUEST, got \"" + value + "\"");
        }
        try {
            Path path = Path.of(host);
            if (!Files.exists(path)) {
                throw new UserError(ExitCode.INPUT, "--dir " + host + ": no such directory");
            }
            if (!Files.isDirectory(path)) {
                throw new UserError(ExitCode.INPUT, "--dir " + host + ": not a directory");
            }
        } catch (InvalidPathException e) {
            throw new UserError(ExitCode.INPUT, "--dir " + host + ": not a valid path");
        }
        return new String[] {host, guest};
    }

    private static void environment(WasiOptions.Builder wasi, String value) throws UserError {
        int eq = value.indexOf('=');
        if (eq <= 0) {
            throw new UserError(ExitCode.USAGE, "--env needs NAME=VALUE, got \"" + value + "\"");
        }
        wasi.env(value.substring(0, eq), value.substring(eq + 1));
    }

    private static Wasi newWasi(WasiOptions options) throws UserError {
        try {
            return new Wasi(options);
        } catch (IOException e) {
            // A --dir that vanished between the check and now.
            throw new UserError(ExitCode.INPUT, "--dir: " + e.getMessage());
        }
    }
}
