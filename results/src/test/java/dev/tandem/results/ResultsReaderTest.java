package dev.tandem.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultsReaderTest {

    static Path resource(String name) {
        try {
            return Path.of(ResultsReaderTest.class.getResource("/results/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsTheSchemaDocumentsExample() throws Exception {
        ResultsFile f = new ResultsReader().read(resource("schema-example.json"));
        assertEquals("throughput", f.harness());
        assertEquals("quick", f.profile());
        assertEquals("1279bac", f.environment().get("gitRevision"));
        assertEquals("v20.20.2", f.environment().get("tools.node"));
        assertEquals("-XX:+EnableJVMCI -Xss8m", f.environment().get("jvmFlags"));
        Result jit = f.results().getFirst();
        assertArrayEquals(new double[] {1234.5, 1220.1, 1229.0}, jit.samples());
        assertArrayEquals(new double[] {1219.0, 1236.2}, jit.ci95());
        assertEquals("batch=100, registry=tandem, threads=1, unwind=true", jit.configuration(),
                "flags and forks describe the measurement, not the configuration");
        assertEquals("-Xmx4g -Dtandem.root=/home/me/tandem", jit.param("flags"));
        assertEquals(3, jit.series().size());
        assertEquals(800.0, f.results().get(1).median(), "median computed from samples when the file has none");
        assertEquals(2, f.scored().count(), "the unvalidated result carries no score");
        assertTrue(f.skipped().getFirst().covers("v8-node-liftoff", "nbody"));
        assertEquals("flame/tandem-aot-nbody-cpu.html", f.artifacts().getFirst().path());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "wrong-schema.json | WRONG_SCHEMA | schema is \"tandem-results/2\", expected \"tandem-results/1\"",
        "no-schema.json | WRONG_SCHEMA | no \"schema\" field",
        "not-json.json | MALFORMED | not valid JSON",
        "sample-not-a-number.json | MALFORMED | results[1].samples[1]: expected a number",
        "missing-validated.json | MALFORMED | results[0].validated: expected true or false"})
    void badFilesFailWithTheirKindAndWhere(String file, ResultsException.Kind kind, String message) {
        ResultsException e = assertThrows(ResultsException.class, () -> new ResultsReader().read(resource(file)));
        assertEquals(kind, e.kind());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().contains(file), "message does not name the file: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "message is not one line: " + e.getMessage());
    }

    @Test
    void aMissingFileIsMissing() {
        ResultsException e = assertThrows(ResultsException.class, () -> new ResultsReader().read(Path.of("no/such/results.json")));
        assertEquals(ResultsException.Kind.MISSING, e.kind());
    }

    @Test
    void aRunReadsEveryJsonFileOfAFolder(@TempDir Path dir) throws Exception {
        Files.copy(resource("schema-example.json"), dir.resolve("throughput.json"));
        Files.writeString(dir.resolve("notes.txt"), "not results");
        Run run = Run.load(List.of(dir));
        assertEquals(1, run.files().size());
        assertTrue(run.has("throughput"));
        assertFalse(run.has("startup"));
    }

    @Test
    void anEmptyFolderIsMissingInput(@TempDir Path dir) {
        ResultsException e = assertThrows(ResultsException.class, () -> Run.load(List.of(dir)));
        assertEquals(ResultsException.Kind.MISSING, e.kind());
        assertTrue(e.getMessage().contains("holds no *.json"));
    }
}
