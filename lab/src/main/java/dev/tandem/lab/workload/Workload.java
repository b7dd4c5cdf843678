package dev.tandem.lab.workload;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of {@code workloads/manifest.json}: a library module exporting {@code setup()} and
 * {@code run(i32 n) -> i64}, and the checksum {@code run(n)} must return at each named size.
 *
 * @param library absolute path of the library module
 * @param command absolute path of the command module ({@code _start} runs the default size)
 * @param source  absolute path of the C source (the native build compiles it)
 */
public record Workload(String name, Path library, Path command, Path source, boolean wasi, boolean simd,
                       Map<String, Size> sizes) {

    /** A named size: the {@code n} to pass to {@code run} and the checksum it must return. */
    public record Size(String name, int n, long checksum) {
    }

    public Workload {
        sizes = Collections.unmodifiableMap(new LinkedHashMap<>(sizes)); // manifest order, for messages
    }

    /** @throws IllegalArgumentException when the manifest has no such size for this workload */
    public Size size(String sizeName) {
        Size s = sizes.get(sizeName);
        if (s == null) {
            throw new IllegalArgumentException("workload " + name + " has no size '" + sizeName + "' in the manifest (sizes: "
                    + String.join(", ", sizes.keySet()) + ")");
        }
        return s;
    }
}
