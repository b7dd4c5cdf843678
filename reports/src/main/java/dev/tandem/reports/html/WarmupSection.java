package dev.tandem.reports.html;

import dev.tandem.reports.analysis.WarmupCurve;
import dev.tandem.reports.analysis.WorkloadSet;
import dev.tandem.reports.chart.EnginePalette;
import dev.tandem.reports.chart.LineCharts;
import dev.tandem.results.Result;
import dev.tandem.results.ResultsFile;
import dev.tandem.reports.text.NumberText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Warm-up curves: time per iteration from the first call, one chart per workload and size, time-to-peak
 * marked. The full profile runs the interpreters at the quick size (and native at both), so one
 * workload can have two sizes; their curves are never drawn on one axis.
 */
final class WarmupSection {

    private WarmupSection() {
    }

    /** The kernels' warm-up section (the real programs' curves are in their own section). */
    static String render(ReportContext ctx) {
        StringBuilder html = new StringBuilder("<section id=\"warmup\">\n<h2>Warm-up: time per iteration</h2>\n");
        String charts = charts(ctx, WorkloadSet.KERNELS, "chart-warmup-");
        if (charts.isEmpty()) {
            String reason = ctx.run().has("throughput") ? "the throughput results carry no per-iteration series"
                    : "this run has no throughput results file";
            return html.append(HtmlText.notMeasured("warm-up curves", reason)).append("</section>\n").toString();
        }
        return html.append(charts).append("</section>\n").toString();
    }

    /**
     * One warm-up chart per workload and size of {@code set}, ids starting with {@code idPrefix}; empty
     * when no result of the set has a series.
     */
    static String charts(ReportContext ctx, WorkloadSet set, String idPrefix) {
        StringBuilder html = new StringBuilder();
        Map<WorkloadSize, List<LineCharts.Line>> byChart = new LinkedHashMap<>();
        for (ResultsFile f : ctx.run().harness("throughput").toList()) {
            List<Result> timed = f.scored("time").filter(Result::hasSeries).filter(set::contains)
                    .sorted(Comparator.comparing((Result r) -> r.workload()).thenComparing(r -> ReportContext.engineOrder(r.engine())))
                    .toList();
            for (Result r : timed) {
                if (r.series().size() < 2) continue;
                WarmupCurve curve = WarmupCurve.of(r);
                Optional<Result> labTtp = f.scored("time-to-peak")
                        .filter(t -> t.engine().equals(r.engine()) && t.workload().equals(r.workload()) && t.sizeText().equals(r.sizeText()))
                        .findFirst();
                String ttp = labTtp.map(t -> NumberText.quantity(t.median(), t.unit()) + " to peak")
                        .orElse(NumberText.sig3(curve.msToPeak()) + " ms to peak");
                double[] ms = new double[curve.times().length];
                for (int i = 0; i < ms.length; i++) ms[i] = curve.times()[i] / 1e6;
                String label = r.engine() + (r.configuration().isEmpty() ? "" : " (" + r.configuration() + ")")
                        + ": peak at iteration " + (long) curve.iterations()[curve.peakIndex()] + ", " + ttp;
                byChart.computeIfAbsent(new WorkloadSize(r.workload(), r.sizeText()), k -> new ArrayList<>()).add(new LineCharts.Line(label,
                        curve.iterations(), ms, EnginePalette.engine(r.engine()), false,
                        curve.iterations()[curve.peakIndex()], ms[curve.peakIndex()]));
            }
        }
        Map<String, Long> sizesPerWorkload = byChart.keySet().stream()
                .collect(Collectors.groupingBy(WorkloadSize::workload, Collectors.counting()));
        byChart.forEach((key, lines) -> {
            boolean named = sizesPerWorkload.get(key.workload()) > 1;
            String id = idPrefix + HtmlText.slug(key.workload()) + (named ? "-" + HtmlText.slug(key.size()) : "");
            String title = "Warm-up on " + key.workload() + (named ? " (" + key.size() + " size)" : "");
            html.append(HtmlText.figure(id, title, LineCharts.warmup(lines).svg(id),
                    "each line is one engine's time per iteration from its first call, on a log scale; JIT tiers start "
                            + "high and fall as code is compiled. The diamond marks where the line reaches peak (every later "
                            + "iteration stays within 10% of the final level); the legend gives the wall time it took."
                            + (set == WorkloadSet.REAL ? " An iteration is one whole run of the program (a fresh instance, _start to exit), "
                                    + "drawn for the first JVM or process." : "")));
        });
        return html.toString();
    }

    private record WorkloadSize(String workload, String size) {
    }
}
