package dev.tandem.reports.gate;

import dev.tandem.reports.text.NumberText;
import java.util.List;
import java.util.Locale;

/** The gate's verdict as Markdown, for CI logs and job summaries: the verdict first, failures before everything else. */
public final class MarkdownSummary {

    private MarkdownSummary() {
    }

    public static String render(GateOutcome outcome, String baselineLabel, String runLabel) {
        GateConfig c = outcome.config();
        StringBuilder md = new StringBuilder();
        md.append("## Tandem regression gate: ").append(outcome.passed() ? "PASSED" : "FAILED").append("\n\n");
        md.append("- baseline: `").append(baselineLabel).append("`\n");
        md.append("- run: `").append(runLabel).append("`\n");
        md.append(String.format(Locale.ROOT,
                "- rule: a metric regresses when the %s interval of its change excludes 0%% and the change is worse than "
                        + "%.0f%% (throughput) or %.0f%% (start-up, density, load); the scaling exponent fails above %s; "
                        + "values are normalized within each run (to native, else the calibration kernel)\n",
                c.method() == GateConfig.Method.WELCH ? "Welch (log samples)" : "bootstrap (medians)",
                c.throughputThreshold() * 100, c.startupThreshold() * 100, NumberText.sig3(c.exponentLimit())));
        md.append(String.format(Locale.ROOT, "- intervals: %s per metric (%s)\n", percent(outcome.perMetricConfidence()),
                c.correction() == GateConfig.Correction.BONFERRONI && outcome.tested() > 1
                        ? "Bonferroni: " + percent(c.confidence()) + " for all " + outcome.tested() + " metrics together"
                        : "no multiple-comparison correction"));
        md.append(String.format(Locale.ROOT, "- judged %d metrics: %d regressions, %d failed validation, %d exponents over limit, "
                        + "%d worse within threshold, %d improvements, %d without significant change; %d not measured, %d not gated, "
                        + "%d new in this run (%d of them gated metrics not in the baseline)\n\n",
                outcome.judged(), outcome.with(Verdict.REGRESSION).size(), outcome.with(Verdict.VALIDATION_FAILED).size(),
                outcome.with(Verdict.EXPONENT_OVER_LIMIT).size(), outcome.with(Verdict.WORSE_WITHIN_THRESHOLD).size(),
                outcome.with(Verdict.IMPROVEMENT).size(), outcome.with(Verdict.NO_SIGNIFICANT_CHANGE).size(),
                outcome.with(Verdict.NOT_MEASURED).size(), outcome.with(Verdict.NOT_GATED).size(), outcome.newMetrics(),
                outcome.with(Verdict.NOT_IN_BASELINE).size()));
        List<Comparison> failing = outcome.comparisons().stream().filter(x -> x.verdict().fails()).toList();
        if (!failing.isEmpty()) table(md, "Failing", failing);
        table(md, "Significant changes that pass", outcome.comparisons().stream()
                .filter(x -> x.verdict() == Verdict.WORSE_WITHIN_THRESHOLD || x.verdict() == Verdict.IMPROVEMENT).toList());
        table(md, "Everything else judged", outcome.comparisons().stream()
                .filter(x -> x.verdict() == Verdict.NO_SIGNIFICANT_CHANGE || x.verdict() == Verdict.EXPONENT_WITHIN_LIMIT).toList());
        List<Comparison> unjudged = outcome.comparisons().stream()
                .filter(x -> !x.verdict().judged()).toList();
        if (!unjudged.isEmpty()) {
            md.append("### Not judged\n\n");
            for (Comparison x : unjudged) {
                md.append("- ").append(x.key().label()).append(": ").append(x.verdict().label()).append(" — ").append(x.note()).append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }

    /**
     * The verdict again in a few lines, for the end of a CI log: CI shows a log's tail, and the
     * summary above ends with the long list of metrics not judged, which once hid the one failing line.
     */
    public static String tail(GateOutcome outcome) {
        StringBuilder text = new StringBuilder();
        List<Comparison> failing = outcome.comparisons().stream().filter(x -> x.verdict().fails()).toList();
        text.append(String.format(Locale.ROOT, "gate: %s: %d of %d judged metrics failed%s%n", outcome.passed() ? "PASSED" : "FAILED",
                failing.size(), outcome.judged(), failing.isEmpty() ? "" : ":"));
        for (Comparison x : failing) {
            text.append("gate:   ").append(x.key().label()).append(": ").append(x.verdict().label());
            if (x.group() == GateGroup.EXPONENT) {
                text.append(' ').append(x.valueText(x.current())).append(' ').append(NumberText.interval(x.ci()));
            } else if (!Double.isNaN(x.change())) {
                text.append(' ').append(NumberText.change(x.change())).append(' ').append(NumberText.changeInterval(x.ci()))
                        .append(", ").append(x.valueText(x.baseline())).append(" -> ").append(x.valueText(x.current()));
            }
            if (!x.note().isEmpty()) text.append(" (").append(x.note()).append(')');
            text.append(System.lineSeparator());
        }
        return text.toString();
    }

    private static String percent(double level) {
        String text = String.format(Locale.ROOT, "%.4f", level * 100).replaceAll("0+$", "").replaceAll("\\.$", "");
        return text + "%";
    }

    private static void table(StringBuilder md, String title, List<Comparison> rows) {
        if (rows.isEmpty()) return;
        md.append("### ").append(title).append("\n\n");
        md.append("| metric | normalized to | baseline | run | change | interval | verdict | note |\n");
        md.append("| --- | --- | ---: | ---: | ---: | --- | --- | --- |\n");
        for (Comparison x : rows) {
            boolean exponent = x.group() == GateGroup.EXPONENT;
            md.append("| ").append(cell(x.key().label()))
                    .append(" | ").append(x.reference())
                    .append(" | ").append(x.valueText(x.baseline()))
                    .append(" | ").append(x.valueText(x.current()))
                    .append(" | ").append(exponent ? "–" : NumberText.change(x.change()))
                    .append(" | ").append(exponent ? NumberText.interval(x.ci()) : NumberText.changeInterval(x.ci()))
                    .append(" | ").append(x.verdict().fails() ? "**" + x.verdict().label() + "**" : x.verdict().label())
                    .append(" | ").append(cell(x.note())).append(" |\n");
        }
        md.append('\n');
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
