package dev.tandem.reports.chart;

import dev.tandem.results.stats.Interval;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.category.CategoryDataset;

/**
 * Bars with asymmetric confidence-interval whiskers. JFreeChart's StatisticalBarRenderer only
 * draws mean ± standard deviation, which cannot show a bootstrap interval of a ratio.
 */
final class ErrorBarRenderer extends BarRenderer {

    private final Map<String, Interval> intervals = new HashMap<>();
    private final boolean colourByCategory;

    /** @param colourByCategory colour each bar by its category (an engine) instead of its series */
    ErrorBarRenderer(boolean colourByCategory) {
        this.colourByCategory = colourByCategory;
    }

    void interval(Comparable<?> row, Comparable<?> column, Interval ci) {
        if (ci != null) intervals.put(row + "\u0000" + column, ci);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        if (colourByCategory && getPlot() != null && getPlot().getDataset() != null) {
            // Category labels start with the engine id ("graalwasm (K=1000)"); ids have no spaces.
            return EnginePalette.engine(String.valueOf(getPlot().getDataset().getColumnKey(column)).split(" ")[0]);
        }
        return super.getItemPaint(row, column);
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
            CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        Interval ci = intervals.get(dataset.getRowKey(row) + "\u0000" + dataset.getColumnKey(column));
        int visibleRow = state.getVisibleSeriesIndex(row);
        if (ci == null || visibleRow < 0) return;
        PlotOrientation orientation = plot.getOrientation();
        double w0 = calculateBarW0(plot, orientation, dataArea, domainAxis, state, visibleRow, column);
        double middle = w0 + state.getBarWidth() / 2;
        double cap = Math.min(6, state.getBarWidth() / 3);
        double lo = rangeAxis.valueToJava2D(ci.low(), dataArea, plot.getRangeAxisEdge());
        double hi = rangeAxis.valueToJava2D(ci.high(), dataArea, plot.getRangeAxisEdge());
        g2.setPaint(Color.BLACK);
        g2.setStroke(new BasicStroke(1.2f));
        if (orientation == PlotOrientation.VERTICAL) {
            g2.draw(new Line2D.Double(middle, lo, middle, hi));
            g2.draw(new Line2D.Double(middle - cap, lo, middle + cap, lo));
            g2.draw(new Line2D.Double(middle - cap, hi, middle + cap, hi));
        } else {
            g2.draw(new Line2D.Double(lo, middle, hi, middle));
            g2.draw(new Line2D.Double(lo, middle - cap, lo, middle + cap));
            g2.draw(new Line2D.Double(hi, middle - cap, hi, middle + cap));
        }
    }
}
