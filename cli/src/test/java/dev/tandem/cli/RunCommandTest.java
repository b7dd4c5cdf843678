package dev.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.aot.AotCompiler;
import dev.tandem.aot.AotOptions;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tandem run} and {@code tandem inspect} as a user meets them: every mistake is one line
 * with its own exit code; --invoke's typed arguments and printed results; exit statuses. The
 * modules are the .wat files in src/test/resources/modules with their .wasm beside them.
 */
class RunCommandTest {

    record Result(int status, String out, String err) {
    }

    static Result tandem(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = Tandem.run(List.of(args), InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String module(String name) {
        try {
            return Path.of(RunCommandTest.class.getResource("/modules/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertOneLineError(ExitCode expected, String message, Result r) {
        assertEquals(new Result(expected.code(), "", "tandem: " + message + "\n"), r);
    }

    @Test
    void helpTexts() {
        assertTrue(tandem("run", "--help").out().startsWith("Usage: tandem run [OPTIONS] FILE.wasm|FILE.twasm [ARGS...]"));
        assertTrue(tandem("inspect", "--help").out().startsWith("Usage: tandem inspect FILE.wasm|FILE.twasm"));
        assertTrue(tandem("--help").out().contains("run      run a WASI program"));
    }

    @Test
    void usageErrors() {
        assertOneLineError(ExitCode.USAGE, "run needs a module file (see tandem run --help)", tandem("run"));
        assertOneLineError(ExitCode.USAGE, "unknown option for run: --frob (see tandem run --help)", tandem("run", "--frob", "x.wasm"));
        assertOneLineError(ExitCode.USAGE, "--env needs NAME=VALUE, got \"JUSTNAME\"", tandem("run", "--env", "JUSTNAME", "x.wasm"));
        assertOneLineError(ExitCode.USAGE, "--dir needs HOST or HOST::GUEST, got \"::/x\"", tandem("run", "--dir", "::/x", "x.wasm"));
        assertOneLineError(ExitCode.USAGE, "unknown tier \"jit\" (tiers: aot, truffle)", tandem("run", "--tier", "jit", module("arith.wasm")));
        assertOneLineError(ExitCode.USAGE, "--tier needs a value", tandem("run", "--tier"));
        assertOneLineError(ExitCode.USAGE, "inspect needs a module file (see tandem inspect --help)", tandem("inspect"));
        assertOneLineError(ExitCode.USAGE, "inspect takes one file, got a second: b", tandem("inspect", "a", "b"));
    }

    @Test
    void fileMistakes(@TempDir Path dir) {
        assertOneLineError(ExitCode.INPUT, "no such file: no/such.wasm", tandem("run", "no/such.wasm"));
        assertOneLineError(ExitCode.INPUT, dir + " is a directory, not a module file", tandem("run", dir.toString()));
        assertOneLineError(ExitCode.INPUT, "--dir /no/such/dir: no such directory", tandem("run", "--dir", "/no/such/dir", "x.wasm"));
        String text0 = module("not-wasm.txt");
        assertOneLineError(ExitCode.INPUT, "--dir " + text0 + ": not a directory", tandem("run", "--dir", text0, "x.wasm"));
        String text = module("not-wasm.txt");
        assertOneLineError(ExitCode.NOT_WASM, text + " is not a WebAssembly module (it does not start with \\0asm)", tandem("run", text));
        assertOneLineError(ExitCode.NOT_WASM, text + " is not a WebAssembly module (it does not start with \\0asm)", tandem("inspect", text));
        String invalid = module("invalid.wasm");
        Result r = tandem("run", invalid);
        assertEquals(ExitCode.INVALID_MODULE.code(), r.status());
        assertTrue(r.err().startsWith("tandem: " + invalid + ": invalid module: type mismatch"), r.err());
        assertEquals(1, r.err().lines().count());
    }

    @Test
    void linkAndExportMistakes() {
        String needsImport = module("needs_import.wasm");
        assertOneLineError(ExitCode.LINK, needsImport + ": unknown import: env.missing", tandem("run", "--tier", "aot", needsImport));
        String arith = module("arith.wasm");
        assertOneLineError(ExitCode.NO_EXPORT, arith + " exports no _start function (a library module? call one of its"
                + " exports with --invoke NAME)", tandem("run", arith));
        assertOneLineError(ExitCode.NO_EXPORT, arith + " exports no function \"nope\" (its functions: add, mul64, half,"
                + " swap, div, takes_ref)", tandem("run", "--invoke", "nope", arith));
    }

    @Test
    void invokeTakesTypedArgumentsAndPrintsResults() {
        for (String tier : List.of("aot", "truffle")) {
            String arith = module("arith.wasm");
            assertEquals(new Result(0, "5\n", ""), tandem("run", "--tier", tier, "--invoke", "add", arith, "2", "3"));
            assertEquals(new Result(0, "-1\n", ""), tandem("run", "--tier", tier, "--invoke", "add", arith, "0xffffffff", "0"));
            assertEquals(new Result(0, "-6\n", ""), tandem("run", "--tier", tier, "--invoke", "mul64", arith, "-2", "3"));
            assertEquals(new Result(0, "1.25\n", ""), tandem("run", "--tier", tier, "--invoke", "half", arith, "2.5"));
            assertEquals(new Result(0, "inf\n", ""), tandem("run", "--tier", tier, "--invoke", "half", arith, "inf"));
            assertEquals(new Result(0, "7\nnan\n", ""), tandem("run", "--tier", tier, "--invoke", "swap", arith, "nan", "7"));
            Result trap = tandem("run", "--tier", tier, "--invoke", "div", arith, "1", "0");
            assertEquals(ExitCode.TRAP.code(), trap.status());
            assertTrue(trap.err().startsWith("tandem: " + arith + ": wasm trap: integer divide by zero\nwasm backtrace:\n"), trap.err());
            assertTrue(trap.err().contains("div"), trap.err());
        }
    }

    @Test
    void invokeArgumentMistakes() {
        String arith = module("arith.wasm");
        assertOneLineError(ExitCode.USAGE, "add takes 2 arguments [i32, i32], got 1", tandem("run", "--invoke", "add", arith, "1"));
        assertOneLineError(ExitCode.USAGE, "add: argument 1 must be i32, got \"x\"", tandem("run", "--invoke", "add", arith, "1", "x"));
        assertOneLineError(ExitCode.USAGE, "add: argument 0 must be i32, got \"4294967296\"",
                tandem("run", "--invoke", "add", arith, "4294967296", "1"));
        assertOneLineError(ExitCode.USAGE, "half: argument 0 must be f64, got \"1.0d\"", tandem("run", "--invoke", "half", arith, "1.0d"));
        assertOneLineError(ExitCode.USAGE, "takes_ref: argument 0 is a externref, which cannot be given on the command line",
                tandem("run", "--invoke", "takes_ref", arith, "x"));
    }

    @Test
    void exitStatusIsTheProgramsAndReactorsAreInitialized() {
        String exits = module("exits.wasm");
        for (String tier : List.of("aot", "truffle")) {
            assertEquals(new Result(3, "", ""), tandem("run", "--tier", tier, exits));
            assertEquals(new Result(0, "1\n", ""), tandem("run", "--tier", tier, "--invoke", "initialized", exits));
        }
    }

    @Test
    void twasmFilesRunOnAotOnly(@TempDir Path dir) throws Exception {
        Path twasm = dir.resolve("exits.twasm");
        AotCompiler.compileToFile(Files.readAllBytes(Path.of(module("exits.wasm"))), twasm, AotOptions.defaults());
        assertEquals(new Result(3, "", ""), tandem("run", twasm.toString()));
        assertEquals(new Result(3, "", ""), tandem("run", "--tier", "aot", twasm.toString()));
        assertOneLineError(ExitCode.USAGE, twasm + " is a .twasm file, which only the aot tier runs",
                tandem("run", "--tier", "truffle", twasm.toString()));
        Result inspect = tandem("inspect", twasm.toString());
        assertEquals(0, inspect.status(), inspect.err());
        assertTrue(inspect.out().contains("precompiled module (.twasm)"), inspect.out());
        assertTrue(inspect.out().contains("  func     wasi_snapshot_preview1.proc_exit [i32] -> []"), inspect.out());

        byte[] bytes = Files.readAllBytes(twasm);
        bytes[bytes.length - 1] ^= 1;
        Files.write(twasm, bytes);
        Result damaged = tandem("run", twasm.toString());
        assertEquals(ExitCode.TWASM.code(), damaged.status());
        assertTrue(damaged.err().startsWith("tandem: " + twasm + ": altered or damaged .twasm file"), damaged.err());
        assertEquals(ExitCode.TWASM.code(), tandem("inspect", twasm.toString()).status());
        Path fake = dir.resolve("fake.twasm");
        Files.writeString(fake, "not one");
        assertOneLineError(ExitCode.NOT_WASM, fake + " is not a WebAssembly module (it does not start with \\0asm)"
                + " nor a .twasm file (it does not start with \\0TWASM)", tandem("run", fake.toString()));
    }

    @Test
    void inspectShowsSectionsImportsExportsAndValidity() {
        Result r = tandem("inspect", module("exits.wasm"));
        assertEquals(0, r.status(), r.err());
        String out = r.out();
        assertTrue(out.startsWith(module("exits.wasm") + ": 193 bytes, WebAssembly binary format version 1\n"), out);
        for (String expected : List.of(
                // Offsets and sizes as wabt's wasm-objdump -h reports them.
                "  type                            0xa         12\n",
                "  import                         0x18         36\n",
                "  code                           0x82         20\n",
                "  custom \"name\"                  0x98         41\n",
                "imports: 1\n  func     wasi_snapshot_preview1.proc_exit [i32] -> []\n",
                "  memory   memory -> memory 0\n",
                "  func     _start -> function 3 [] -> []\n",
                "functions: 4 (1 imported, 3 defined), 19 bytes of code\n",
                "memory 0: pages 1, no maximum\n",
                "globals: 1 (0 imported); element segments: 0; data segments: 0, 0 bytes\n",
                "start function: none\n",
                "valid: yes\n")) {
            assertTrue(out.contains(expected), "missing [" + expected + "] in\n" + out);
        }
        Result invalid = tandem("inspect", module("invalid.wasm"));
        assertEquals(ExitCode.INVALID_MODULE.code(), invalid.status());
        assertTrue(invalid.out().contains("functions: 1 (0 imported, 1 defined)"), invalid.out());
        assertTrue(invalid.out().contains("valid: no: type mismatch"), invalid.out());
    }
}
