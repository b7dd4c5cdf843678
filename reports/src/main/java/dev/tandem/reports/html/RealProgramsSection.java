package dev.tandem.reports.html;

import dev.tandem.reports.analysis.RatioCell;
import dev.tandem.reports.analysis.ThroughputRatios;
import dev.tandem.reports.analysis.WorkloadSet;
import dev.tandem.reports.chart.Bar;
import dev.tandem.reports.chart.BarCharts;
import dev.tandem.reports.text.NumberText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The real-program set (SQLite, Lua, ...: throughput results with {@code params.set = "real"}) as a
 * section of its own, like the kernels': per-program bars per engine normalised to native with each
 * engine's geometric mean over the set, the same ratios to node in a table (issue 13's targets are
 * stated against both), whole-process wall time over native's, and warm-up curves.
 */
final class RealProgramsSection {

    private static final String NODE = "v8-node";

    private RealProgramsSection() {
    }

    static String render(ReportContext ctx) {
        StringBuilder html = new StringBuilder("<section id=\"real\">\n<h2>Real programs: time relative to native</h2>\n");
        Set<String> programs = WorkloadSet.realPrograms(ctx.run());
        if (programs.isEmpty()) {
            String reason = ctx.run().has("throughput") ? "the throughput results have no real-program results (params.set = real)"
                    : "this run has no throughput results file";
            return html.append(HtmlText.notMeasured("real programs", reason)).append("</section>\n").toString();
        }
        ThroughputRatios peak = ThroughputRatios.of(ctx.run(), ctx.bootstrap(), ctx.confidence(), WorkloadSet.REAL, "time");
        ThroughputRatios process = ThroughputRatios.of(ctx.run(), ctx.bootstrap(), ctx.confidence(), WorkloadSet.REAL, "wall");
        html.append(chart(peak, "chart-real-peak", "Real programs at peak: time ratio to native, per program and engine",
                "each bar is an engine's time for one whole run of the program (a fresh instance, _start to exit) at peak, "
                        + "in a JVM or node process that has already run it, divided by the native gcc -O2 build's time for "
                        + "the same run (a process per run) in the same results file: 1 (dashed line) is as fast as native, the "
                        + "axis is logarithmic, whiskers are 95% bootstrap intervals; the last group is each engine's geometric "
                        + "mean over the real programs it ran."));
        html.append(geometricMeans(peak, "time at peak"));
        html.append(nodeTable(peak));
        html.append(chart(process, "chart-real-process", "Real programs as a whole process: wall time ratio to native",
                "each bar is the wall time of a fresh process running the program once (tandem run, node with the lab's runner, "
                        + "the native binary), JVM or V8 start, compilation and warm-up included, divided by the native "
                        + "binary's wall time; log axis, 95% whiskers, geometric mean last."));
        html.append(geometricMeans(process, "whole-process wall"));
        String curves = WarmupSection.charts(ctx, WorkloadSet.REAL, "chart-warmup-real-");
        html.append(curves.isEmpty() ? HtmlText.notMeasured("real-program warm-up curves", "no real-program result has a per-run series")
                : curves);
        for (ThroughputRatios r : List.of(peak, process)) {
            for (ThroughputRatios.Unmatched u : r.unmatched()) {
                html.append(HtmlText.notMeasured("ratio of " + u.engine() + " on " + u.workload(), u.reason()));
            }
        }
        html.append(ctx.notMeasuredLines("throughput", programs::contains));
        return html.append("</section>\n").toString();
    }

    private static String chart(ThroughputRatios ratios, String id, String title, String howToRead) {
        if (ratios.cells().isEmpty()) {
            return HtmlText.notMeasured(title, "no engine has a validated result with a validated native result for the same program");
        }
        List<Bar> bars = new ArrayList<>();
        ratios.cells().stream()
                .sorted(Comparator.comparing(RatioCell::workload).thenComparing(c -> ReportContext.engineOrder(c.engine())))
                .forEach(c -> bars.add(new Bar(c.workload(), c.engine(), c.ratio(), c.ci())));
        ratios.geometricMeans().entrySet().stream()
                .sorted(Comparator.comparing(e -> ReportContext.engineOrder(e.getKey())))
                .forEach(e -> bars.add(new Bar(ThroughputSection.GEOMEAN, e.getKey(), e.getValue().value(), e.getValue().ci())));
        String svg = BarCharts.grouped(bars, "time ÷ native time (log scale; lower is faster)", true, 1.0, false).svg(id);
        return HtmlText.figure(id, title, svg, howToRead);
    }

    private static String geometricMeans(ThroughputRatios ratios, String what) {
        if (ratios.geometricMeans().isEmpty()) return "";
        List<List<String>> rows = new ArrayList<>();
        ratios.geometricMeans().entrySet().stream()
                .sorted(Comparator.comparing(e -> ReportContext.engineOrder(e.getKey())))
                .forEach(e -> rows.add(List.of(HtmlText.escape(e.getKey()), NumberText.sig3(e.getValue().value()) + "×",
                        NumberText.interval(e.getValue().ci()), String.valueOf(e.getValue().workloads()))));
        return HtmlText.table("numbers", List.of("engine", "geometric mean of " + what + " ÷ native over the real programs",
                "95% interval", "programs"), rows);
    }

    /** Each program's time over node's (ratio of the two ratios to native; node's own row omitted). */
    private static String nodeTable(ThroughputRatios ratios) {
        List<List<String>> rows = new ArrayList<>();
        ratios.cells().stream()
                .filter(c -> !c.engine().equals(NODE))
                .sorted(Comparator.comparing(RatioCell::workload).thenComparing(c -> ReportContext.engineOrder(c.engine())))
                .forEach(c -> {
                    Optional<RatioCell> node = ratios.cells().stream()
                            .filter(n -> n.engine().equals(NODE) && n.workload().equals(c.workload())).findFirst();
                    rows.add(List.of(HtmlText.escape(c.workload()), HtmlText.escape(c.engine()), NumberText.sig3(c.ratio()) + "×",
                            node.map(n -> NumberText.sig3(c.ratio() / n.ratio()) + "×").orElse("– (no node time)")));
                });
        if (rows.isEmpty()) return "";
        return HtmlText.table("numbers", List.of("program", "engine", "time ÷ native", "time ÷ node (v8-node)"), rows);
    }
}
