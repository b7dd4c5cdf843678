package dev.tandem.cli;

import static dev.tandem.cli.RunCommandTest.assertOneLineError;
import static dev.tandem.cli.RunCommandTest.module;
import static dev.tandem.cli.RunCommandTest.tandem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.cli.RunCommandTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tandem compile} as a user meets it: the file it writes runs, and every mistake is one line. */
class CompileCommandTest {

    @Test
    void compiledFileRunsAndSaysWhetherItHasUnwindInfo(@TempDir Path dir) throws IOException {
        Path withInfo = dir.resolve("arith.twasm");
        Path without = dir.resolve("arith-plain.twasm");
        assertEquals(new Result(0, "", ""), tandem("compile", module("arith.wasm"), "-o", withInfo.toString()));
        assertEquals(new Result(0, "", ""),
                tandem("compile", module("arith.wasm"), "-o", without.toString(), "--no-unwind-info"));
        Result fromWasm = tandem("run", "--invoke", "add", module("arith.wasm"), "2", "40");
        Result fromTwasm = tandem("run", "--invoke", "add", withInfo.toString(), "2", "40");
        assertEquals(0, fromTwasm.status(), fromTwasm.err());
        assertEquals(fromWasm.out(), fromTwasm.out());
        assertTrue(tandem("inspect", withInfo.toString()).out().contains("unwind"), "inspect names the option");
        assertFalse(Files.readAllBytes(withInfo).length == Files.readAllBytes(without).length
                && java.util.Arrays.equals(Files.readAllBytes(withInfo), Files.readAllBytes(without)),
                "--no-unwind-info changes the file");
    }

    @Test
    void methodLimitIsWrittenIntoTheFileAndTheFileRuns(@TempDir Path dir) throws IOException {
        Path whole = dir.resolve("whole.twasm");
        assertEquals(new Result(0, "", ""),
                tandem("compile", module("arith.wasm"), "-o", whole.toString(), "--method-limit", "65535"));
        assertTrue(tandem("inspect", whole.toString()).out().contains("method limit: 65,535 bytes"));
        Path byDefault = dir.resolve("default.twasm");
        assertEquals(0, tandem("compile", module("arith.wasm"), "-o", byDefault.toString()).status());
        assertTrue(tandem("inspect", byDefault.toString()).out().contains("method limit: 8,000 bytes"));
        assertEquals(tandem("run", "--invoke", "add", module("arith.wasm"), "2", "40").out(),
                tandem("run", "--invoke", "add", whole.toString(), "2", "40").out());
        String expected = "--method-limit needs a number of bytes from 16 to 65535";
        assertOneLineError(ExitCode.USAGE, expected + ", got 65536", tandem("compile", module("arith.wasm"), "--method-limit", "65536"));
        assertOneLineError(ExitCode.USAGE, expected + ", got many", tandem("compile", module("arith.wasm"), "--method-limit", "many"));
        assertOneLineError(ExitCode.USAGE, expected, tandem("compile", module("arith.wasm"), "--method-limit"));
    }

    @Test
    void defaultOutputIsBesideTheInput(@TempDir Path dir) throws IOException {
        Path wasm = dir.resolve("m.wasm");
        Files.copy(Path.of(module("arith.wasm")), wasm);
        assertEquals(0, tandem("compile", wasm.toString()).status());
        assertTrue(Files.isRegularFile(dir.resolve("m.twasm")));
    }

    @Test
    void mistakesAreOneLineEachWithTheirOwnCode(@TempDir Path dir) throws IOException {
        assertOneLineError(ExitCode.USAGE, "compile needs a module file (see tandem compile --help)", tandem("compile"));
        assertOneLineError(ExitCode.USAGE, "-o needs a file name (see tandem compile --help)", tandem("compile", "x.wasm", "-o"));
        assertOneLineError(ExitCode.USAGE, "unknown option for compile: --fast (see tandem compile --help)",
                tandem("compile", "--fast", "x.wasm"));
        assertOneLineError(ExitCode.INPUT, "no such file: no/such.wasm", tandem("compile", "no/such.wasm"));
        Result invalid = tandem("compile", module("invalid.wasm"), "-o", dir.resolve("i.twasm").toString());
        assertEquals(ExitCode.INVALID_MODULE.code(), invalid.status());
        assertTrue(invalid.err().contains("invalid module: type mismatch"), invalid.err());
        Path twasm = dir.resolve("a.twasm");
        tandem("compile", module("arith.wasm"), "-o", twasm.toString());
        assertOneLineError(ExitCode.USAGE, twasm + " is already a precompiled .twasm file; compile takes a .wasm module",
                tandem("compile", twasm.toString()));
        Result noDir = tandem("compile", module("arith.wasm"), "-o", dir.resolve("no/such/dir/a.twasm").toString());
        assertEquals(ExitCode.OUTPUT.code(), noDir.status(), noDir.err());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "nothing half-written beside a.twasm");
        }
    }
}
