package dev.tandem.spec.script;

import java.nio.file.Path;
import java.util.List;

/**
 * One spec file as wast2json wrote it: its commands, where its module binaries lie, and the
 * {@code .wast} source it came from ({@code source} may be null when the JSON does not say).
 */
public record SpecScript(Path file, Path source, List<Command> commands) {

    public SpecScript {
        commands = List.copyOf(commands);
    }

    /** The JSON file's name, e.g. "i32.json", as failures and test names show it. */
    public String name() {
        return file.getFileName().toString();
    }

    /**
     * The {@code .wast} file's name, e.g. "i32.wast", as tests that name commands by their source
     * show it ({@code i32.wast:37}); from the JSON's name when it does not say.
     */
    public String wastName() {
        return source != null ? source.getFileName().toString() : name().replaceFirst("\\.json$", "") + ".wast";
    }

    /** A module file the script refers to, next to the JSON file. */
    public Path resolve(String filename) {
        return file.resolveSibling(filename);
    }
}
