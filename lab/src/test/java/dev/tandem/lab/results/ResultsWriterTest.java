package dev.tandem.lab.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.lab.workload.LabPaths;
import dev.tandem.results.Artifact;
import dev.tandem.results.Environment;
import dev.tandem.results.Metric;
import dev.tandem.results.Result;
import dev.tandem.results.ResultSet;
import dev.tandem.results.ResultsWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer against the schema's own documentation: the example in docs/results-schema.md is the
 * reference, so a drift between the doc and the writer (a renamed field, a number written as a
 * string) fails here, where the report engineer would otherwise find it.
 */
class ResultsWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Free-form maps: their keys depend on the harness or the machine, only their type is fixed. */
    private static final Set<String> FREE_FORM = Set.of("params", "tools");

    @Test
    void writtenFileHasTheDocumentedShape() throws IOException {
        JsonNode documented = documentedExample();
        JsonNode written = JSON.readTree(ResultsWriter.toJson(sample()));
        List<String> problems = new ArrayList<>();
        compare(documented, written, "", problems);
        extraFields(documented, written, "", problems);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void valuesAreWrittenAsTheSchemaSays() throws IOException {
        JsonNode root = JSON.readTree(ResultsWriter.toJson(sample()));
        assertEquals("tandem-results/1", root.get("schema").asText());
        JsonNode r = root.get("results").get(0);
        assertEquals(1227.3, r.get("median").asDouble(), 1e-9);
        assertEquals("median-bootstrap", r.get("stat").asText());
        assertTrue(r.get("ci95").get(0).asDouble() <= 1227.3 && 1227.3 <= r.get("ci95").get(1).asDouble());
        assertEquals("[[0.0,52000.0],[1.0,31000.0]]", r.get("series").toString());
        assertEquals("default", r.get("size").asText());
        assertTrue(r.get("params").get("threads").isInt(), "params keep their JSON types");
    }

    @Test
    void resultsWithoutSeriesOmitTheField() throws IOException {
        ResultSet set = new ResultSet("startup", "quick", environment());
        set.add(Result.of("graalwasm", "hello", "quick", Metric.PHASE_DECODE, new double[] {1, 2, 3}, Map.of(), null));
        JsonNode r = JSON.readTree(ResultsWriter.toJson(set)).get("results").get(0);
        assertFalse(r.has("series"));
        assertEquals("phase.decode", r.get("metric").asText());
        assertEquals("ns", r.get("unit").asText());
    }

    @Test
    void numericSizesAreWrittenAsNumbers() throws IOException {
        ResultSet set = new ResultSet("deserialize", "quick", environment());
        set.add(Result.of("tandem-aot-twasm", "generated", 1000, Metric.TIME, new double[] {1}, Map.of(), null));
        assertTrue(JSON.readTree(ResultsWriter.toJson(set)).get("results").get(0).get("size").isInt());
    }

    @Test
    void fileIsReplacedWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out/results.json");
        ResultsWriter.write(sample(), file);
        ResultsWriter.write(sample(), file);
        assertEquals(JSON.readTree(ResultsWriter.toJson(sample())).get("results"), JSON.readTree(file.toFile()).get("results"));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    static ResultSet sample() {
        ResultSet set = new ResultSet("throughput", "quick", environment());
        set.add(Result.of("tandem-truffle-jit", "nbody", "default", Metric.TIME, new double[] {1234.5, 1220.1, 1227.3},
                Map.of("threads", 1, "unwind", true, "registry", "tandem"), List.of(new double[] {0, 52000}, new double[] {1, 31000})));
        set.skip("v8-node-liftoff", "*", "node not found on PATH");
        set.fail("chicory-interp", "sha256", "checksum mismatch: expected 1, got 0");
        set.add(new Artifact("flamegraph-cpu", "tandem-aot", "nbody", "flame/tandem-aot-nbody-cpu.html"));
        return set;
    }

    static Environment environment() {
        return new Environment("25.0.3+9-LTS (Eclipse Adoptium)", List.of("-XX:+EnableJVMCI"), "AMD EPYC", 2, 25769803776L,
                "Linux 6.1 amd64", "1279bac", false, "2026-11-23T11:00:00Z", Map.of("node", "v20.20.2"));
    }

    /** The JSON example of docs/results-schema.md, with its {@code //} comments removed. */
    static JsonNode documentedExample() throws IOException {
        String doc = Files.readString(LabPaths.root().resolve("docs/results-schema.md"));
        int start = doc.indexOf("```json\n") + "```json\n".length();
        int end = doc.indexOf("```", start);
        return JSON.readTree(withoutComments(doc.substring(start, end)));
    }

    /** Drops {@code // ...} to the end of the line wherever it is outside a string. */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(text.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                out.append('\n');
            } else {
                out.append(c);
                inString = c == '"';
            }
        }
        return out.toString();
    }

    /** Every field of {@code expected} is in {@code actual} with the same JSON type, recursively. */
    private static void compare(JsonNode expected, JsonNode actual, String at, List<String> problems) {
        if (actual == null) {
            problems.add(at + ": missing");
            return;
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            problems.add(at + ": documented as " + expected.getNodeType() + ", written as " + actual.getNodeType());
            return;
        }
        if (expected.isObject()) {
            if (FREE_FORM.contains(lastName(at))) {
                return;
            }
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                compare(expected.get(name), actual.get(name), at + "." + name, problems);
            }
        } else if (expected.isArray() && !expected.isEmpty() && !actual.isEmpty()) {
            compare(expected.get(0), actual.get(0), at + "[0]", problems);
        }
    }

    /** Fields the writer adds that the doc does not have. */
    private static void extraFields(JsonNode documented, JsonNode written, String at, List<String> problems) {
        if (written.isObject() && documented.isObject() && !FREE_FORM.contains(lastName(at))) {
            for (Iterator<String> it = written.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!documented.has(name)) {
                    problems.add(at + "." + name + ": written but not documented");
                } else {
                    extraFields(documented.get(name), written.get(name), at + "." + name, problems);
                }
            }
        } else if (written.isArray() && documented.isArray() && !written.isEmpty() && !documented.isEmpty()) {
            extraFields(documented.get(0), written.get(0), at + "[0]", problems);
        }
    }

    private static String lastName(String at) {
        return at.substring(at.lastIndexOf('.') + 1);
    }
}
