package dev.tandem.lab.workload;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the repository is: {@code -Dtandem.root} when set (the scripts set it), else the nearest
 * folder above the working directory that holds {@code workloads/manifest.json} (tests run in a
 * module folder).
 */
public final class LabPaths {

    private LabPaths() {
    }

    public static Path root() {
        String property = System.getProperty("tandem.root");
        if (property != null && !property.isBlank()) {
            Path root = Path.of(property).toAbsolutePath().normalize();
            if (!Files.isRegularFile(root.resolve("workloads/manifest.json"))) {
                throw new IllegalStateException("-Dtandem.root=" + property + " has no workloads/manifest.json");
            }
            return root;
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("workloads/manifest.json"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root (no workloads/manifest.json above "
                + Path.of("").toAbsolutePath() + "); set -Dtandem.root");
    }

    public static Path workloads() {
        return root().resolve("workloads");
    }
}
