package dev.tandem.reports.analysis;

import dev.tandem.results.stats.Interval;

/**
 * One engine's time on one workload divided by native's, from the same file.
 *
 * @param replicates bootstrap replicates of the ratio, kept to build the geometric mean's interval
 */
public record RatioCell(String engine, String workload, String params, double ratio, Interval ci, double[] replicates) {
}
