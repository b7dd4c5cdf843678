package dev.tandem.reports.analysis;

import dev.tandem.results.Result;
import dev.tandem.results.stats.Statistics;
import java.util.Arrays;
import java.util.List;

/**
 * An engine's time per iteration from its first call, and where it reaches peak. Peak is the
 * median of the last third of the iterations; the curve has reached it at the first iteration
 * from which every later one stays within 10% of it (the schema's definition of time-to-peak).
 *
 * @param peakIndex index into {@code times} where the curve stays at peak
 * @param msToPeak sum of the iteration times before {@code peakIndex}, in ms
 */
public record WarmupCurve(double[] iterations, double[] times, double peak, int peakIndex, double msToPeak) {

    static final double BAND = 0.10;

    /**
     * A result's curve, read in its first fork: warm-up is a property of one JVM, and the series of
     * a result measured in several forks (params {@code forks}, {@code warmup}, {@code iterations})
     * is each fork's iterations one after the other, which would draw every later fork's warm-up as
     * a spike in the middle of the curve.
     */
    public static WarmupCurve of(Result result) {
        List<double[]> series = result.series();
        int forks = result.count("forks"), perFork = result.count("warmup") + result.count("iterations");
        if (forks > 1 && perFork > 0 && series.size() == forks * perFork) series = series.subList(0, perFork);
        return of(series);
    }

    /** From a series: (iteration, ns). */
    public static WarmupCurve of(List<double[]> series) {
        double[] x = series.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = series.stream().mapToDouble(p -> p[1]).toArray();
        double[] tail = Arrays.copyOfRange(y, y.length - Math.max(1, y.length / 3), y.length);
        double peak = Statistics.median(tail);
        int index = y.length;
        while (index > 0 && Math.abs(y[index - 1] - peak) <= BAND * peak) index--;
        if (index == y.length) index = y.length - 1; // the very last point never settles: mark the end
        double ns = 0;
        for (int i = 0; i < index; i++) ns += y[i];
        return new WarmupCurve(x, y, peak, index, ns / 1e6);
    }
}
