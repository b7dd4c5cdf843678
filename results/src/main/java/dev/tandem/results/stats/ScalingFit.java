package dev.tandem.results.stats;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The scaling exponent k of total load time T(N) ≈ c·N^k, from the load time of each module against
 * the number loaded before it. A module loaded after n others costs dT/dN ≈ c·k·(n+1)^(k−1), so k is
 * one plus the slope of log(time) against log(n + 1) (+1 so the first module sits at 1 on a log
 * axis; reports/ plots the same axis). A flat per-module cost gives k = 1, a cost growing with all
 * those before gives k = 2.
 *
 * <p>The slope is a robust line fit: a shared machine adds spikes (a collection, a neighbour's
 * burst) that plain least squares would follow, most of all among the first modules, whose small
 * log x gives them the most leverage. The fit is iteratively reweighted least squares with the scale
 * of the residuals fixed at 1.4826 times the median absolute deviation of the least-squares
 * residuals: Huber's weights first (full weight within 1.345 scales, less beyond), then, from that
 * line, Tukey's bisquare (weights falling to zero at 4.685 scales), which ignores gross outliers even
 * where they have leverage, as an MM-estimator does.
 *
 * <p>The interval is a circular block bootstrap of that slope: per-module times are not independent
 * (a slow phase slows a run of consecutive loads), so resampling single points would make the
 * interval too narrow. Blocks of √m consecutive points (m points in all; a block may wrap from the
 * last point to the first, so that every point, the first ones included, has the same chance) are
 * drawn with replacement, the slope refitted on each resample with the same scale, and the 2.5th and
 * 97.5th percentiles read. Seeded, so the same series always gives the same interval.
 *
 * @param exponent 1 + the slope on all points
 * @param ciLow    lower end of the 95% interval of the exponent
 * @param ciHigh   upper end
 * @param points   how many (loaded, time) points were fitted
 */
public record ScalingFit(double exponent, double ciLow, double ciHigh, int points) {

    /** How results' {@code stat} names this estimate. */
    public static final String STAT = "loglog-robust-block-bootstrap";
    static final int RESAMPLES = 2_000;
    static final long SEED = 0x5CA1_AB1EL;
    static final double HUBER_K = 1.345;
    static final double BISQUARE_C = 4.685;
    private static final int MAX_ITERATIONS = 50;
    /** Slope change that ends the iterations: far below any interval's width. */
    private static final double TOLERANCE = 1e-6;

    /**
     * @param series (modules loaded before, nanoseconds) in measurement order; several runs may be
     *               concatenated, each in its own order
     * @throws IllegalArgumentException for fewer than 3 points, a non-positive time, or a single x
     */
    public static ScalingFit of(List<double[]> series) {
        int m = series.size();
        if (m < 3) {
            throw new IllegalArgumentException("a scaling fit needs at least 3 points, got " + m);
        }
        double[] lx = new double[m];
        double[] ly = new double[m];
        for (int i = 0; i < m; i++) {
            double[] p = series.get(i);
            if (!(p[0] >= 0) || !(p[1] > 0)) {
                throw new IllegalArgumentException("point " + i + " is not (loaded >= 0, time > 0): (" + p[0] + ", " + p[1] + ")");
            }
            lx[i] = Math.log(p[0] + 1);
            ly[i] = Math.log(p[1]);
        }
        int[] all = new int[m];
        Arrays.setAll(all, i -> i);
        double[] ols = line(lx, ly, all, null);
        if (Double.isNaN(ols[0])) {
            throw new IllegalArgumentException("a scaling fit needs at least two distinct numbers of modules loaded");
        }
        double scale = scale(lx, ly, ols);
        double slope = robustSlope(lx, ly, all, scale);
        double[] slopes = bootstrap(lx, ly, scale);
        if (slopes.length == 0) {
            return new ScalingFit(1 + slope, 1 + slope, 1 + slope, m); // no resample varied in x: nothing to resample
        }
        return new ScalingFit(1 + slope, 1 + Statistics.percentile(slopes, 2.5), 1 + Statistics.percentile(slopes, 97.5), m);
    }

    /** The exponent alone, without its interval (a quarter of a millisecond per thousand points instead of seconds). */
    public static double exponent(List<double[]> series) {
        double[] lx = new double[series.size()];
        double[] ly = new double[series.size()];
        int[] all = new int[series.size()];
        for (int i = 0; i < all.length; i++) {
            lx[i] = Math.log(series.get(i)[0] + 1);
            ly[i] = Math.log(series.get(i)[1]);
            all[i] = i;
        }
        return 1 + robustSlope(lx, ly, all, scale(lx, ly, line(lx, ly, all, null)));
    }

    static int blockLength(int points) {
        return Math.max(1, (int) Math.ceil(Math.sqrt(points)));
    }

    /** The residuals' spread: 1.4826 times their median absolute deviation (the standard deviation for normal residuals). */
    static double scale(double[] lx, double[] ly, double[] line) {
        double[] r = new double[lx.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = ly[i] - (line[1] + line[0] * lx[i]);
        }
        double center = Statistics.median(r);
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.abs(r[i] - center);
        }
        return 1.4826 * Statistics.median(r);
    }

    private static double[] bootstrap(double[] lx, double[] ly, double scale) {
        int m = lx.length;
        int block = blockLength(m);
        SplittableRandom random = new SplittableRandom(SEED);
        int[] index = new int[m];
        double[] slopes = new double[RESAMPLES];
        int kept = 0;
        for (int r = 0; r < RESAMPLES; r++) {
            for (int filled = 0; filled < m; ) {
                int start = random.nextInt(m);
                for (int j = 0; j < block && filled < m; j++) {
                    index[filled++] = (start + j) % m;
                }
            }
            double s = robustSlope(lx, ly, index, scale);
            if (!Double.isNaN(s)) {
                slopes[kept++] = s; // a resample of one x value only has no slope; it is left out
            }
        }
        return Arrays.copyOf(slopes, kept);
    }

    /**
     * The robust slope over the points {@code index} names, residual scale fixed: Huber's weights
     * until the line settles, then Tukey's bisquare from there. NaN when x does not vary.
     */
    static double robustSlope(double[] lx, double[] ly, int[] index, double scale) {
        double[] fit = line(lx, ly, index, null);
        if (Double.isNaN(fit[0]) || scale == 0) {
            return fit[0];
        }
        double[] w = new double[index.length];
        for (boolean bisquare : new boolean[] {false, true}) {
            for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
                for (int i = 0; i < index.length; i++) {
                    double r = Math.abs(ly[index[i]] - (fit[1] + fit[0] * lx[index[i]])) / scale;
                    w[i] = bisquare ? bisquareWeight(r) : (r <= HUBER_K ? 1 : HUBER_K / r);
                }
                double[] next = line(lx, ly, index, w);
                if (Double.isNaN(next[0])) {
                    return fit[0]; // every weight zero, or one x left: keep the last line
                }
                boolean settled = Math.abs(next[0] - fit[0]) < TOLERANCE;
                fit = next;
                if (settled) {
                    break;
                }
            }
        }
        return fit[0];
    }

    private static double bisquareWeight(double r) {
        double u = r / BISQUARE_C;
        return u >= 1 ? 0 : (1 - u * u) * (1 - u * u);
    }

    /**
     * Weighted least-squares line (all weights 1 when {@code w} is null) through the points
     * {@code index} names: {slope, intercept}, slope NaN when x does not vary.
     */
    static double[] line(double[] lx, double[] ly, int[] index, double[] w) {
        double sw = 0;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < index.length; i++) {
            double wi = w == null ? 1 : w[i];
            sw += wi;
            mx += wi * lx[index[i]];
            my += wi * ly[index[i]];
        }
        mx /= sw;
        my /= sw;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < index.length; i++) {
            double wi = w == null ? 1 : w[i];
            double dx = lx[index[i]] - mx;
            sxx += wi * dx * dx;
            sxy += wi * dx * (ly[index[i]] - my);
        }
        double slope = sxx == 0 ? Double.NaN : sxy / sxx;
        return new double[] {slope, my - (Double.isNaN(slope) ? 0 : slope) * mx};
    }
}
