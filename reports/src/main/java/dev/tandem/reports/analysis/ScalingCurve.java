package dev.tandem.reports.analysis;

import dev.tandem.results.Result;
import dev.tandem.results.stats.Statistics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One module-load configuration's per-module load time against the number of modules loaded with
 * it (already loaded + 1, so the first module sits at 1 on a log axis and a registry whose cost
 * grows as N^(k−1) draws a straight line of slope k − 1), reduced to the median of log-spaced bins:
 * thousands of raw points would bloat the page and hide the trend under noise. It is drawn only:
 * the exponent comes from the raw points ({@link ScalingExponent}).
 */
public record ScalingCurve(double[] loaded, double[] nanos) {

    private static final int BINS_PER_DECADE = 12;

    public static ScalingCurve of(Result load) {
        List<double[]> points = new ArrayList<>(load.series().stream().filter(p -> p[0] >= 0 && p[1] > 0)
                .map(p -> new double[] {p[0] + 1, p[1]}).toList());
        points.sort(Comparator.comparingDouble(p -> p[0]));
        List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
        int i = 0;
        while (i < points.size()) {
            double bin = Math.floor(Math.log10(points.get(i)[0]) * BINS_PER_DECADE);
            List<double[]> members = new ArrayList<>();
            while (i < points.size() && Math.floor(Math.log10(points.get(i)[0]) * BINS_PER_DECADE) == bin) {
                members.add(points.get(i++));
            }
            xs.add(Statistics.median(members.stream().mapToDouble(p -> p[0]).toArray()));
            ys.add(Statistics.median(members.stream().mapToDouble(p -> p[1]).toArray()));
        }
        return new ScalingCurve(xs.stream().mapToDouble(Double::doubleValue).toArray(),
                ys.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
