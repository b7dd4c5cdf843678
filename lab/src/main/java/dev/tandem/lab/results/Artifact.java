package dev.tandem.lab.results;

/** A file saved beside the results (a flame graph); {@code path} is relative to the results file. */
public record Artifact(String kind, String engine, String workload, String path) {
}
