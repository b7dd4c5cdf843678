package dev.tandem.reports.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference values from scipy.stats.norm.ppf 1.17. */
class NormalTest {

    @ParameterizedTest
    @CsvSource({"0.5, 0.0", "0.975, 1.959963984540054", "0.9995, 3.2905267314919255", "0.01, -2.3263478740408408",
        "1e-6, -4.753424308822899", "0.3, -0.5244005127080409"})
    void quantileMatchesScipy(double p, double expected) {
        assertEquals(expected, Normal.quantile(p), 1e-8 * Math.max(1, Math.abs(expected)));
    }
}
