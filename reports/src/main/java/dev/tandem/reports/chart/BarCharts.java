package dev.tandem.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Horizontal bar charts: category labels (workloads, engines) read left to right, and the chart
 * grows downwards with the number of bars instead of squeezing them.
 */
public final class BarCharts {

    private static final int WIDTH = 960;
    private static final int BAR = 14;

    private BarCharts() {
    }

    /**
     * Grouped bars with interval whiskers. Series named after engines get the engine's colour.
     *
     * @param log a log axis (ratios spanning 1x to 100x), with bars growing from 1
     * @param reference a vertical line at this value (1 = same as native), or NaN for none
     * @param colourByCategory one series whose categories are engines: colour by category, no legend
     */
    public static SizedChart grouped(List<Bar> bars, String valueLabel, boolean log, double reference, boolean colourByCategory) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        ErrorBarRenderer renderer = new ErrorBarRenderer(colourByCategory);
        double min = Double.POSITIVE_INFINITY, max = 0;
        for (Bar b : bars) {
            data.addValue(b.value(), b.series(), b.category());
            renderer.interval(b.series(), b.category(), b.ci());
            min = Math.min(min, b.ci() == null ? b.value() : b.ci().low());
            max = Math.max(max, b.ci() == null ? b.value() : b.ci().high());
        }
        if (!Double.isNaN(reference)) {
            min = Math.min(min, reference);
            max = Math.max(max, reference);
        }
        ValueAxis axis;
        if (log) {
            LogAxis logAxis = new NiceLogAxis(valueLabel);
            logAxis.setRange(min / 1.25, max * 1.25);
            axis = logAxis;
            renderer.setBase(1.0);
        } else {
            NumberAxis numberAxis = new NumberAxis(valueLabel);
            // Negative values happen (a bytes-per-instance delta under GC noise): keep them visible.
            numberAxis.setRange(Math.min(0, min * 1.08), max > 0 ? max * 1.08 : 1);
            axis = numberAxis;
        }
        renderer.setItemMargin(0.05);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.getDomainAxis().setCategoryMargin(0.25);
        if (!Double.isNaN(reference)) {
            ValueMarker marker = new ValueMarker(reference, Color.DARK_GRAY, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 1f, new float[] {5f, 4f}, 0f));
            plot.addRangeMarker(marker);
        }
        colourSeries(data.getRowKeys(), renderer::setSeriesPaint);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, !colourByCategory);
        ChartStyle.apply(chart);
        int categories = data.getColumnCount(), series = data.getRowCount();
        return new SizedChart(chart, WIDTH, 110 + categories * (series * BAR + 16));
    }

    /**
     * Stacked bars: one bar per category (in order of first appearance), one segment per series in
     * the order of first appearance in {@code segments}; a missing segment is an empty one.
     */
    public static SizedChart stacked(List<Bar> segments, List<String> seriesOrder, String valueLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Set<String> categories = new LinkedHashSet<>();
        Set<String> series = new LinkedHashSet<>();
        for (String s : seriesOrder) {
            if (segments.stream().anyMatch(b -> b.series().equals(s))) series.add(s);
        }
        for (Bar b : segments) {
            categories.add(b.category());
            series.add(b.series());
        }
        // Filled in series-major order, zeros included, so segments stack in the given order on every bar.
        for (String s : series) {
            for (String c : categories) {
                double v = segments.stream().filter(b -> b.series().equals(s) && b.category().equals(c))
                        .mapToDouble(Bar::value).sum();
                data.addValue(v, s, c);
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), new NumberAxis(valueLabel), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        for (int i = 0; i < data.getRowCount(); i++) renderer.setSeriesPaint(i, EnginePalette.series(i));
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        return new SizedChart(chart, WIDTH, 120 + categories.size() * 34);
    }

    private static void colourSeries(List<?> rowKeys, java.util.function.BiConsumer<Integer, java.awt.Paint> set) {
        IntFunction<Color> colour = i -> EnginePalette.engine(String.valueOf(rowKeys.get(i)));
        for (int i = 0; i < rowKeys.size(); i++) set.accept(i, colour.apply(i));
    }
}
