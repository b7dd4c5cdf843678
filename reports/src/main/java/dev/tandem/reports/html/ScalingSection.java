package dev.tandem.reports.html;

import dev.tandem.reports.analysis.ScalingCurve;
import dev.tandem.reports.analysis.ScalingExponent;
import dev.tandem.reports.chart.EnginePalette;
import dev.tandem.reports.chart.LineCharts;
import dev.tandem.reports.gate.GateConfig;
import dev.tandem.results.Result;
import dev.tandem.results.ResultsFile;
import dev.tandem.reports.text.NumberText;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Module-load scaling: per-module load time against modules loaded, log-log, one chart per thread count. */
final class ScalingSection {

    private static final Color NAIVE = new Color(0xb2182b);

    private ScalingSection() {
    }

    static String render(ReportContext ctx, List<ScalingExponent> exponents) {
        StringBuilder html = new StringBuilder("<section id=\"scaling\">\n<h2>Module-load scaling</h2>\n");
        if (!ctx.run().has("deserialize")) {
            return html.append(HtmlText.notMeasured("module-load scaling", "this run has no deserialize results file"))
                    .append("</section>\n").toString();
        }
        Map<Integer, List<LineCharts.Line>> byThreads = new TreeMap<>();
        // One colour per configuration (threads aside) on every chart, so the charts compare at a glance.
        List<String> configurations = ctx.run().harness("deserialize").flatMap(f -> f.scored("load"))
                .map(ScalingSection::lineKey).distinct().sorted().toList();
        for (ResultsFile f : ctx.run().harness("deserialize").toList()) {
            List<Result> loads = f.scored("load").filter(Result::hasSeries)
                    .sorted(Comparator.comparing((Result r) -> ReportContext.engineOrder(r.engine())).thenComparing(Result::configuration))
                    .toList();
            for (Result r : loads) {
                ScalingCurve curve = ScalingCurve.of(r);
                if (curve.loaded().length < 2) continue;
                int threads = parseThreads(r.param("threads"));
                String exponent = exponents.stream().filter(x -> x.describes(r))
                        .map(x -> ", k = " + NumberText.sig3(x.value())).findFirst().orElse("");
                String key = lineKey(r);
                String label = key + exponent;
                double[] micros = new double[curve.nanos().length];
                for (int i = 0; i < micros.length; i++) micros[i] = curve.nanos()[i] / 1e3;
                List<LineCharts.Line> lines = byThreads.computeIfAbsent(threads, t -> new ArrayList<>());
                Color colour = "naive".equals(r.param("registry")) ? NAIVE : EnginePalette.series(configurations.indexOf(key));
                lines.add(new LineCharts.Line(label, curve.loaded(), micros, colour, "false".equals(r.param("unwind")), Double.NaN, Double.NaN));
            }
        }
        if (byThreads.isEmpty()) {
            html.append(HtmlText.notMeasured("module-load scaling curves", "the deserialize results carry no load series"));
        }
        byThreads.forEach((threads, lines) -> {
            String id = "chart-scaling-threads-" + threads;
            html.append(HtmlText.figure(id, "Load time per module, " + threads + (threads == 1 ? " thread" : " threads"),
                    LineCharts.scaling(lines).svg(id),
                    "per-module load time against the number of modules loaded so far, both axes logarithmic (binned "
                            + "medians): a flat line means each load costs the same however many are loaded (total time linear "
                            + "in N); a rising line means loads slow down as the registry grows. Dashed: unwind info off; "
                            + "red: the naive-registry ablation, which is meant to rise."));
        });
        html.append(exponentTable(exponents)).append(totalsTable(ctx));
        html.append(ctx.notMeasuredLines("deserialize"));
        return html.append("</section>\n").toString();
    }

    private static String exponentTable(List<ScalingExponent> exponents) {
        if (exponents.isEmpty()) return HtmlText.notMeasured("scaling exponents", "no scaling-exponent results and no load series to fit");
        double limit = GateConfig.defaults().exponentLimit();
        List<List<String>> rows = new ArrayList<>();
        for (ScalingExponent x : exponents) {
            String verdict = x.isNaiveAblation() ? "ablation (expected steep)"
                    : x.value() > limit ? "<span class=\"bad\">over " + NumberText.sig3(limit) + "</span>" : "within " + NumberText.sig3(limit);
            rows.add(List.of(HtmlText.escape(x.engine()), HtmlText.escape(x.workload()), HtmlText.escape(x.params()), NumberText.sig3(x.value()),
                    NumberText.interval(x.ci()), HtmlText.escape(x.source()), verdict));
        }
        return "<p class=\"how\">How to read it: k is the exponent in total load time ≈ c·N<sup>k</sup>: 1 is linear, 2 quadratic. "
                + "The gate fails a configuration above " + NumberText.sig3(limit) + ", except the naive-registry ablation.</p>\n"
                + HtmlText.table("numbers", List.of("engine", "module set", "configuration", "k", "95% interval", "source", "gate"), rows);
    }

    private static String totalsTable(ReportContext ctx) {
        List<List<String>> rows = new ArrayList<>();
        for (ResultsFile f : ctx.run().harness("deserialize").toList()) {
            for (String metric : List.of("total-load", "unload", "memory")) {
                f.scored(metric).forEach(r -> rows.add(List.of(HtmlText.escape(r.engine()), HtmlText.escape(r.workload()), HtmlText.escape(r.configuration()),
                        HtmlText.escape(metric), NumberText.quantity(r.median(), r.unit()))));
            }
        }
        if (rows.isEmpty()) return "";
        return HtmlText.table("numbers", List.of("engine", "module set", "configuration", "metric", "median"), rows);
    }

    /** One line per engine, module set and configuration; the thread count is the chart. */
    private static String lineKey(Result r) {
        return r.engine() + " " + r.workload() + " " + withoutThreads(ScalingExponent.configuration(r));
    }

    private static int parseThreads(String threads) {
        try {
            return threads == null ? 1 : Integer.parseInt(threads);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String withoutThreads(String config) {
        return config.replaceAll("(^|, )threads=[^,]*", "").replaceAll("^, ", "");
    }
}
