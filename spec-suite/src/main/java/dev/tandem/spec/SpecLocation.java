package dev.tandem.spec;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the spec suite (wast2json output) is: system property {@code tandem.spec.dir}, else
 * environment variable {@code TANDEM_SPEC_DIR}, else {@code ../shared/spec/wasm-2.0/json} next to
 * the repository root. {@code source} says which of those gave {@code path}, for the message when
 * nothing is there.
 */
public record SpecLocation(Path path, String source) {

    public static final String PROPERTY = "tandem.spec.dir";
    public static final String ENVIRONMENT = "TANDEM_SPEC_DIR";
    /** Set by scripts/tandem; otherwise the root is found by walking up from the working directory. */
    public static final String ROOT_PROPERTY = "tandem.root";

    public static SpecLocation resolve() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return new SpecLocation(Path.of(property).toAbsolutePath().normalize(), "system property " + PROPERTY);
        }
        String env = System.getenv(ENVIRONMENT);
        if (env != null && !env.isBlank()) {
            return new SpecLocation(Path.of(env).toAbsolutePath().normalize(), "environment variable " + ENVIRONMENT);
        }
        Path root = repositoryRoot();
        return new SpecLocation(root.resolve("../shared/spec/wasm-2.0/json").normalize(),
                "the default location next to the repository root " + root);
    }

    public boolean exists() {
        return Files.isDirectory(path);
    }

    /** One line for a user: where it looked, and how to point it elsewhere. */
    public String notFoundMessage() {
        return "spec suite not found: " + path + " (from " + source + ") is not a directory; set "
                + ENVIRONMENT + " or -D" + PROPERTY + " to the wast2json output directory";
    }

    private static Path repositoryRoot() {
        String root = System.getProperty(ROOT_PROPERTY);
        if (root != null && !root.isBlank()) {
            return Path.of(root).toAbsolutePath().normalize();
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("scripts/lib-jdk.sh")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return start;
    }
}
