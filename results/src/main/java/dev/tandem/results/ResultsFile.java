package dev.tandem.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One harness run as docs/results-schema.md defines the file: what it measured, skipped and failed.
 * {@link ResultsReader} reads it, {@link ResultsWriter} writes it (a lab harness builds it with
 * {@link ResultSet}). Ratios are only ever formed between results of the same file: two files may
 * come from different machines or moments.
 *
 * @param path where it was read from; null for a file not read from disk (never written)
 */
@JsonPropertyOrder({"schema", "harness", "profile", "environment", "results", "skipped", "failures", "artifacts"})
public record ResultsFile(
        @JsonIgnore Path path,
        String harness,
        String profile,
        Environment environment,
        List<Result> results,
        List<Skip> skipped,
        List<Failure> failures,
        List<Artifact> artifacts) {

    public static final String SCHEMA = "tandem-results/1";

    public ResultsFile {
        results = List.copyOf(results);
        skipped = List.copyOf(skipped);
        failures = List.copyOf(failures);
        artifacts = List.copyOf(artifacts);
    }

    @JsonProperty("schema")
    public String schema() {
        return SCHEMA;
    }

    /** Results that carry a score: validated ones (an unvalidated result is a failure, never a number). */
    public Stream<Result> scored() {
        return results.stream().filter(Result::validated);
    }

    public Stream<Result> scored(String metric) {
        return scored().filter(r -> r.metric().equals(metric));
    }
}
