package dev.tandem.reports.chart;

import org.jfree.chart.JFreeChart;

/** A chart and the size it was laid out for (bar charts grow with their categories). */
public record SizedChart(JFreeChart chart, int width, int height) {

    public String svg(String id) {
        return SvgChart.render(chart, width, height, id);
    }
}
