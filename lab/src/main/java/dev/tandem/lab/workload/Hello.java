package dev.tandem.lab.workload;

import java.nio.file.Path;

/**
 * The manifest's {@code hello}: the smallest WASI command (one import, {@code fd_write}), used for
 * start-up. Its answer is what it prints, so an engine validates by printing exactly {@link #stdout}.
 */
public record Hello(Path command, Path source, String stdout) {

    public static final String NAME = "hello";
}
