package dev.tandem.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.tandem.results.stats.Bootstrap;
import dev.tandem.results.stats.Summary;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One measurement as docs/results-schema.md defines it: an engine on a workload, one metric, the
 * raw samples in measurement order, their median and the 95% interval of the median. Values keep
 * their JSON types (a numeric size or param is written as a number); the report reads them as text
 * through {@link #sizeText()} and {@link #param(String)}.
 *
 * @param size   a manifest size name ({@code quick}, {@code default}) or a number (a String or a Number)
 * @param ci95   the 95% interval of the median, or null when a file gives none
 * @param params the harness's parameters (JSON scalars), sorted by name so that two runs of the same
 *               configuration compare equal
 * @param series optional (x, y) points in measurement order (warm-up curve, load time vs loaded);
 *               empty when there are none, and then not written
 */
@JsonPropertyOrder({"engine", "workload", "size", "metric", "unit", "samples", "median", "ci95", "stat", "params",
        "validated", "series"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Result(String engine, String workload, Object size, String metric, String unit, double[] samples,
                     double median, double[] ci95, String stat, Map<String, ?> params, boolean validated,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) List<double[]> series) {

    public static final String NATIVE = "native";

    /** The workload name a harness gives its machine-speed reference kernel (see reports/README.md). */
    public static final String CALIBRATION = "calibration";

    /**
     * The params that say which configuration was measured (docs/results-schema.md's examples plus
     * start-up's mode and density's instance count). Everything else a harness writes into params
     * describes the measurement (JVM flags with local paths, fork counts, heap bytes seen): it differs
     * between machines and runs, so it must not decide what "the same metric" is, nor clutter labels.
     */
    public static final Set<String> CONFIGURATION_PARAMS = Set.of("threads", "batch", "unwind", "registry", "loaded", "mode", "instances");

    public Result {
        if (!(size instanceof String) && !(size instanceof Number)) {
            throw new IllegalArgumentException("size must be a size name or a number, got " + size);
        }
        samples = samples.clone();
        ci95 = ci95 == null ? null : ci95.clone();
        // TreeMap, not Map.copyOf: sorted by name, and a JSON null param stays readable.
        params = Collections.unmodifiableSortedMap(new TreeMap<String, Object>(params));
        series = series == null ? List.of() : List.copyOf(series);
    }

    /** A validated result whose median and interval are {@link Bootstrap#median}'s of {@code samples}. */
    public static Result of(String engine, String workload, Object size, Metric metric, double[] samples,
                            Map<String, ?> params, List<double[]> series) {
        Summary s = Bootstrap.median(samples);
        return new Result(engine, workload, size, metric.id(), metric.unit(), samples, s.median(),
                new double[] {s.ciLow(), s.ciHigh()}, s.stat(), params, true, series);
    }

    /** The samples; a copy, so the record stays immutable. */
    @Override
    public double[] samples() {
        return samples.clone();
    }

    /** The size as text ("quick", "1000"), as it is compared and shown. */
    public String sizeText() {
        return size instanceof String s ? s : String.valueOf(size);
    }

    /** A param as text (JSON scalars as written: 3, true, tandem), or null when absent. */
    public String param(String name) {
        return params.containsKey(name) ? String.valueOf(params.get(name)) : null;
    }

    /** A param as text, or {@code otherwise} when absent. */
    public String param(String name, String otherwise) {
        String text = param(name);
        return text == null ? otherwise : text;
    }

    /** All params as text, sorted by name. */
    public SortedMap<String, String> paramTexts() {
        SortedMap<String, String> text = new TreeMap<>();
        params.forEach((k, v) -> text.put(k, String.valueOf(v)));
        return text;
    }

    /** A whole-number param (a count such as {@code forks}), or -1 when absent or not a number. */
    public int count(String name) {
        String text = param(name);
        try {
            return text == null ? -1 : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public boolean hasSeries() {
        return !series.isEmpty();
    }

    /** The configuration params as "name=value, ..." (sorted); empty when there are none. */
    public String configuration() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> e : paramTexts().entrySet()) {
            if (!CONFIGURATION_PARAMS.contains(e.getKey())) continue;
            if (!text.isEmpty()) text.append(", ");
            text.append(e.getKey()).append('=').append(e.getValue());
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "Result[" + engine + " " + workload + " " + sizeText() + " " + metric + " median=" + median
                + " ci95=" + Arrays.toString(ci95) + " n=" + samples.length + "]";
    }
}
