package dev.tandem.reports.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.results.Result;
import dev.tandem.results.ResultsFile;
import dev.tandem.results.Run;
import dev.tandem.results.stats.ScalingFit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ScalingExponentTest {

    /** A load series with per-module time c·(n+1)^(k−1): total time grows as N^k. */
    private static Result load(double k, String registry, int n) {
        List<double[]> series = new ArrayList<>();
        for (int i = 0; i < n; i++) series.add(new double[] {i, 40_000 * Math.pow(i + 1, k - 1)});
        TreeMap<String, String> params = new TreeMap<>();
        params.put("registry", registry);
        params.put("threads", "1");
        params.put("loaded", String.valueOf(n));
        return new Result("tandem-aot-twasm", "modules", "default", "load", "ns", new double[] {40_000}, 40_000, null, "",
                params, true, series);
    }

    private static Run run(Result... results) {
        return new Run(List.of(new ResultsFile(Path.of("deserialize.json"), "deserialize", "quick",
                new dev.tandem.results.Environment(java.util.Map.of()), List.of(results), List.of(), List.of(), List.of())));
    }

    @Test
    void fittedFromTheSeriesWhenTheLabGivesNoExponent() {
        List<ScalingExponent> x = ScalingExponent.of(run(load(1.0, "tandem", 5000), load(2.0, "naive", 5000)));
        assertEquals(2, x.size());
        assertEquals(1.0, x.get(0).value(), 1e-6);
        assertEquals("fitted from the load series", x.get(0).source());
        assertEquals("registry=tandem, threads=1", x.get(0).params(), "loaded is a point, not the configuration");
        assertEquals(2.0, x.get(1).value(), 1e-6);
        assertTrue(x.get(1).isNaiveAblation());
    }

    @Test
    void binnedCurveKeepsAFewPointsPerDecade() {
        ScalingCurve c = ScalingCurve.of(load(1.5, "tandem", 10_000));
        assertTrue(c.loaded().length >= 40 && c.loaded().length <= 60, "bins: " + c.loaded().length);
        // The curve is drawn only; the exponent of the same points is the one estimator's (ScalingFit).
        assertEquals(1.5, ScalingFit.exponent(load(1.5, "tandem", 10_000).series()), 1e-3);
    }
}
