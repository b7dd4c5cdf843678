package dev.tandem.results.stats;

/**
 * A sample's median and the 95% confidence interval of that median.
 *
 * @param stat how they were computed, as results' {@code stat} field says it
 */
public record Summary(double median, double ciLow, double ciHigh, String stat) {
}
