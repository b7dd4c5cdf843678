package dev.tandem.lab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.lab.engine.nativecode.NativeBuild;
import dev.tandem.lab.workload.LabPaths;
import dev.tandem.lab.workload.RealProgram;
import dev.tandem.lab.workload.StdoutDigest;
import dev.tandem.lab.workload.Validation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every engine runs a real program the way the lab runs one: the full argv ({@code argv[0]} first),
 * a preopened directory it reads from, an exit status through {@code proc_exit}, two rounds of a fresh
 * instance each, output hashed. The program is {@code src/test/c/readfile.c} (prints its argument count,
 * argv[2] and a file, exits with the status argv[2] gives); its native build is compiled here with gcc.
 */
class RealProgramEngineTest {

    private static final Path C = LabPaths.root().resolve("lab/src/test/c");

    @TempDir
    static Path nativeDir;

    @BeforeAll
    static void buildNative() throws Exception {
        if (NativeBuild.gccVersion() != null) {
            ChildProcess.Outcome o = ChildProcess.run(List.of("gcc", "-O2", "-o", nativeDir.resolve("readfile").toString(),
                    C.resolve("readfile.c").toString()), null);
            assertEquals(0, o.exitCode(), o.tail());
            System.setProperty("tandem.lab.realNative", nativeDir.toString());
        }
    }

    /** The answer readfile gives for {@code input.txt} and exit status {@code exit}. */
    private static RealProgram.Size expected(int exit) {
        String stdout = "argc=3\nargv[2]=" + exit + "\nline one\nline two\n";
        StdoutDigest d = new StdoutDigest();
        d.write(stdout.getBytes(StandardCharsets.UTF_8), 0, stdout.length());
        return new RealProgram.Size("quick", List.of("readfile", "/data/input.txt", Integer.toString(exit)), d.sha256(), exit);
    }

    /**
     * Exit 7 on every engine; exit 0 through {@code proc_exit} too on the engines whose WASI treats it
     * apart (Chicory's {@code throwOnExit0}, GraalWasm's exit ending its context).
     */
    @TestFactory
    Stream<DynamicTest> everyEngineGivesArgvDirectoryAndExitStatus() {
        return Engines.all().stream().flatMap(engine -> (engine.id().startsWith("chicory") || engine.id().equals("graalwasm")
                ? Stream.of(0, 7) : Stream.of(7)).map(exit -> DynamicTest.dynamicTest(engine.id() + " exit " + exit, () -> {
            Optional<String> reason = engine.unavailableReason();
            Assumptions.assumeTrue(reason.isEmpty(), () -> engine.id() + " is not available here: " + reason.orElse(""));
            Assumptions.assumeFalse(engine.id().equals("native") && NativeBuild.gccVersion() == null, "native: gcc is not installed");
            RealProgram.Size size = expected(exit);
            WasiCommand command = new WasiCommand(size.args(), Map.of("/data", C.resolve("readfile.dir").toString()));
            RunReport report = engine.run(Plan.command(C.resolve("readfile.wasm"), 2, command));
            assertEquals(2, report.rounds().size());
            Validation.Verdict v = Validation.real(size, report);
            assertTrue(v.validated(), v.reason());
        })));
    }

    @TestFactory
    Stream<DynamicTest> aWrongAnswerIsAFailedValidation() {
        RealProgram.Size right = expected(0);
        RealProgram.Size wrongExit = new RealProgram.Size("quick", right.args(), right.stdoutSha256(), 1);
        RealProgram.Size wrongOutput = new RealProgram.Size("quick", right.args(), "0".repeat(64), 0);
        Engine engine = Engines.byId("tandem-aot-memory");
        return Stream.of(wrongExit, wrongOutput).map(size -> DynamicTest.dynamicTest("expected exit " + size.exit() + " sha "
                + size.stdoutSha256().substring(0, 8), () -> {
            Assumptions.assumeTrue(engine.unavailableReason().isEmpty(), "the AOT tier is not built");
            RunReport report = engine.run(Plan.command(C.resolve("readfile.wasm"), 1,
                    new WasiCommand(right.args(), Map.of("/data", C.resolve("readfile.dir").toString()))));
            Validation.Verdict v = Validation.real(size, report);
            assertFalse(v.validated());
            assertTrue(v.reason().contains(size.exit() == 1 ? "exit status 0, expected 1" : "stdout sha256"), v.reason());
        }));
    }

    @TestFactory
    Stream<DynamicTest> guestPathsBecomeHostPathsNatively() {
        WasiCommand c = new WasiCommand(List.of("lua", "/bench/x.lua", "/bench", "/benchmark", "small"), Map.of("/bench", "/h/lua"));
        return Stream.of(DynamicTest.dynamicTest("hostArgs", () ->
                assertEquals(List.of("lua", "/h/lua/x.lua", "/h/lua", "/benchmark", "small"), c.hostArgs())));
    }
}
