package dev.tandem.truffle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a plain JDK (no JVMCI, no Graal compiler) the tier still runs, on Truffle's interpreter-only
 * runtime, and says so once per JVM however many tiers it makes. Checked in a child JVM started
 * without the JVMCI flags.
 */
class FallbackRuntimeTest {

    @Test
    void runsInterpretedAndSaysSoOnce(@TempDir Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), InterpreterOnlyMain.class.getName())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("the child JVM did not finish in 120 s");
        }
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), errors);
        assertEquals(List.of("332833500", "332833500"), Files.readAllLines(out));
        List<String> notices = errors.lines().filter(l -> l.contains("no Graal compiler")).toList();
        assertEquals(1, notices.size(), errors);
    }
}
