package dev.tandem.reports.gate;

import dev.tandem.reports.analysis.Normalized;
import dev.tandem.reports.analysis.Replicates;
import dev.tandem.results.stats.Bootstrap;
import dev.tandem.results.stats.Statistics;
import dev.tandem.results.stats.Interval;
import dev.tandem.reports.stats.Normal;
import dev.tandem.reports.stats.WelchContrast;
import java.util.ArrayList;
import java.util.List;

/**
 * The change of a normalized metric between two runs, (current / its reference) / (baseline / its
 * reference), with a confidence interval: by Welch's interval on log samples (a ratio of geometric
 * means) or by the bootstrap of medians (robust to the outliers a shared machine produces).
 *
 * <p>The bootstrap interval is the normal one on the log scale, log(change) ± z·sd(log replicates):
 * the corrected per-metric levels are extreme (99.9% for 60 metrics), where percentile intervals
 * would need 10^5 resamples per metric and still land on the few distinct medians a small sample
 * has.
 */
final class ChangeEstimator {

    /**
     * @param baseline the baseline's normalized value as this method sees it (ratio of geometric
     *     means for Welch, of medians for the bootstrap), so that value = current / baseline
     */
    record Change(double baseline, double current, double value, Interval ci) {
    }

    private final GateConfig config;
    private final double confidence;
    private final Bootstrap bootstrap;

    /** @param confidence the per-metric level (after any multiple-comparison correction) */
    ChangeEstimator(GateConfig config, double confidence) {
        this.config = config;
        this.confidence = confidence;
        this.bootstrap = new Bootstrap(config.resamples(), config.seed());
    }

    /** The fewest replicates involved (forks, for a JIT's iterations), which decides whether an interval is honest at all. */
    static int smallestSample(Normalized baseline, Normalized current) {
        int n = Math.min(Replicates.of(baseline.result()).length, Replicates.of(current.result()).length);
        if (baseline.reference() != null) n = Math.min(n, Replicates.of(baseline.reference()).length);
        if (current.reference() != null) n = Math.min(n, Replicates.of(current.reference()).length);
        return n;
    }

    /** Ratios and logs need positive samples (a negative bytes-per-instance from GC noise has none). */
    static boolean allPositive(Normalized n) {
        for (double v : Replicates.of(n.result())) if (!(v > 0)) return false;
        if (n.reference() != null) for (double v : Replicates.of(n.reference())) if (!(v > 0)) return false;
        return true;
    }

    Change estimate(Normalized baseline, Normalized current, long stream) {
        List<double[]> up = new ArrayList<>(), down = new ArrayList<>();
        // Replicates, not raw samples: a JVM's iterations share its compiled code (Replicates says why).
        up.add(Replicates.of(current.result()));
        down.add(Replicates.of(baseline.result()));
        if (current.reference() != null) down.add(Replicates.of(current.reference()));
        if (baseline.reference() != null) up.add(Replicates.of(baseline.reference()));
        if (config.method() == GateConfig.Method.WELCH) {
            WelchContrast contrast = WelchContrast.ofLogs(up, down);
            Interval log = contrast.interval(confidence);
            double b = normalized(baseline, Statistics::geometricMean), c = normalized(current, Statistics::geometricMean);
            return new Change(b, c, Math.exp(contrast.estimate()), new Interval(Math.exp(log.low()), Math.exp(log.high())));
        }
        double b = normalized(baseline, Statistics::median), c = normalized(current, Statistics::median);
        double point = c / b;
        double[] logs = Statistics.log(bootstrap.replicates(up, down, stream));
        double sd = Math.sqrt(Statistics.variance(logs));
        double z = Normal.quantile((1 + confidence) / 2);
        return new Change(b, c, point, new Interval(point * Math.exp(-z * sd), point * Math.exp(z * sd)));
    }

    private static double normalized(Normalized n, java.util.function.ToDoubleFunction<double[]> centre) {
        double value = centre.applyAsDouble(Replicates.of(n.result()));
        return n.reference() == null ? value : value * n.unitScale() / centre.applyAsDouble(Replicates.of(n.reference()));
    }
}
