package dev.tandem.lab.results;

/** An engine (on one workload, or {@code *} for all) that did not run, and why. */
public record Skip(String engine, String workload, String reason) {
}
