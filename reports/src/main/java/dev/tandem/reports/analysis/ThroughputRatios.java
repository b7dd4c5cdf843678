package dev.tandem.reports.analysis;

import dev.tandem.results.Result;
import dev.tandem.results.ResultsFile;
import dev.tandem.results.Run;
import dev.tandem.results.stats.Bootstrap;
import dev.tandem.results.stats.Statistics;
import dev.tandem.results.stats.Interval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Time ratios to native for every throughput result of a run, with bootstrap intervals, and the
 * geometric mean per engine. The geometric mean's interval comes from combining the per-workload
 * replicates (one bootstrap world per replicate index), so it reflects every workload's noise.
 */
public record ThroughputRatios(List<RatioCell> cells, Map<String, GeometricMean> geometricMeans, List<Unmatched> unmatched) {

    /** A validated engine time that gives no ratio, and why. */
    public record Unmatched(String engine, String workload, String reason) {
    }

    public record GeometricMean(double value, Interval ci, int workloads) {
    }

    /** The kernels' peak times over native (the real-program set is left out: it has its own ratios). */
    public static ThroughputRatios of(Run run, Bootstrap bootstrap, double confidence) {
        return of(run, bootstrap, confidence, WorkloadSet.KERNELS, "time");
    }

    /**
     * One set's ratios to native of one throughput metric: {@code time} (a run at peak) or, for the
     * real programs, {@code wall} (a whole process).
     */
    public static ThroughputRatios of(Run run, Bootstrap bootstrap, double confidence, WorkloadSet set, String metric) {
        List<RatioCell> cells = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        for (ResultsFile file : run.harness("throughput").toList()) {
            for (Result r : file.scored(metric).toList()) {
                if (Result.NATIVE.equals(r.engine()) || Result.CALIBRATION.equals(r.workload()) || !set.contains(r)) continue;
                Normalized n = Normalized.of(file, r);
                if (n.kind() != Reference.NATIVE) {
                    unmatched.add(new Unmatched(r.engine(), r.workload(),
                            "no validated native time for this workload in the same results file"));
                    continue;
                }
                if (!positive(r.samples()) || !positive(n.reference().samples())) {
                    unmatched.add(new Unmatched(r.engine(), r.workload(),
                            "its samples or native's are missing or not all positive, so no ratio can be formed"));
                    continue;
                }
                double[] replicates = bootstrap.replicates(List.of(r.samples()), List.of(n.reference().samples()),
                        MetricKey.of(file, r).hashCode());
                cells.add(new RatioCell(r.engine(), r.workload(), r.configuration(), n.value(),
                        Bootstrap.percentileInterval(replicates, confidence), replicates));
            }
        }
        Map<String, List<RatioCell>> byEngine = new LinkedHashMap<>();
        for (RatioCell c : cells) byEngine.computeIfAbsent(c.engine(), e -> new ArrayList<>()).add(c);
        Map<String, GeometricMean> means = new LinkedHashMap<>();
        byEngine.forEach((engine, list) -> means.put(engine, geometricMean(list, bootstrap.resamples(), confidence)));
        return new ThroughputRatios(List.copyOf(cells), means, List.copyOf(unmatched));
    }

    private static boolean positive(double[] samples) {
        if (samples.length == 0) return false;
        for (double v : samples) if (!(v > 0)) return false;
        return true;
    }

    private static GeometricMean geometricMean(List<RatioCell> cells, int resamples, double confidence) {
        double[] ratios = cells.stream().mapToDouble(RatioCell::ratio).toArray();
        double[] combined = new double[resamples];
        for (int i = 0; i < resamples; i++) {
            double logSum = 0;
            for (RatioCell c : cells) logSum += Math.log(c.replicates()[i]);
            combined[i] = Math.exp(logSum / cells.size());
        }
        return new GeometricMean(Statistics.geometricMean(ratios), Bootstrap.percentileInterval(combined, confidence),
                cells.size());
    }
}
