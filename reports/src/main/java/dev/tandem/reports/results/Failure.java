package dev.tandem.reports.results;

/** A measurement that ran but produced no score (a wrong checksum, a crash), and why. */
public record Failure(String engine, String workload, String reason) {
}
