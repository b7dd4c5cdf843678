package dev.tandem.reports.gate;

import dev.tandem.reports.analysis.MetricKey;
import dev.tandem.reports.stats.Interval;

/**
 * One metric judged by the gate. Values are normalized within their own run ({@code reference});
 * {@code change} = current / baseline of those values (1.10 = 10% worse: every gated metric is
 * lower-is-better). Numbers are NaN and {@code ci} null where the verdict has none.
 */
public record Comparison(
        MetricKey key,
        GateGroup group,
        Verdict verdict,
        String reference,
        double baseline,
        double current,
        double change,
        Interval ci,
        String note) {

    public static Comparison withoutNumbers(MetricKey key, GateGroup group, Verdict verdict, String note) {
        return new Comparison(key, group, verdict, "", Double.NaN, Double.NaN, Double.NaN, null, note);
    }
}
