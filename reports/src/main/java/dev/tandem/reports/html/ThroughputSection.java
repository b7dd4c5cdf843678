package dev.tandem.reports.html;

import dev.tandem.reports.analysis.RatioCell;
import dev.tandem.reports.analysis.ThroughputRatios;
import dev.tandem.reports.chart.Bar;
import dev.tandem.reports.chart.BarCharts;
import dev.tandem.reports.text.NumberText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Time ratio to native per workload and engine, and the geometric mean per engine. */
final class ThroughputSection {

    static final String GEOMEAN = "geometric mean";

    private ThroughputSection() {
    }

    /** Engines of the schema's table the throughput harness neither measured nor explained: named, never silently absent. */
    private static String silentlyMissing(ReportContext ctx) {
        StringBuilder html = new StringBuilder();
        for (String engine : ReportContext.ENGINES) {
            boolean mentioned = ctx.run().harness("throughput").anyMatch(f -> f.results().stream().anyMatch(r -> r.engine().equals(engine))
                    || f.skipped().stream().anyMatch(s -> s.engine().equals(engine))
                    || f.failures().stream().anyMatch(x -> x.engine().equals(engine)));
            if (!mentioned) html.append(HtmlText.notMeasured(engine, "no throughput results, and the harness gave no reason"));
        }
        return html.toString();
    }

    /** The kernels' section; the real programs have theirs ({@link RealProgramsSection}). */
    static String render(ReportContext ctx, ThroughputRatios ratios) {
        StringBuilder html = new StringBuilder("<section id=\"throughput\">\n<h2>Throughput: time relative to native</h2>\n");
        if (!ctx.run().has("throughput")) {
            return html.append(HtmlText.notMeasured("throughput", "this run has no throughput results file")).append("</section>\n").toString();
        }
        if (ratios.cells().isEmpty()) {
            html.append(HtmlText.notMeasured("throughput ratios",
                    "no engine has a validated time with a validated native time for the same workload in the same file"));
        } else {
            List<Bar> bars = new ArrayList<>();
            ratios.cells().stream()
                    .sorted(Comparator.comparing((RatioCell c) -> c.workload()).thenComparing(c -> ReportContext.engineOrder(c.engine())))
                    .forEach(c -> bars.add(new Bar(c.workload() + (c.params().isEmpty() ? "" : " (" + c.params() + ")"),
                            c.engine(), c.ratio(), c.ci())));
            ratios.geometricMeans().entrySet().stream()
                    .sorted(Comparator.comparing(e -> ReportContext.engineOrder(e.getKey())))
                    .forEach(e -> bars.add(new Bar(GEOMEAN, e.getKey(), e.getValue().value(), e.getValue().ci())));
            String svg = BarCharts.grouped(bars, "time ÷ native time (log scale; lower is faster)", true, 1.0, false)
                    .svg("chart-throughput-ratio");
            html.append(HtmlText.figure("chart-throughput-ratio", "Time ratio to native, per workload and engine", svg,
                    "each bar is an engine's time for one run(n) at peak divided by the native gcc -O2 build's time "
                            + "in the same run: 1 (dashed line) is as fast as native, 2 twice as slow, and the axis is "
                            + "logarithmic. Whiskers are 95% bootstrap intervals; the last group is each engine's geometric "
                            + "mean over the workloads it ran."));
            List<List<String>> rows = new ArrayList<>();
            ratios.geometricMeans().entrySet().stream()
                    .sorted(Comparator.comparing(e -> ReportContext.engineOrder(e.getKey())))
                    .forEach(e -> rows.add(List.of(HtmlText.escape(e.getKey()), NumberText.sig3(e.getValue().value()) + "×",
                            NumberText.interval(e.getValue().ci()), String.valueOf(e.getValue().workloads()))));
            html.append(HtmlText.table("numbers", List.of("engine", "geometric mean of time ÷ native", "95% interval", "workloads"), rows));
        }
        for (ThroughputRatios.Unmatched u : ratios.unmatched()) {
            html.append(HtmlText.notMeasured("ratio of " + u.engine() + " on " + u.workload(), u.reason()));
        }
        java.util.Set<String> real = dev.tandem.reports.analysis.WorkloadSet.realPrograms(ctx.run());
        html.append(ctx.notMeasuredLines("throughput", workload -> !real.contains(workload)));
        html.append(silentlyMissing(ctx));
        return html.append("</section>\n").toString();
    }
}
