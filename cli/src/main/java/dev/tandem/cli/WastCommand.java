package dev.tandem.cli;

import dev.tandem.conformance.engine.Tier;
import dev.tandem.conformance.engine.Tiers;
import dev.tandem.conformance.run.SkipList;
import dev.tandem.conformance.run.Summary;
import dev.tandem.conformance.run.SuiteRunner;
import dev.tandem.conformance.validate.ValidateTier;
import dev.tandem.spec.SpecFiles;
import dev.tandem.spec.SpecLocation;
import dev.tandem.spec.script.Command;
import dev.tandem.spec.script.SpecFormatException;
import dev.tandem.spec.script.SpecScript;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code tandem wast}: runs spec files (wast2json output) on a tier and prints failures and a summary. */
final class WastCommand {

    /** Tiers the design has that may not be on the classpath yet; any other name is a usage error. */
    static final Set<String> PLANNED_TIERS = Set.of("truffle", "aot");

    static final String HELP = """
            Usage: tandem wast [--tier validate|truffle|aot] [FILE.json|DIR]

            Runs WebAssembly spec test files (wast2json output: NAME.json plus its NAME.N.wasm
            modules) on one tier. FILE.json runs one file; DIR runs every *.json in it. Without a
            path it runs the suite found at -Dtandem.spec.dir, else $TANDEM_SPEC_DIR, else
            ../shared/spec/wasm-2.0/json next to the repository root.

            Prints one line per failed command, "FILE.json:LINE: COMMAND: expected ..., got ...",
            then how many commands were not applicable to the tier (validate does not execute),
            then exactly: "spec TIER: N passed, M failed, K skipped". Skips come from the checked-in
            list conformance/src/main/resources/dev/tandem/conformance/skips.txt.

            Options:
              --tier NAME   validate (default): decode and validate only
                            truffle, aot: the execution tiers, once they are built
              -h, --help    this help

            Exit: 0 no failures, 1 failures, 2 usage error, 4 input missing or unreadable,
                  6 tier not built yet, 7 spec suite not found (see tandem --help).
            """;

    private final PrintStream out;

    WastCommand(PrintStream out) {
        this.out = out;
    }

    ExitCode run(Arguments args) throws UserError {
        String tierName = ValidateTier.NAME;
        Path path = null;
        while (args.hasNext()) {
            String token = args.next();
            if (!Arguments.isFlag(token)) {
                if (path != null) {
                    throw new UserError(ExitCode.USAGE, "wast takes one FILE.json or DIR, got a second: " + token);
                }
                path = Path.of(token);
                continue;
            }
            switch (Arguments.flagName(token)) {
                case "-h", "--help" -> {
                    out.print(HELP);
                    return ExitCode.OK;
                }
                case "--tier" -> tierName = args.value("--tier", token);
                default -> throw new UserError(ExitCode.USAGE,
                        "unknown option for wast: " + token + " (see tandem wast --help)");
            }
        }
        Tier tier = tier(tierName);
        List<Path> files = files(path);
        Summary summary = SuiteRunner.run(tier, SkipList.builtIn(), files, new Report());
        if (summary.notApplicable() > 0) {
            out.println(summary.notApplicable() + " commands not applicable to tier " + tier.name()
                    + " (they need execution; not counted)");
        }
        if (summary.skipped() > 0) {
            out.println(summary.skipped() + " skipped: " + summary.skippedByRule() + " by general rules, "
                    + (summary.skipped() - summary.skippedByRule()) + " by file:line entries (see skips.txt)");
        }
        out.println(summary.line());
        return summary.failed() == 0 ? ExitCode.OK : ExitCode.FAILURE;
    }

    private static Tier tier(String name) throws UserError {
        var found = Tiers.find(name);
        if (found.isPresent()) {
            return found.get();
        }
        if (PLANNED_TIERS.contains(name)) {
            throw new UserError(ExitCode.TIER_NOT_BUILT, "tier " + name + ": not built yet");
        }
        throw new UserError(ExitCode.USAGE, "unknown tier \"" + name + "\" (tiers: validate, truffle, aot)");
    }

    private static List<Path> files(Path path) throws UserError {
        if (path == null) {
            SpecLocation location = SpecLocation.resolve();
            if (!location.exists()) {
                throw new UserError(ExitCode.NO_SPEC_SUITE, location.notFoundMessage());
            }
            path = location.path();
        }
        try {
            return SpecFiles.list(path);
        } catch (NoSuchFileException e) {
            throw new UserError(ExitCode.INPUT, "no such file or directory: " + path);
        } catch (IOException e) {
            throw new UserError(ExitCode.INPUT, "cannot read " + path + ": " + e.getMessage());
        }
    }

    /** Prints each problem as one line the moment it happens. */
    private final class Report implements SuiteRunner.Listener {

        @Override
        public void failed(SpecScript script, Command command, String detail) {
            out.println(script.name() + ":" + command.line() + ": " + command.type() + ": " + detail);
        }

        @Override
        public void unreadable(Path file, IOException error) {
            out.println(error instanceof SpecFormatException ? error.getMessage()
                    : file.getFileName() + ": cannot read: " + error.getMessage());
        }

        @Override
        public void unusedSkip(SkipList.Entry entry) {
            out.println("warning: " + entry.origin() + ": " + entry.file() + ":" + entry.line()
                    + " names no command; remove the entry");
        }
    }
}
