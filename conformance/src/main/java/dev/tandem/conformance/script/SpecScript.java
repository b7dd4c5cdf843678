package dev.tandem.conformance.script;

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

    /** A module file the script refers to, next to the JSON file. */
    public Path resolve(String filename) {
        return file.resolveSibling(filename);
    }
}
