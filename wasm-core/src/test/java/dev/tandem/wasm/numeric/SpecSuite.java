package dev.tandem.wasm.numeric;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the official spec suite's wast2json output lives. */
final class SpecSuite {

    private SpecSuite() {
    }

    /**
     * The build passes {@code tandem.spec.dir} (see the parent pom); {@code TANDEM_SPEC_DIR} and a
     * {@code shared/spec/wasm-2.0/json} folder beside or above the working directory serve runs
     * started from an IDE.
     */
    static Path jsonDir() {
        String configured = System.getProperty("tandem.spec.dir", System.getenv("TANDEM_SPEC_DIR"));
        if (configured != null && !configured.isBlank()) {
            return existing(Path.of(configured));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/spec/wasm-2.0/json");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("spec suite not found: set -Dtandem.spec.dir or TANDEM_SPEC_DIR"
                + " to the wast2json output folder (shared/spec/wasm-2.0/json)");
    }

    private static Path existing(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("spec suite folder " + dir + " (tandem.spec.dir) does not exist");
        }
        return dir;
    }
}
