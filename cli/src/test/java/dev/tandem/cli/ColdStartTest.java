package dev.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.aot.AotCompiler;
import dev.tandem.aot.AotOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run path loads only what it needs: a fresh JVM runs the CLI with {@code -verbose:class}, and
 * the classes it loaded are checked. A {@code .twasm} file needs neither Truffle nor ASM (nor the
 * truffle tier's own classes); a {@code .wasm} on the aot tier needs ASM but no Truffle.
 */
class ColdStartTest {

    private static List<String> loadedClasses(String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Xlog:class+load=info",
                "-cp", System.getProperty("java.class.path"), Tandem.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output.lines().filter(l -> l.contains("[class,load]")).toList();
    }

    private static long count(List<String> classes, String prefix) {
        return classes.stream().filter(l -> l.contains(" " + prefix)).count();
    }

    @Test
    void aTwasmFileLoadsNeitherTruffleNorAsm(@TempDir Path dir) throws Exception {
        Path twasm = dir.resolve("hello.twasm");
        AotCompiler.compileToFile(Files.readAllBytes(GoldenProgramsTest.PROGRAMS.resolve("hello.wasm")), twasm, AotOptions.defaults());
        List<String> classes = loadedClasses("run", twasm.toString());
        assertTrue(count(classes, "dev.tandem.aot.") > 0, "the aot tier ran");
        assertEquals(0, count(classes, "org.objectweb.asm."), "ASM classes loaded");
        assertEquals(0, count(classes, "com.oracle.truffle."), "Truffle classes loaded");
        assertEquals(0, count(classes, "org.graalvm."), "GraalVM classes loaded");
        assertEquals(0, count(classes, "dev.tandem.truffle."), "the truffle tier loaded");
        assertEquals(0, count(classes, "dev.tandem.conformance."), "the conformance runner loaded");
    }

    @Test
    void aWasmFileOnAotLoadsNoTruffle() throws Exception {
        List<String> classes = loadedClasses("run", "--tier", "aot", GoldenProgramsTest.PROGRAMS.resolve("hello.wasm").toString());
        assertTrue(count(classes, "org.objectweb.asm.") > 0, "the aot tier compiled");
        assertEquals(0, count(classes, "com.oracle.truffle."), "Truffle classes loaded");
        assertEquals(0, count(classes, "dev.tandem.truffle."), "the truffle tier loaded");
    }
}
