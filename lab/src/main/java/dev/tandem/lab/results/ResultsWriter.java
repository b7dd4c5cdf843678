package dev.tandem.lab.results;

import dev.tandem.lab.engine.LabJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a {@link ResultSet} as docs/results-schema.md's JSON. The file is replaced atomically,
 * so a reader (or an interrupted run) never sees half a file.
 */
public final class ResultsWriter {

    private ResultsWriter() {
    }

    public static void write(ResultSet set, Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            LabJson.mapper().writeValue(temp.toFile(), set);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + file + ": " + e.getMessage(), e);
        }
    }

    public static String toJson(ResultSet set) {
        try {
            return LabJson.mapper().writeValueAsString(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
