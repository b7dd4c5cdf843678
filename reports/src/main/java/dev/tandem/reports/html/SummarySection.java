package dev.tandem.reports.html;

import dev.tandem.reports.analysis.ScalingExponent;
import dev.tandem.reports.analysis.ThroughputRatios;
import dev.tandem.results.Artifact;
import dev.tandem.results.Failure;
import dev.tandem.results.Result;
import dev.tandem.results.ResultsFile;
import dev.tandem.results.Skip;
import dev.tandem.reports.text.NumberText;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The headline numbers per engine, the environment, the flame graphs, and what was not measured. */
final class SummarySection {

    private SummarySection() {
    }

    static String render(ReportContext ctx, ThroughputRatios ratios, List<ScalingExponent> exponents) {
        StringBuilder html = new StringBuilder("<section id=\"summary\">\n<h2>Summary</h2>\n");
        html.append("<p class=\"how\">How to read it: one row per engine; every ratio is formed within this run (never "
                + "against another machine or day). A dash means the harness did not measure that engine: the reasons are "
                + "listed under “Not measured”.</p>\n");
        html.append(headline(ctx, ratios));
        if (!exponents.isEmpty()) {
            html.append("<p>Module-load scaling exponent k (total time ≈ c·N<sup>k</sup>): ");
            List<String> parts = new ArrayList<>();
            for (ScalingExponent x : exponents) {
                parts.add(HtmlText.escape(x.label()) + " <strong>" + NumberText.sig3(x.value()) + "</strong>"
                        + (x.isNaiveAblation() ? " (naive ablation)" : ""));
            }
            html.append(String.join("; ", parts)).append(".</p>\n");
        }
        html.append("<h3>Environment</h3>\n").append(environment(ctx));
        html.append("<h3>Flame graphs</h3>\n").append(flameGraphs(ctx));
        html.append("<h3>Not measured</h3>\n").append(notMeasured(ctx));
        return html.append("</section>\n").toString();
    }

    private static String headline(ReportContext ctx, ThroughputRatios ratios) {
        TreeSet<String> engines = new TreeSet<>(Comparator.comparing(ReportContext::engineOrder).thenComparing(e -> e));
        ctx.run().files().forEach(f -> f.scored().filter(r -> !Result.CALIBRATION.equals(r.workload()))
                .forEach(r -> engines.add(r.engine())));
        if (engines.isEmpty()) return HtmlText.notMeasured("everything", "the results files hold no validated result");
        List<List<String>> rows = new ArrayList<>();
        for (String engine : engines) {
            ThroughputRatios.GeometricMean g = ratios.geometricMeans().get(engine);
            String throughput = g == null ? "–" : "<strong>" + NumberText.sig3(g.value()) + "×</strong> "
                    + NumberText.interval(g.ci()) + " over " + g.workloads();
            rows.add(List.of(HtmlText.escape(engine), throughput, coldStartup(ctx, engine),
                    median(ctx, "startup-process", "wall", engine, preferHello()),
                    median(ctx, "startup-process", "peak-rss", engine, preferHello()),
                    median(ctx, "density", "bytes-per-instance", engine, mostInstances()),
                    median(ctx, "density", "instantiate", engine, mostInstances())));
        }
        return HtmlText.table("numbers", List.of("engine", "throughput: geometric mean of time ÷ native [95%]",
                "in-process start-up, cold (sum of phases)", "whole-process wall", "peak RSS", "bytes per instance",
                "time per instantiation"), rows);
    }

    private static String coldStartup(ReportContext ctx, String engine) {
        List<Result> phases = ctx.run().harness("startup").flatMap(f -> f.scored())
                .filter(r -> r.engine().equals(engine) && r.metric().startsWith("phase.")
                        && "cold".equals(r.param("mode", "cold")))
                .toList();
        if (phases.isEmpty()) return "–";
        String workload = phases.stream().map(Result::workload).filter("hello"::equals).findFirst().orElse(phases.getFirst().workload());
        double ns = phases.stream().filter(r -> r.workload().equals(workload)).mapToDouble(r -> r.unit().equals("ms") ? r.median() * 1e6 : r.median()).sum();
        return NumberText.duration(ns) + (workload.equals("hello") ? "" : " (" + HtmlText.escape(workload) + ")");
    }

    private static Comparator<Result> preferHello() {
        return Comparator.comparing((Result r) -> r.workload().startsWith("hello") ? 0 : 1);
    }

    private static Comparator<Result> mostInstances() {
        return Comparator.comparing((Result r) -> -parse(r.param("instances")));
    }

    private static String median(ReportContext ctx, String harness, String metric, String engine, Comparator<Result> prefer) {
        Optional<Result> r = ctx.run().harness(harness).flatMap(f -> f.scored(metric))
                .filter(x -> x.engine().equals(engine)).min(prefer);
        return r.map(x -> NumberText.quantity(x.median(), x.unit())).orElse("–");
    }

    private static double parse(String number) {
        try {
            return number == null ? 0 : Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String environment(ReportContext ctx) {
        if (ctx.run().files().isEmpty()) return "";
        ResultsFile first = ctx.run().files().getFirst();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, String> e : first.environment().fields().entrySet()) {
            rows.add(List.of(HtmlText.escape(e.getKey()), HtmlText.escape(e.getValue())));
        }
        StringBuilder html = new StringBuilder(HtmlText.table("env", List.of("field", "value (from " + first.path().getFileName() + ")"), rows));
        List<List<String>> files = new ArrayList<>();
        for (ResultsFile f : ctx.run().files()) {
            boolean differs = !f.environment().get("gitRevision").equals(first.environment().get("gitRevision"))
                    || !f.environment().get("cpuModel").equals(first.environment().get("cpuModel"));
            files.add(List.of(HtmlText.escape(f.path().getFileName().toString()), HtmlText.escape(f.harness()),
                    HtmlText.escape(f.profile()), HtmlText.escape(f.environment().get("date")),
                    HtmlText.escape(f.environment().get("gitRevision")) + ("true".equals(f.environment().get("gitDirty")) ? " (dirty)" : ""),
                    differs ? "<span class=\"bad\">differs from the first file</span>" : "",
                    String.valueOf(f.results().size())));
        }
        return html.append(HtmlText.table("files", List.of("results file", "harness", "profile", "date", "git revision", "",
                "results"), files)).toString();
    }

    private static String flameGraphs(ReportContext ctx) {
        List<List<String>> rows = new ArrayList<>();
        for (ResultsFile f : ctx.run().files()) {
            for (Artifact a : f.artifacts()) {
                if (!a.kind().startsWith("flamegraph")) continue;
                String href = ctx.link(f, a.path());
                boolean exists = Files.exists(f.path().toAbsolutePath().getParent().resolve(a.path()));
                rows.add(List.of(HtmlText.escape(a.engine()), HtmlText.escape(a.workload()), HtmlText.escape(a.kind()),
                        "<a href=\"" + HtmlText.escape(href) + "\">" + HtmlText.escape(a.path()) + "</a>"
                                + (exists ? "" : " <span class=\"bad\">(file missing)</span>")));
            }
        }
        if (rows.isEmpty()) return "<p>No flame graphs in this run.</p>\n";
        return HtmlText.table("files", List.of("engine", "workload", "kind", "file"), rows);
    }

    /** Every skip, failure and unvalidated result of the run; a reason shared by several harnesses is one row. */
    private static String notMeasured(ReportContext ctx) {
        Map<List<String>, List<String>> harnessesByRow = new java.util.LinkedHashMap<>();
        for (ResultsFile f : ctx.run().files()) {
            for (Skip s : f.skipped()) {
                harnessesByRow.computeIfAbsent(List.of(s.engine(), s.workload(), "skipped", s.reason()), k -> new ArrayList<>()).add(f.harness());
            }
            for (Failure x : f.failures()) {
                harnessesByRow.computeIfAbsent(List.of(x.engine(), x.workload(), "failed", x.reason()), k -> new ArrayList<>()).add(f.harness());
            }
            f.results().stream().filter(r -> !r.validated()).forEach(r -> harnessesByRow.computeIfAbsent(
                    List.of(r.engine(), r.workload(), "not validated", "checksum did not match: no score for " + r.metric()),
                    k -> new ArrayList<>()).add(f.harness()));
        }
        List<List<String>> rows = new ArrayList<>();
        harnessesByRow.forEach((row, harnesses) -> rows.add(List.of(HtmlText.escape(row.get(0)), HtmlText.escape(row.get(1)),
                row.get(2).equals("skipped") ? "skipped" : "<span class=\"bad\">" + row.get(2) + "</span>",
                HtmlText.escape(String.join(", ", harnesses.stream().distinct().toList())), HtmlText.escape(row.get(3)))));
        rows.sort(java.util.Comparator.comparing((List<String> r) -> ReportContext.engineOrder(r.get(0))));
        for (String harness : List.of("throughput", "startup", "startup-process", "density", "deserialize")) {
            if (!ctx.run().has(harness)) rows.add(List.of("*", "*", "not run", harness, "this run has no " + harness + " results file"));
        }
        if (rows.isEmpty()) return "<p>Everything the harnesses know was measured.</p>\n";
        return HtmlText.table("files", List.of("engine", "workload", "status", "harnesses", "reason"), rows);
    }
}
