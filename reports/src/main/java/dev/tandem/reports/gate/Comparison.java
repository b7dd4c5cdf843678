package dev.tandem.reports.gate;

import dev.tandem.reports.analysis.MetricKey;
import dev.tandem.results.stats.Interval;

/**
 * One metric judged by the gate. Values are normalized within their own run ({@code reference}:
 * a ratio to it, or the value in {@code unit} when absolute); {@code change} = current / baseline
 * (1.10 = 10% worse: every gated metric is lower-is-better). Numbers are NaN and {@code ci} null
 * where the verdict has none.
 */
public record Comparison(
        MetricKey key,
        GateGroup group,
        Verdict verdict,
        String reference,
        String unit,
        double baseline,
        double current,
        double change,
        Interval ci,
        String note) {

    public static Comparison withoutNumbers(MetricKey key, GateGroup group, Verdict verdict, String note) {
        return new Comparison(key, group, verdict, "", "", Double.NaN, Double.NaN, Double.NaN, null, note);
    }

    /** A value of this comparison as text: "1.23×" of its reference, or "171 MiB" when absolute. */
    public String valueText(double value) {
        if (Double.isNaN(value)) return "–";
        if (group == GateGroup.EXPONENT) return dev.tandem.reports.text.NumberText.sig3(value);
        return "absolute".equals(reference) ? dev.tandem.reports.text.NumberText.quantity(value, unit)
                : dev.tandem.reports.text.NumberText.sig3(value) + "×";
    }
}
