package dev.tandem.reports.chart;

import java.awt.Rectangle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Draws a JFreeChart into an inline {@code <svg>} element that scales to its container. */
public final class SvgChart {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern LONG_DECIMAL = Pattern.compile("(\\d\\.\\d{2})\\d+");

    private SvgChart() {
    }

    /**
     * @param id unique on the page: it is the element's id and prefixes its clip-path definitions,
     *     which would otherwise collide between the charts of one page
     */
    public static String render(JFreeChart chart, int width, int height, String id) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id + "-");
        chart.draw(g, new Rectangle(0, 0, width, height));
        // No width/height attributes: the page's CSS sizes it, the view box keeps the proportions.
        String svg = g.getSVGElement(id, false, new ViewBox(0, 0, width, height), PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
        return roundCoordinates(svg);
    }

    /**
     * JFreeSVG writes coordinates with full double precision; a hundredth of a pixel is plenty and
     * the page gets several times smaller. Only numbers inside tags are touched, never text content.
     */
    static String roundCoordinates(String svg) {
        Matcher tags = TAG.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length() / 2);
        while (tags.find()) tags.appendReplacement(out, Matcher.quoteReplacement(LONG_DECIMAL.matcher(tags.group()).replaceAll("$1")));
        tags.appendTail(out);
        return out.toString();
    }
}
