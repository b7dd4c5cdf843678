package dev.tandem.wasm.decode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The official spec test suite as wast2json wrote it: finds the directory and lists the commands
 * of every {@code NAME.json}.
 */
final class SpecSuite {

    /** One command of a script: its type, where it is, the module file it names and the expected text. */
    record Command(String source, int line, String type, String moduleType, Path file, String text) {

        String testName() {
            return source + ":" + line;
        }

        boolean isBinaryModule() {
            return file != null && file.getFileName().toString().endsWith(".wasm")
                    && (moduleType == null || moduleType.equals("binary"));
        }

        byte[] bytes() {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private SpecSuite() {
    }

    /**
     * Tests built from the suite's commands, or, when the suite is not there, one test that is
     * skipped saying where it was looked for (an assumption failing in the factory itself would
     * skip silently in Surefire's report).
     */
    static Stream<DynamicTest> dynamicTests(Function<Stream<Command>, Stream<DynamicTest>> build) {
        Path dir = locate();
        if (dir == null || !Files.isDirectory(dir)) {
            return Stream.of(DynamicTest.dynamicTest("spec suite missing", () -> assumeTrue(false,
                    "spec test suite not found (set -Dtandem.spec.dir or TANDEM_SPEC_DIR; looked in " + dir + ")")));
        }
        return build.apply(commands(dir));
    }

    private static Path locate() {
        String configured = System.getProperty("tandem.spec.dir");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("TANDEM_SPEC_DIR");
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        // Default: ../shared/spec/wasm-2.0/json next to the repository root (the reactor's directory).
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(".git")) || Files.isRegularFile(p.resolve(".git"))) {
                return p.resolveSibling("shared").resolve("spec/wasm-2.0/json");
            }
        }
        return null;
    }

    private static Stream<Command> commands(Path dir) {
        ObjectMapper json = new ObjectMapper();
        List<Command> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = json.readTree(f.toFile());
                // wast2json records "../wast/NAME.wast"; the test names use NAME.wast.
                String source = Path.of(root.path("source_filename").asText(f.getFileName().toString()))
                        .getFileName().toString();
                for (JsonNode c : root.path("commands")) {
                    String file = c.path("filename").asText(null);
                    all.add(new Command(source, c.path("line").asInt(), c.path("type").asText(),
                            c.path("module_type").asText(null), file == null ? null : dir.resolve(file),
                            c.path("text").asText(null)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.stream();
    }
}
