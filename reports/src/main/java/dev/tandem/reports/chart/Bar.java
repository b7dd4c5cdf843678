package dev.tandem.reports.chart;

import dev.tandem.results.stats.Interval;

/** One bar: its group on the category axis, its series (legend entry), its value and optional interval. */
public record Bar(String category, String series, double value, Interval ci) {
}
