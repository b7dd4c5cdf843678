package dev.tandem.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a {@link ResultsFile} as docs/results-schema.md's JSON. The file is replaced atomically,
 * so a reader (or an interrupted run) never sees half a file.
 */
public final class ResultsWriter {

    private ResultsWriter() {
    }

    public static void write(ResultSet set, Path file) {
        write(set.file(), file);
    }

    public static void write(ResultsFile results, Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            ResultsJson.MAPPER.writeValue(temp.toFile(), results);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + file + ": " + e.getMessage(), e);
        }
    }

    public static String toJson(ResultSet set) {
        return toJson(set.file());
    }

    public static String toJson(ResultsFile results) {
        try {
            return ResultsJson.MAPPER.writeValueAsString(results);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
