package dev.tandem.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The spec JSON files named by a path: the file itself, or every {@code *.json} in a directory, by name. */
public final class SpecFiles {

    private SpecFiles() {
    }

    public static List<Path> list(Path fileOrDirectory) throws IOException {
        if (!Files.exists(fileOrDirectory)) {
            throw new NoSuchFileException(fileOrDirectory.toString());
        }
        if (!Files.isDirectory(fileOrDirectory)) {
            if (!Files.isReadable(fileOrDirectory)) {
                throw new IOException(fileOrDirectory + ": not readable");
            }
            return List.of(fileOrDirectory);
        }
        try (Stream<Path> files = Files.list(fileOrDirectory)) {
            List<Path> json = files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
            if (json.isEmpty()) {
                throw new IOException(fileOrDirectory + ": no .json spec files in this directory");
            }
            return json;
        }
    }
}
