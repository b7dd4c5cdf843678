package dev.tandem.reports.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A log axis with ticks people read: 1, 2, 5, 10, 20, 50… (or every integer mantissa on a narrow
 * range, or only powers of ten on a wide one). JFreeChart's LogAxis puts ticks at evenly spaced
 * exponents, which labels a ratio axis 1.585, 2.512, 3.981.
 */
final class NiceLogAxis extends LogAxis {

    private static final int MAX_TICKS = 12;
    private static final int[][] MANTISSAS = {{1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 5}, {1}};
    private static final DecimalFormat LABEL = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));

    NiceLogAxis(String label) {
        super(label);
        setSmallestValue(1e-12);
    }

    /** The tick values inside [low, high]: the densest 1-2-5 style set with at most MAX_TICKS. */
    static List<Double> ticks(double low, double high) {
        if (logTicks(low, high, MANTISSAS[0]).size() < 3) return linearTicks(low, high);
        for (int[] set : MANTISSAS) {
            List<Double> values = logTicks(low, high, set);
            if (values.size() <= MAX_TICKS) return values;
        }
        // Even powers of ten are too many (more than 12 decades): keep every k-th.
        List<Double> powers = logTicks(low, high, MANTISSAS[MANTISSAS.length - 1]);
        int step = (powers.size() + MAX_TICKS - 1) / MAX_TICKS;
        List<Double> thinned = new ArrayList<>();
        for (int i = 0; i < powers.size(); i += step) thinned.add(powers.get(i));
        return thinned;
    }

    private static List<Double> logTicks(double low, double high, int[] mantissas) {
        List<Double> values = new ArrayList<>();
        int first = (int) Math.floor(Math.log10(low)), last = (int) Math.ceil(Math.log10(high));
        for (int e = first; e <= last; e++) {
            for (int m : mantissas) {
                double v = m * Math.pow(10, e);
                if (v >= low * (1 - 1e-9) && v <= high * (1 + 1e-9)) values.add(v);
            }
        }
        return values;
    }

    /** A range narrower than a few integer mantissas (31 to 47, say): evenly spaced 1-2-5 steps. */
    private static List<Double> linearTicks(double low, double high) {
        double raw = (high - low) / 6;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / magnitude < 2 ? magnitude : raw / magnitude < 5 ? 2 * magnitude : 5 * magnitude;
        List<Double> values = new ArrayList<>();
        for (double v = Math.ceil(low / step) * step; v <= high * (1 + 1e-9); v += step) values.add(v);
        return values;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        // RectangleEdge is a class of constants, not an enum: no switch.
        TextAnchor anchor = edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT
                : edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT
                : edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        List<NumberTick> ticks = new ArrayList<>();
        for (double v : ticks(getLowerBound(), getUpperBound())) {
            String label = v >= 0.001 ? LABEL.format(v) : String.format(Locale.ROOT, "%.0e", v);
            ticks.add(new NumberTick(v, label, anchor, TextAnchor.CENTER, 0.0));
        }
        return ticks;
    }
}
