package dev.tandem.reports.analysis;

import dev.tandem.reports.results.Result;
import dev.tandem.reports.results.ResultsFile;
import dev.tandem.reports.results.Run;
import dev.tandem.reports.stats.Interval;
import dev.tandem.reports.stats.LogLogFit;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A module-load configuration's scaling exponent (total time ~ N^k): the lab's own
 * {@code scaling-exponent} result when the file has one, else fitted here from the load series.
 * A configuration is the workload (the generated module set: functions per module) and the params;
 * the full profile loads several module sets with the same params.
 *
 * @param workload the module set, e.g. {@code generated-f10}
 * @param ci the interval, or null when unknown
 * @param source "lab" or "fitted from the load series"
 */
public record ScalingExponent(String engine, String workload, String params, double value, Interval ci, String source) {

    /** Params that name a point of a configuration rather than the configuration itself. */
    private static final List<String> POINT_PARAMS = List.of("loaded");

    public static List<ScalingExponent> of(Run run, double confidence) {
        List<ScalingExponent> out = new ArrayList<>();
        for (ResultsFile file : run.harness("deserialize").toList()) {
            List<ScalingExponent> fromLab = new ArrayList<>();
            for (Result r : file.scored("scaling-exponent").toList()) {
                Interval ci = r.ci95() == null ? null : new Interval(r.ci95()[0], r.ci95()[1]);
                fromLab.add(new ScalingExponent(r.engine(), r.workload(), configuration(r), r.median(), ci, "lab"));
            }
            out.addAll(fromLab);
            for (Result r : file.scored("load").filter(Result::hasSeries).toList()) {
                if (fromLab.stream().anyMatch(x -> x.describes(r))) continue;
                LogLogFit fit = ScalingCurve.of(r).fit();
                if (fit == null) continue;
                Interval slope = fit.slopeInterval(confidence);
                out.add(new ScalingExponent(r.engine(), r.workload(), configuration(r), 1 + fit.slope(),
                        new Interval(1 + slope.low(), 1 + slope.high()), "fitted from the load series"));
            }
        }
        return out;
    }

    /** The result's params without the ones that vary along one curve, as "name=value, ...". */
    public static String configuration(Result r) {
        SortedMap<String, String> params = new TreeMap<>(r.params());
        params.keySet().retainAll(Result.CONFIGURATION_PARAMS);
        POINT_PARAMS.forEach(params::remove);
        StringBuilder text = new StringBuilder();
        params.forEach((k, v) -> text.append(text.isEmpty() ? "" : ", ").append(k).append('=').append(v));
        return text.toString();
    }

    /** Engine, module set and params, e.g. "tandem-aot-twasm generated-f10 (registry=tandem, threads=1)". */
    public String label() {
        return engine + " " + workload + " (" + params + ")";
    }

    /** Whether this is the exponent of the same configuration as {@code r}, a load result. */
    public boolean describes(Result r) {
        return engine.equals(r.engine()) && workload.equals(r.workload()) && params.equals(configuration(r));
    }

    /** The naive registry is the lab's deliberately quadratic ablation: it must be steep, not gated. */
    public boolean isNaiveAblation() {
        return List.of(params.split(", ")).contains("registry=naive");
    }
}
