package dev.tandem.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Line charts: warm-up curves and module-load scaling. */
public final class LineCharts {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 440;
    /** More points than this per line add bytes, not information, at this chart width. */
    private static final int MAX_POINTS = 400;

    private LineCharts() {
    }

    /**
     * @param colour the line's colour (an engine's), or null to take one from the series palette
     * @param dashed drawn dashed (e.g. unwind info off)
     * @param markX where to put a marker (time-to-peak), NaN for none
     */
    public record Line(String label, double[] x, double[] y, Color colour, boolean dashed, double markX, double markY) {
    }

    /** Time per iteration against iteration, log time axis, a diamond where each line reaches peak. */
    public static SizedChart warmup(List<Line> lines) {
        NumberAxis iterations = new NumberAxis("iteration");
        iterations.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart(lines, iterations, logAxis("time per iteration (ms, log scale)"));
    }

    /** Per-module load time against modules already loaded, both axes log: a power law is a straight line. */
    public static SizedChart scaling(List<Line> lines) {
        return chart(lines, logAxis("modules loaded, this one included (log scale)"), logAxis("load time per module (µs, log scale)"));
    }

    private static LogAxis logAxis(String label) {
        return new NiceLogAxis(label);
    }

    private static SizedChart chart(List<Line> lines, org.jfree.chart.axis.ValueAxis x, org.jfree.chart.axis.ValueAxis y) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            XYSeries series = new XYSeries(line.label(), false, true);
            int step = Math.max(1, (int) Math.ceil(line.x().length / (double) MAX_POINTS));
            for (int j = 0; j < line.x().length; j += step) {
                double px = line.x()[j], py = line.y()[j];
                // Log axes have no place for zero or negative values (the y axis is always log here).
                if (py > 0 && (px > 0 || !(x instanceof LogAxis))) series.add(px, py);
            }
            data.addSeries(series);
            Color colour = line.colour() != null ? line.colour() : EnginePalette.series(i);
            renderer.setSeriesPaint(i, colour);
            renderer.setSeriesStroke(i, line.dashed()
                    ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f)
                    : new BasicStroke(2f));
            if (!Double.isNaN(line.markX())) {
                XYTextAnnotation mark = new XYTextAnnotation("◆", line.markX(), line.markY());
                mark.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
                mark.setPaint(colour.darker());
                plot.addAnnotation(mark);
            }
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        return new SizedChart(chart, WIDTH, HEIGHT + 18 * ((lines.size() + 2) / 3));
    }
}
