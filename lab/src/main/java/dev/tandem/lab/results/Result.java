package dev.tandem.lab.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.tandem.lab.stats.Bootstrap;
import dev.tandem.lab.stats.Summary;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One measurement as docs/results-schema.md defines it: an engine on a workload, one metric, the
 * raw samples in measurement order, their median and the 95% interval of the median.
 *
 * @param size   a manifest size name ({@code quick}, {@code default}) or a number (a String or a Number)
 * @param series optional (x, y) points such as iteration to time; null when there are none
 */
@JsonPropertyOrder({"engine", "workload", "size", "metric", "unit", "samples", "median", "ci95", "stat", "params",
        "validated", "series"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Result(String engine, String workload, Object size, String metric, String unit, List<Double> samples,
                     double median, double[] ci95, String stat, Map<String, Object> params, boolean validated,
                     List<double[]> series) {

    public Result {
        if (!(size instanceof String) && !(size instanceof Number)) {
            throw new IllegalArgumentException("size must be a size name or a number, got " + size);
        }
        samples = List.copyOf(samples);
        params = new TreeMap<>(params);
        series = series == null ? null : List.copyOf(series);
    }

    /** A validated result whose median and interval are the percentile bootstrap of {@code samples}. */
    public static Result of(String engine, String workload, Object size, Metric metric, double[] samples,
                            Map<String, Object> params, List<double[]> series) {
        Summary s = Bootstrap.median(samples);
        return new Result(engine, workload, size, metric.id(), metric.unit(),
                java.util.Arrays.stream(samples).boxed().toList(), s.median(), new double[] {s.ciLow(), s.ciHigh()},
                s.stat(), params, true, series);
    }
}
