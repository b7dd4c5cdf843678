package dev.tandem.lab.results;

/** A measurement that ran but scores nothing (wrong checksum, trap, crash), and why. */
public record Failure(String engine, String workload, String reason) {
}
