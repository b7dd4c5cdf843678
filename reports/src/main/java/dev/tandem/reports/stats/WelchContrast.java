package dev.tandem.reports.stats;

import dev.tandem.results.stats.Interval;
import dev.tandem.results.stats.Statistics;
import java.util.List;

/**
 * A sum of group means with signs (mean(a) - mean(b) is Welch's two-sample case), its standard error
 * from each group's own variance (no equal-variance assumption) and the Welch-Satterthwaite degrees
 * of freedom. On log samples the contrast of a normalized ratio, log(c/cn) - log(b/bn), gives the
 * interval of the change of that ratio between two runs.
 */
public record WelchContrast(double estimate, double standardError, double degreesOfFreedom) {

    /** mean(a) - mean(b): the classic Welch t-test. */
    public static WelchContrast difference(double[] a, double[] b) {
        return of(List.of(a), List.of(b));
    }

    public static WelchContrast of(List<double[]> plus, List<double[]> minus) {
        double estimate = 0, variance = 0, dfDenominator = 0;
        for (int sign = 0; sign < 2; sign++) {
            for (double[] group : sign == 0 ? plus : minus) {
                if (group.length < 2) {
                    throw new IllegalArgumentException("Welch needs at least 2 samples per group, got " + group.length);
                }
                double mean = Statistics.mean(group);
                estimate += sign == 0 ? mean : -mean;
                double v = Statistics.variance(group) / group.length;
                variance += v;
                dfDenominator += v * v / (group.length - 1);
            }
        }
        // All groups constant: the difference is exact (interval() then needs no quantile).
        double df = dfDenominator == 0 ? Double.POSITIVE_INFINITY : variance * variance / dfDenominator;
        return new WelchContrast(estimate, Math.sqrt(variance), df);
    }

    /** The same contrast on natural logs of the samples: estimate = log of a ratio of geometric means. */
    public static WelchContrast ofLogs(List<double[]> plus, List<double[]> minus) {
        return of(plus.stream().map(Statistics::log).toList(), minus.stream().map(Statistics::log).toList());
    }

    public double t() {
        return estimate / standardError;
    }

    public Interval interval(double confidence) {
        // Zero variance in every group (the only case with infinite df): the estimate is exact.
        if (standardError == 0) return new Interval(estimate, estimate);
        double q = StudentT.quantile((1 + confidence) / 2, degreesOfFreedom);
        return new Interval(estimate - q * standardError, estimate + q * standardError);
    }
}
