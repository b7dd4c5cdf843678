package dev.tandem.reports.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference values from scipy.stats.t 1.17 (ppf and cdf). */
class StudentTTest {

    @ParameterizedTest
    @CsvSource({
        "0.975, 1, 12.706204736174694",
        "0.975, 10, 2.228138851986274",
        "0.975, 30, 2.0422724563012378",
        "0.995, 5, 4.032142983555228",
        "0.975, 24.9, 2.0599580324598343",
        "0.95, 2.5, 2.5582186141359355",
        "0.999, 3, 10.214531852407383"})
    void quantileMatchesScipy(double p, double df, double expected) {
        assertEquals(expected, StudentT.quantile(p, df), 1e-9 * expected);
        assertEquals(-expected, StudentT.quantile(1 - p, df), 1e-9 * expected);
    }

    @ParameterizedTest
    @CsvSource({"2.0, 5, 0.9490302605850708", "-1.3, 7.5, 0.11606338940780439", "0, 3, 0.5"})
    void cdfMatchesScipy(double t, double df, double expected) {
        assertEquals(expected, StudentT.cdf(t, df), 1e-12);
    }
}
