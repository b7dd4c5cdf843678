package dev.tandem.wasm.validate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The official spec test suite as wast2json wrote it: finds the directory and lists the commands
 * of every script. The directory is the system property {@code tandem.spec.dir}, else the
 * environment variable {@code TANDEM_SPEC_DIR}, else {@code ../shared/spec/wasm-2.0/json}; when
 * none exists the tests using it are skipped with an assumption that says so.
 */
final class SpecSuite {

    /** One command of a script: {@code script} is the wast name without extension. */
    record Command(String script, int line, String type, String filename, String text, String moduleType) {

        String displayName() {
            return script + ".wast:" + line;
        }
    }

    private final Path dir;

    private SpecSuite(Path dir) {
        this.dir = dir;
    }

    static SpecSuite locate() {
        String configured = System.getProperty("tandem.spec.dir");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("TANDEM_SPEC_DIR");
        }
        if (configured == null || configured.isBlank()) {
            configured = "../shared/spec/wasm-2.0/json";
        }
        Path dir = Path.of(configured);
        assumeTrue(Files.isDirectory(dir), "spec test suite not found at " + dir.toAbsolutePath()
                + " (set -Dtandem.spec.dir or TANDEM_SPEC_DIR to wast2json output): skipping the spec tests");
        return new SpecSuite(dir);
    }

    byte[] read(String filename) throws IOException {
        return Files.readAllBytes(dir.resolve(filename));
    }

    /** Every command of every script, scripts in name order. */
    List<Command> commands() {
        ObjectMapper json = new ObjectMapper();
        List<Command> commands = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String script = file.getFileName().toString().replaceFirst("\\.json$", "");
                for (JsonNode c : json.readTree(file.toFile()).path("commands")) {
                    commands.add(new Command(script, c.path("line").asInt(), c.path("type").asText(),
                            c.path("filename").asText(null), c.path("text").asText(null),
                            c.path("module_type").asText(null)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return commands;
    }
}
