package dev.tandem.results;

/** A measurement that ran but scores nothing (a wrong checksum, a trap, a crash), and why. */
public record Failure(String engine, String workload, String reason) {
}
