package dev.tandem.results;

/** A file a harness saved beside its results (a flame graph); {@code path} is relative to the results file. */
public record Artifact(String kind, String engine, String workload, String path) {
}
