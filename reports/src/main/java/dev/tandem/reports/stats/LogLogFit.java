package dev.tandem.reports.stats;

/**
 * Least-squares line through (log x, log y): the slope is the scaling exponent k of y ≈ c·x^k.
 * Its interval uses the t distribution with n - 2 degrees of freedom (normal residuals in log space).
 */
public record LogLogFit(double slope, double intercept, double slopeStandardError, int points) {

    public static LogLogFit of(double[] x, double[] y) {
        if (x.length != y.length) throw new IllegalArgumentException("x and y differ in length");
        if (x.length < 3) throw new IllegalArgumentException("a log-log fit needs at least 3 points, got " + x.length);
        double[] lx = Descriptive.log(x);
        double[] ly = Descriptive.log(y);
        double mx = Descriptive.mean(lx), my = Descriptive.mean(ly);
        double sxx = 0, sxy = 0;
        for (int i = 0; i < lx.length; i++) {
            sxx += (lx[i] - mx) * (lx[i] - mx);
            sxy += (lx[i] - mx) * (ly[i] - my);
        }
        if (sxx == 0) throw new IllegalArgumentException("a log-log fit needs at least two distinct x values");
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double residuals = 0;
        for (int i = 0; i < lx.length; i++) {
            double r = ly[i] - (intercept + slope * lx[i]);
            residuals += r * r;
        }
        double se = Math.sqrt(residuals / (lx.length - 2) / sxx);
        return new LogLogFit(slope, intercept, se, lx.length);
    }

    public Interval slopeInterval(double confidence) {
        double q = StudentT.quantile((1 + confidence) / 2, points - 2);
        return new Interval(slope - q * slopeStandardError, slope + q * slopeStandardError);
    }
}
