package dev.tandem.reports.results;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * One measurement from a results file: an engine on a workload, one metric, its raw samples and the
 * statistics the harness computed. {@code params} holds the harness's parameters as text (JSON
 * scalars), sorted by name so that two runs of the same configuration compare equal.
 *
 * @param ci95 the harness's 95% interval, or null when the file gives none
 * @param series optional (x, y) points in measurement order (warm-up curve, load time vs loaded)
 */
public record Result(
        String engine,
        String workload,
        String size,
        String metric,
        String unit,
        double[] samples,
        double median,
        double[] ci95,
        String stat,
        SortedMap<String, String> params,
        boolean validated,
        List<double[]> series) {

    public static final String NATIVE = "native";

    /** The workload name a harness gives its machine-speed reference kernel (see reports/README.md). */
    public static final String CALIBRATION = "calibration";

    public String param(String name) {
        return params.get(name);
    }

    /** A whole-number param (a count such as {@code forks}), or -1 when absent or not a number. */
    public int count(String name) {
        String text = params.get(name);
        try {
            return text == null ? -1 : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public boolean hasSeries() {
        return series != null && !series.isEmpty();
    }

    /**
     * The params that say which configuration was measured (docs/results-schema.md's examples plus
     * start-up's mode and density's instance count). Everything else a harness writes into params
     * describes the measurement (JVM flags with local paths, fork counts, heap bytes seen): it differs
     * between machines and runs, so it must not decide what "the same metric" is, nor clutter labels.
     */
    public static final Set<String> CONFIGURATION_PARAMS = Set.of("threads", "batch", "unwind", "registry", "loaded", "mode", "instances");

    /** The configuration params as "name=value, ..." (sorted); empty when there are none. */
    public String configuration() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (!CONFIGURATION_PARAMS.contains(e.getKey())) continue;
            if (!text.isEmpty()) text.append(", ");
            text.append(e.getKey()).append('=').append(e.getValue());
        }
        return text.toString();
    }
}
