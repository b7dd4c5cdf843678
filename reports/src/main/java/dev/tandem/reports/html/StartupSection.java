package dev.tandem.reports.html;

import dev.tandem.reports.chart.Bar;
import dev.tandem.reports.chart.BarCharts;
import dev.tandem.results.Result;
import dev.tandem.results.ResultsFile;
import dev.tandem.results.stats.Interval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Start-up: in-process phases (stacked), whole-process wall time and peak RSS, and density. */
final class StartupSection {

    /**
     * The schema's phases in the order they happen, the stacked bars reading left to right in time;
     * runtime-init (the engine's own start, e.g. a polyglot context) is one the lab writes beyond the schema table.
     */
    static final List<String> PHASES = List.of("phase.runtime-init", "phase.decode", "phase.compile", "phase.load",
            "phase.instantiate", "phase.first-call");

    private StartupSection() {
    }

    static String render(ReportContext ctx) {
        StringBuilder html = new StringBuilder("<section id=\"startup\">\n<h2>Start-up</h2>\n");
        html.append("<h3>In-process phases</h3>\n").append(phases(ctx));
        html.append("<h3>Whole process</h3>\n").append(process(ctx));
        html.append("<h3>Density</h3>\n").append(density(ctx));
        return html.append("</section>\n").toString();
    }

    private static String phases(ReportContext ctx) {
        if (!ctx.run().has("startup")) return HtmlText.notMeasured("in-process start-up phases", "this run has no startup results file");
        Map<String, List<Bar>> charts = new LinkedHashMap<>();
        for (ResultsFile f : ctx.run().harness("startup").toList()) {
            List<Result> phases = f.scored().filter(r -> r.metric().startsWith("phase."))
                    .sorted(Comparator.comparing((Result r) -> ReportContext.engineOrder(r.engine()))
                            .thenComparing(r -> phaseOrder(r.metric())))
                    .toList();
            for (Result r : phases) {
                String mode = r.param("mode", "cold");
                String chart = r.workload() + "|" + mode;
                String category = r.engine() + otherParams(r, "mode");
                charts.computeIfAbsent(chart, k -> new ArrayList<>())
                        .add(new Bar(category, r.metric().substring("phase.".length()), r.median() / 1e6, null));
            }
        }
        StringBuilder html = new StringBuilder();
        if (charts.isEmpty()) html.append(HtmlText.notMeasured("in-process start-up phases", "the startup results hold no validated phase.* metric"));
        charts.forEach((key, bars) -> {
            String workload = key.substring(0, key.indexOf('|')), mode = key.substring(key.indexOf('|') + 1);
            String id = "chart-startup-phases-" + HtmlText.slug(workload) + "-" + HtmlText.slug(mode);
            html.append(HtmlText.figure(id, "Start-up phases of " + workload + ", " + mode, BarCharts.stacked(bars, PHASES.stream().map(m -> m.substring("phase.".length())).toList(), "milliseconds (median of each phase)").svg(id),
                    "each bar is one engine's start-up split into its phases, the median of each in ms; shorter is better and "
                            + "a phase an engine does not have is absent. Cold is a fresh JVM per measurement, warm is "
                            + "repeated in one JVM."));
        });
        return html.append(ctx.notMeasuredLines("startup")).toString();
    }

    private static String process(ReportContext ctx) {
        if (!ctx.run().has("startup-process")) return HtmlText.notMeasured("whole-process start-up", "this run has no startup-process results file");
        StringBuilder html = new StringBuilder();
        List<Result> wall = scored(ctx, "startup-process", "wall"), rss = scored(ctx, "startup-process", "peak-rss");
        html.append(wall.isEmpty() ? HtmlText.notMeasured("whole-process wall time", "no validated wall metric")
                : HtmlText.figure("chart-process-wall", "Whole-process wall time",
                        BarCharts.grouped(bars(ctx, wall, 1 / msPer(wall)), "milliseconds (median, lower is better)", false, Double.NaN, true)
                                .svg("chart-process-wall"),
                        "wall time from launching the process to its exit, for the smallest program: the median bar with "
                                + "95% interval whiskers, Tandem's launcher next to node and the native binary."));
        html.append(rss.isEmpty() ? HtmlText.notMeasured("peak RSS", "no validated peak-rss metric")
                : HtmlText.figure("chart-process-rss", "Peak resident memory of the process",
                        BarCharts.grouped(bars(ctx, rss, 1.0 / (1 << 20)), "MiB (median, lower is better)", false, Double.NaN, true)
                                .svg("chart-process-rss"),
                        "the most memory the process ever had resident, including the JVM's heap, metaspace and code caches."));
        return html.append(ctx.notMeasuredLines("startup-process")).toString();
    }

    private static String density(ReportContext ctx) {
        if (!ctx.run().has("density")) return HtmlText.notMeasured("density", "this run has no density results file");
        StringBuilder html = new StringBuilder();
        List<Result> bytes = scored(ctx, "density", "bytes-per-instance"), time = scored(ctx, "density", "instantiate");
        html.append(bytes.isEmpty() ? HtmlText.notMeasured("bytes per instance", "no validated bytes-per-instance metric")
                : HtmlText.figure("chart-density-bytes", "Memory per live instance",
                        BarCharts.grouped(bars(ctx, bytes, 1.0 / 1024), "KiB per instance beyond linear memory (lower is better)", false, Double.NaN, true)
                                .svg("chart-density-bytes"),
                        "heap and off-heap bytes each additional live instance costs beyond its linear memory, measured with "
                                + "K instances alive (K in the label); lower means more instances per gigabyte."));
        html.append(time.isEmpty() ? HtmlText.notMeasured("time per instantiation", "no validated instantiate metric")
                : HtmlText.figure("chart-density-time", "Time per instantiation",
                        BarCharts.grouped(bars(ctx, time, 1 / msPer(time) * 1000), "µs per instantiation (median, lower is better)", false, Double.NaN, true)
                                .svg("chart-density-time"),
                        "time to create one more instance of a small module while K instances are alive, median with 95% whiskers."));
        return html.append(ctx.notMeasuredLines("density")).toString();
    }

    private static List<Result> scored(ReportContext ctx, String harness, String metric) {
        return ctx.run().harness(harness).flatMap(f -> f.scored(metric)).filter(r -> !Result.CALIBRATION.equals(r.workload()))
                .sorted(Comparator.comparing((Result r) -> ReportContext.engineOrder(r.engine())).thenComparing(Result::workload))
                .toList();
    }

    /** One bar per result, labelled by engine (and workload and params where they vary), scaled for display. */
    private static List<Bar> bars(ReportContext ctx, List<Result> results, double scale) {
        boolean manyWorkloads = results.stream().map(Result::workload).distinct().count() > 1;
        List<Bar> bars = new ArrayList<>();
        for (Result r : results) {
            String category = r.engine() + (manyWorkloads ? " · " + r.workload() : "") + otherParams(r, "");
            Interval ci = r.ci95() != null ? new Interval(r.ci95()[0], r.ci95()[1])
                    : r.samples().length >= 3 ? ctx.bootstrap().medianInterval(r.samples(), ctx.confidence()) : null;
            bars.add(new Bar(category, r.metric(), r.median() * scale,
                    ci == null ? null : new Interval(ci.low() * scale, ci.high() * scale)));
        }
        return bars;
    }

    /** The unit factor to milliseconds, from the results' unit (they share one per metric). */
    private static double msPer(List<Result> results) {
        return switch (results.getFirst().unit()) {
            case "ns" -> 1e6;
            case "ms" -> 1;
            case "s" -> 1e-3;
            default -> 1;
        };
    }

    private static String otherParams(Result r, String except) {
        StringBuilder text = new StringBuilder();
        r.paramTexts().forEach((k, v) -> {
            if (k.equals(except) || !Result.CONFIGURATION_PARAMS.contains(k)) return;
            text.append(text.isEmpty() ? " (" : ", ").append(k.equals("instances") ? "K" : k).append('=').append(v);
        });
        return text.isEmpty() ? "" : text.append(')').toString();
    }

    private static int phaseOrder(String metric) {
        int i = PHASES.indexOf(metric);
        return i < 0 ? PHASES.size() : i;
    }
}
