package dev.tandem.deserialize;

import dev.tandem.deserialize.generate.ModuleSet;
import dev.tandem.deserialize.load.LoadConfig;
import dev.tandem.deserialize.load.LoadReport;
import dev.tandem.deserialize.load.LoadRun;
import dev.tandem.results.Metric;
import dev.tandem.results.Result;
import dev.tandem.results.ResultSet;
import dev.tandem.results.stats.ScalingFit;
import dev.tandem.results.stats.Statistics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the reports of one configuration's forks into results (docs/results-schema.md, harness
 * {@code deserialize}): {@code load} (every module's time; {@code series} = modules loaded before ->
 * ns, rounds one after another, forks too), {@code total-load}, {@code unload} and {@code memory} (one
 * sample per round), and {@code scaling-exponent} ({@link ScalingFit} on all rounds' points; its
 * samples are each round's own exponent). A configuration whose check failed gets a failure and no
 * results.
 */
final class LoadResults {

    static final String ENGINE = "tandem-aot-twasm";

    private LoadResults() {
    }

    /**
     * Adds the configuration's results to {@code set}; returns its fitted exponent, or null when it failed.
     *
     * @param fileBytes the size of the N precompiled files loaded (unwind info makes them bigger)
     */
    static ScalingFit record(ResultSet set, LoadConfig c, long fileBytes, List<LoadReport> reports) {
        String workload = ModuleSet.workloadName(c.functions());
        List<LoadReport.Round> rounds = reports.stream().flatMap(r -> r.rounds().stream()).toList();
        List<String> problems = new ArrayList<>();
        reports.forEach(r -> problems.addAll(r.validationFailures()));
        int expected = c.unwind() ? c.modules() : 0;
        for (LoadReport.Round r : rounds) {
            if (r.registeredModules() != expected) {
                problems.add("the unwind registry held " + r.registeredModules() + " modules after loading, expected "
                        + expected + (c.unwind() ? "" : " (no unwind info)"));
            }
        }
        if (!problems.isEmpty()) {
            set.fail(ENGINE, workload, c.label() + ": " + problems.getFirst()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
            return null;
        }
        Map<String, Object> params = new LinkedHashMap<>(c.params());
        params.put("functions", c.functions());
        params.put("forks", reports.size());
        params.put("rounds", c.rounds());
        params.put("warmup", c.warmup());
        params.put("fileBytes", fileBytes);
        params.put("checkedModules", reports.getFirst().checked());
        params.put("flags", String.join(" ", reports.getFirst().jvmFlags()));

        // Every round is a fresh N: its points follow the previous round's in the series.
        List<double[]> series = new ArrayList<>();
        List<Double> loads = new ArrayList<>();
        double[] exponents = new double[rounds.size()];
        for (int k = 0; k < rounds.size(); k++) {
            LoadReport.Round r = rounds.get(k);
            List<double[]> mine = new ArrayList<>();
            for (int i = 0; i < r.loadNanos().size(); i++) {
                mine.add(new double[] {r.loadedBefore().get(i), r.loadNanos().get(i)});
                loads.add((double) r.loadNanos().get(i));
            }
            exponents[k] = ScalingFit.exponent(mine);
            series.addAll(mine);
        }
        set.add(result(workload, c, Metric.LOAD, loads.stream().mapToDouble(Double::doubleValue).toArray(),
                params, series));
        set.add(result(workload, c, Metric.TOTAL_LOAD,
                rounds.stream().mapToDouble(r -> r.totalNanos() / 1e6).toArray(), params, null));

        Map<String, Object> memoryParams = new LinkedHashMap<>(params);
        // Params are scalars (reports/ reads them so): the rounds' medians of the two parts.
        memoryParams.put("heapBytes", (long) Statistics.median(rounds.stream().mapToDouble(LoadReport.Round::heapBytes).toArray()));
        memoryParams.put("metaspaceBytes",
                (long) Statistics.median(rounds.stream().mapToDouble(LoadReport.Round::metaspaceBytes).toArray()));
        set.add(result(workload, c, Metric.MEMORY,
                rounds.stream().mapToDouble(r -> r.heapBytes() + r.metaspaceBytes()).toArray(), memoryParams, null));

        if (rounds.stream().allMatch(LoadReport.Round::unloaded)) {
            set.add(result(workload, c, Metric.UNLOAD,
                    rounds.stream().mapToDouble(r -> r.unloadNanos() / 1e6).toArray(), params, null));
        } else {
            set.fail(ENGINE, workload, c.label() + ": unload: modules still loaded after " + LoadRun.UNLOAD_COLLECTIONS
                    + " full collections");
        }

        ScalingFit fit = ScalingFit.of(series);
        set.add(new Result(ENGINE, workload, c.modules(), Metric.SCALING_EXPONENT.id(),
                Metric.SCALING_EXPONENT.unit(), exponents, fit.exponent(),
                new double[] {fit.ciLow(), fit.ciHigh()}, ScalingFit.STAT, params, true, null));
        return fit;
    }

    /** A median and its interval by the one bootstrap (fewer resamples for the thousands of load times: its rule). */
    private static Result result(String workload, LoadConfig c, Metric metric, double[] samples,
                                 Map<String, Object> params, List<double[]> series) {
        return Result.of(ENGINE, workload, c.modules(), metric, samples, params, series);
    }
}
