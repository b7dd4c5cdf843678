package dev.tandem.lab.workload;

import dev.tandem.lab.engine.WasiCommand;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of the manifest's {@code real} array: a WASI command built from a real program's source
 * release (SQLite's speedtest1, Lua, ...), run whole through {@code _start}. Its answer is what it
 * prints: at each size the run's stdout must hash to {@code stdoutSha256} and it must exit with
 * {@code exit}, on every engine and natively.
 *
 * @param command absolute path of the command module
 * @param dirs    guest path to absolute host directory, preopened for the program to read (manifest order)
 */
public record RealProgram(String name, Path command, String source, String stresses, Map<String, Path> dirs,
                          Map<String, Size> sizes) {

    /**
     * A named size: the full argv ({@code argv[0]} first) and the answer.
     *
     * @param stdoutSha256 lower-case hex SHA-256 of the program's stdout bytes
     */
    public record Size(String name, List<String> args, String stdoutSha256, int exit) {

        public Size {
            args = List.copyOf(args);
        }
    }

    public RealProgram {
        dirs = Collections.unmodifiableMap(new LinkedHashMap<>(dirs));
        sizes = Collections.unmodifiableMap(new LinkedHashMap<>(sizes));
    }

    /** @throws IllegalArgumentException when the manifest has no such size for this program */
    public Size size(String sizeName) {
        Size s = sizes.get(sizeName);
        if (s == null) {
            throw new IllegalArgumentException("real program " + name + " has no size '" + sizeName
                    + "' in the manifest (sizes: " + String.join(", ", sizes.keySet()) + ")");
        }
        return s;
    }

    /** What a run at this size is given: its argv and the preopened directories. */
    public WasiCommand command(String sizeName) {
        Map<String, String> hostDirs = new LinkedHashMap<>();
        dirs.forEach((guest, host) -> hostDirs.put(guest, host.toString()));
        return new WasiCommand(size(sizeName).args(), hostDirs);
    }
}
