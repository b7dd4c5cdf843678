package dev.tandem.reports.html;

import dev.tandem.reports.gate.Comparison;
import dev.tandem.reports.gate.GateConfig;
import dev.tandem.reports.gate.GateGroup;
import dev.tandem.reports.gate.GateOutcome;
import dev.tandem.reports.gate.Verdict;
import dev.tandem.reports.text.NumberText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The run against a baseline, as the gate judges it, every significant change marked. */
final class ComparisonSection {

    private ComparisonSection() {
    }

    static String render(GateOutcome outcome, String baselineLabel) {
        GateConfig c = outcome.config();
        StringBuilder html = new StringBuilder("<section id=\"comparison\">\n<h2>Comparison with the baseline</h2>\n");
        html.append("<p class=\"verdict ").append(outcome.passed() ? "good" : "bad").append("\">Gate ")
                .append(outcome.passed() ? "passes" : "fails").append(" against <code>").append(HtmlText.escape(baselineLabel))
                .append("</code>: ").append(outcome.with(Verdict.REGRESSION).size()).append(" regressions, ")
                .append(outcome.with(Verdict.VALIDATION_FAILED).size()).append(" validation failures, ")
                .append(outcome.with(Verdict.EXPONENT_OVER_LIMIT).size()).append(" exponents over the limit, ")
                .append(outcome.with(Verdict.IMPROVEMENT).size()).append(" improvements.</p>\n");
        html.append("<p class=\"how\">How to read it: each metric is first normalized within its own run (to native, else the "
                + "calibration kernel; bytes stay absolute), then change = run ÷ baseline − 1 with its "
                + String.format(Locale.ROOT, "%.2f%%", outcome.perMetricConfidence() * 100) + " interval ("
                + (c.method() == GateConfig.Method.WELCH ? "Welch on log samples" : "bootstrap of medians")
                + (outcome.tested() > 1 && c.correction() == GateConfig.Correction.BONFERRONI
                        ? ", Bonferroni-corrected so that all " + outcome.tested() + " metrics together hold "
                                + String.format(Locale.ROOT, "%.0f%%", c.confidence() * 100) : "")
                + "). "
                + "<span class=\"bad\">▲</span> a significant regression beyond its threshold ("
                + String.format(Locale.ROOT, "%.0f%% throughput, %.0f%% start-up", c.throughputThreshold() * 100, c.startupThreshold() * 100)
                + "), <span class=\"warn\">△</span> significantly worse but within it, <span class=\"good\">▼</span> a significant "
                + "improvement; unmarked rows have an interval that includes no change.</p>\n");
        List<Comparison> judged = new ArrayList<>(outcome.comparisons().stream()
                .filter(x -> x.verdict().judged()).toList());
        judged.sort(Comparator.comparing((Comparison x) -> rank(x.verdict())).thenComparing(x -> x.key().label()));
        List<Comparison> marked = judged.stream().filter(x -> x.verdict() != Verdict.NO_SIGNIFICANT_CHANGE).toList();
        List<Comparison> unchanged = judged.stream().filter(x -> x.verdict() == Verdict.NO_SIGNIFICANT_CHANGE).toList();
        if (judged.isEmpty()) {
            html.append(HtmlText.notMeasured("comparison", "the baseline and this run share no gated metric"));
        } else if (!marked.isEmpty()) {
            html.append(table(marked));
        }
        if (!unchanged.isEmpty()) {
            html.append("<details><summary>").append(unchanged.size()).append(" metrics without significant change</summary>\n")
                    .append(table(unchanged)).append("</details>\n");
        }
        List<Comparison> unjudged = outcome.comparisons().stream()
                .filter(x -> !x.verdict().judged()).toList();
        if (!unjudged.isEmpty()) {
            html.append("<details><summary>").append(unjudged.size()).append(" metrics not judged</summary>\n<ul>\n");
            for (Comparison x : unjudged) {
                html.append("<li>").append(HtmlText.escape(x.key().label() + ": " + x.verdict().label() + " — " + x.note())).append("</li>\n");
            }
            html.append("</ul></details>\n");
        }
        if (outcome.newMetrics() > 0) html.append("<p>").append(outcome.newMetrics()).append(" metrics of this run are not in the baseline.</p>\n");
        return html.append("</section>\n").toString();
    }

    private static String table(List<Comparison> comparisons) {
        List<List<String>> rows = new ArrayList<>();
        for (Comparison x : comparisons) {
            boolean exponent = x.group() == GateGroup.EXPONENT;
            rows.add(List.of(mark(x.verdict()), HtmlText.escape(x.key().label()), HtmlText.escape(x.reference()),
                    HtmlText.escape(x.valueText(x.baseline())), HtmlText.escape(x.valueText(x.current())),
                    exponent ? "–" : NumberText.change(x.change()),
                    "<span class=\"nowrap\">" + (exponent ? NumberText.interval(x.ci()) : NumberText.changeInterval(x.ci())) + "</span>",
                    HtmlText.escape(x.verdict().label()), HtmlText.escape(x.note())));
        }
        return HtmlText.table("numbers comparison", List.of("", "metric", "normalized to", "baseline", "run", "change",
                "interval", "verdict", "note"), rows);
    }

    private static int rank(Verdict v) {
        return v.fails() ? 0 : v.significant() ? 1 : 2;
    }

    private static String mark(Verdict v) {
        return switch (v) {
            case REGRESSION, VALIDATION_FAILED, EXPONENT_OVER_LIMIT -> "<span class=\"bad\">▲</span>";
            case WORSE_WITHIN_THRESHOLD -> "<span class=\"warn\">△</span>";
            case IMPROVEMENT -> "<span class=\"good\">▼</span>";
            default -> "";
        };
    }
}
