package dev.tandem.reports.analysis;

import dev.tandem.results.Result;
import dev.tandem.results.ResultsFile;
import dev.tandem.results.Run;
import dev.tandem.results.stats.Interval;
import dev.tandem.results.stats.ScalingFit;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * A module-load configuration's scaling exponent (total time ~ N^k): the lab's own
 * {@code scaling-exponent} result when the file has one, else fitted here from the load series by
 * the same estimator the lab uses ({@link ScalingFit}), so that the number gated is one rule.
 * A configuration is the workload (the generated module set: functions per module) and the params;
 * the full profile loads several module sets with the same params.
 *
 * @param workload the module set, e.g. {@code generated-f10}
 * @param ci the 95% interval (the lab's ci95, or ScalingFit's), or null when unknown
 * @param source "lab" or "fitted from the load series"
 */
public record ScalingExponent(String engine, String workload, String params, double value, Interval ci, String source) {

    /** Params that name a point of a configuration rather than the configuration itself. */
    private static final List<String> POINT_PARAMS = List.of("loaded");

    public static List<ScalingExponent> of(Run run) {
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
                if (r.series().size() < 3) continue;
                ScalingFit fit;
                try {
                    fit = ScalingFit.of(r.series());
                } catch (IllegalArgumentException e) {
                    continue; // one number of modules only, or a non-positive time: no exponent to show
                }
                out.add(new ScalingExponent(r.engine(), r.workload(), configuration(r), fit.exponent(),
                        new Interval(fit.ciLow(), fit.ciHigh()), "fitted from the load series"));
            }
        }
        return out;
    }

    /** The result's params without the ones that vary along one curve, as "name=value, ...". */
    public static String configuration(Result r) {
        SortedMap<String, String> params = r.paramTexts();
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
