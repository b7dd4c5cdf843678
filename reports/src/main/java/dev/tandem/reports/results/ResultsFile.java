package dev.tandem.reports.results;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One harness run as written by the lab (docs/results-schema.md). Ratios are only ever formed
 * between results of the same file: two files may come from different machines or moments.
 */
public record ResultsFile(
        Path path,
        String harness,
        String profile,
        Environment environment,
        List<Result> results,
        List<Skip> skipped,
        List<Failure> failures,
        List<Artifact> artifacts) {

    public static final String SCHEMA = "tandem-results/1";

    /** Results that carry a score: validated ones (an unvalidated result is a failure, never a number). */
    public Stream<Result> scored() {
        return results.stream().filter(Result::validated);
    }

    public Stream<Result> scored(String metric) {
        return scored().filter(r -> r.metric().equals(metric));
    }
}
