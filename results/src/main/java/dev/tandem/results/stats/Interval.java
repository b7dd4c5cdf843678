package dev.tandem.results.stats;

/** A confidence interval [low, high]. */
public record Interval(double low, double high) {

    public Interval {
        if (!(low <= high)) throw new IllegalArgumentException("interval [" + low + ", " + high + "] is empty or NaN");
    }

    public boolean contains(double value) {
        return low <= value && value <= high;
    }
}
