package dev.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The command line as a user meets it: exit codes, one-line errors, and the wast report. The spec
 * files here need no decoder (they hold only commands the validate tier does not run, a skipped
 * text module, or modules whose files are missing), so these tests do not wait for wasm-core.
 */
class TandemTest {

    private record Result(ExitCode exit, String out, String err) {
    }

    private static Result run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Tandem.run(List.of(args), InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        ExitCode exit = Arrays.stream(ExitCode.values()).filter(c -> c.code() == status).findFirst()
                .orElseThrow(() -> new AssertionError("exit status " + status + " is no ExitCode"));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(TandemTest.class.getResource("/wast/" + name).toURI()).toString();
    }

    @Test
    void helpListsCommandsAndEveryExitCode() {
        Result r = run("--help");
        assertEquals(ExitCode.OK, r.exit());
        assertTrue(r.out().contains("wast"));
        for (ExitCode c : ExitCode.values()) {
            assertTrue(r.out().contains("  " + c.code() + "  " + c.meaning()), "missing exit code " + c);
        }
        assertEquals("", r.err());
    }

    @Test
    void wastHelp() {
        Result r = run("wast", "--help");
        assertEquals(ExitCode.OK, r.exit());
        assertTrue(r.out().startsWith("Usage: tandem wast [--tier validate|truffle|aot] [FILE.json|DIR]"));
    }

    @Test
    void usageErrorsAreOneLineWithExitCode2() {
        assertEquals(new Result(ExitCode.USAGE, "", "tandem: no command given (see tandem --help)\n"), run());
        assertEquals(new Result(ExitCode.USAGE, "", "tandem: unknown command: frob (see tandem --help)\n"), run("frob"));
        assertEquals(new Result(ExitCode.USAGE, "", "tandem: unknown option: --frob (see tandem --help)\n"), run("--frob"));
        assertEquals(new Result(ExitCode.USAGE, "", "tandem: unknown option for wast: --frob (see tandem wast --help)\n"),
                run("wast", "--frob"));
        assertEquals(new Result(ExitCode.USAGE, "", "tandem: --tier needs a value\n"), run("wast", "--tier"));
        assertEquals(new Result(ExitCode.USAGE, "", "tandem: unknown tier \"jit\" (tiers: validate, truffle, aot)\n"),
                run("wast", "--tier=jit"));
        assertEquals(new Result(ExitCode.USAGE, "", "tandem: wast takes one FILE.json or DIR, got a second: b\n"),
                run("wast", "a", "b"));
    }

    /** Both tiers are on the CLI's classpath now: wast finds them (and so gets as far as the missing file). */
    @Test
    void bothTiersAreFound() {
        assertEquals(ExitCode.INPUT, run("wast", "--tier", "truffle", "no/such.json").exit());
        assertEquals(ExitCode.INPUT, run("wast", "--tier", "aot", "no/such.json").exit());
    }

    @Test
    void missingInputHasItsOwnExitCode() {
        assertEquals(new Result(ExitCode.INPUT, "", "tandem: no such file or directory: no/such.json\n"),
                run("wast", "no/such.json"));
    }

    @Test
    void missingSpecSuiteHasItsOwnExitCode() {
        String before = System.getProperty("tandem.spec.dir");
        System.setProperty("tandem.spec.dir", "/no/spec/here");
        try {
            Result r = run("wast");
            assertEquals(ExitCode.NO_SPEC_SUITE, r.exit());
            assertEquals("tandem: spec suite not found: /no/spec/here (from system property tandem.spec.dir) is not a"
                    + " directory; set TANDEM_SPEC_DIR or -Dtandem.spec.dir to the wast2json output directory\n", r.err());
        } finally {
            if (before == null) {
                System.clearProperty("tandem.spec.dir");
            } else {
                System.setProperty("tandem.spec.dir", before);
            }
        }
    }

    @Test
    void notApplicableCommandsAreReportedButNotCounted() throws URISyntaxException {
        Result r = run("wast", resource("execution-only.json"));
        assertEquals(new Result(ExitCode.OK, """
                2 commands not applicable to tier validate (they need execution; not counted)
                1 skipped: 1 by general rules, 0 by file:line entries (see skips.txt)
                spec validate: 0 passed, 0 failed, 1 skipped
                """, ""), r);
    }

    @Test
    void failuresArePrintedOnePerLineThenTheSummary() throws URISyntaxException {
        Result r = run("wast", "--tier", "validate", resource("missing-module.json"));
        assertEquals(new Result(ExitCode.FAILURE, """
                missing-module.json:2: module: expected a module, got unreadable missing-module.0.wasm: no such file
                missing-module.json:9: assert_invalid: expected invalid "type mismatch", got unreadable missing-module.1.wasm: no such file
                spec validate: 0 passed, 2 failed, 0 skipped
                """, ""), r);
    }

    @Test
    void anUnreadableSpecFileInADirectoryCountsAsOneFailure() throws URISyntaxException {
        Result r = run("wast", Path.of(resource("broken.json")).getParent().toString());
        assertEquals(ExitCode.FAILURE, r.exit());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("broken.json: not JSON: "), lines.get(0));
        assertEquals("spec validate: 0 passed, 3 failed, 1 skipped", lines.getLast());
    }
}
