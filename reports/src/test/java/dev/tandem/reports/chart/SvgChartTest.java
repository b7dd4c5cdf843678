package dev.tandem.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SvgChartTest {

    @Test
    void roundsCoordinatesInsideTagsButNotText() {
        String svg = "<svg><rect x='206.123456' y='45.0' width='12345.6789'/><text x='1.98765'>0.00012345</text></svg>";
        assertEquals("<svg><rect x='206.12' y='45.0' width='12345.67'/><text x='1.98'>0.00012345</text></svg>",
                SvgChart.roundCoordinates(svg));
    }
}
