package dev.tandem.reports.html;

import dev.tandem.reports.analysis.ScalingExponent;
import dev.tandem.reports.analysis.ThroughputRatios;
import dev.tandem.reports.gate.Gate;
import dev.tandem.reports.gate.GateConfig;
import dev.tandem.reports.gate.GateOutcome;
import dev.tandem.results.Run;
import dev.tandem.results.stats.Bootstrap;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole report as one HTML string: styles inline, charts as inline SVG, no script or font
 * fetched from anywhere, so it opens from a file:// URL, a CI artifact or a mail attachment alike.
 */
public final class ReportPage {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1040px;padding:0 24px 48px;color:#222;line-height:1.45}
            h1{margin-top:24px}h2{border-bottom:2px solid #ddd;padding-bottom:4px;margin-top:40px}
            nav a{margin-right:14px}
            table{border-collapse:collapse;margin:12px 0;font-size:14px}
            th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f4f4f4}
            table.numbers td{font-variant-numeric:tabular-nums}
            figure.chart{margin:20px 0;border:1px solid #e4e4e4;padding:8px}
            figure.chart svg{width:100%;height:auto;display:block}
            figcaption{font-size:14px;margin-bottom:6px}
            .how{color:#555;font-size:14px}
            .not-measured{background:#fff8e1;border-left:4px solid #f0b400;padding:6px 10px;font-size:14px}
            .bad{color:#b2182b;font-weight:bold}.warn{color:#d07000}.good{color:#1a7f37;font-weight:bold}
            p.verdict{font-size:17px;padding:8px 12px;background:#f6f6f6}
            code{background:#f4f4f4;padding:0 3px}
            .nowrap{white-space:nowrap}
            details{margin:10px 0}summary{cursor:pointer}
            """;

    /**
     * Marks each chart with what the browser actually laid out (size of the SVG and of its drawn
     * content, number of drawn elements), so a headless-browser test can tell a chart that renders
     * from markup that merely exists, and the page height, for a full-page screenshot. Reading the
     * page needs none of it.
     */
    private static final String RENDER_CHECK = """
            <script>
            document.querySelectorAll('figure.chart').forEach(function (f) {
              var s = f.querySelector('svg'), r = s && s.getBoundingClientRect(), b = s && s.getBBox();
              var n = s ? s.querySelectorAll('path,rect,line,polyline,polygon,text,circle,ellipse').length : 0;
              f.setAttribute('data-rendered', s && r.width > 0 && r.height > 0 && b.width > 0 && b.height > 0 && n > 0
                ? Math.round(r.width) + 'x' + Math.round(r.height) + ' content ' + Math.round(b.width) + 'x' + Math.round(b.height) + ' elements ' + n
                : 'empty');
            });
            document.body.setAttribute('data-charts', String(document.querySelectorAll('figure.chart').length));
            document.body.setAttribute('data-height', String(document.documentElement.scrollHeight));
            </script>
            """;

    static final double DISPLAY_CONFIDENCE = 0.95;

    private ReportPage() {
    }

    /**
     * @param baseline the baseline run, or null for a report without a comparison section
     * @param outDir where index.html goes: links to flame graphs are made relative to it
     * @param config the gate's settings, for the comparison section
     */
    public static String render(Run run, Run baseline, String baselineLabel, Path outDir, GateConfig config) {
        // Charts show plain 95% intervals; only the comparison uses the gate's corrected levels.
        ReportContext ctx = new ReportContext(run, outDir, new Bootstrap(config.resamples(), config.seed()), DISPLAY_CONFIDENCE);
        ThroughputRatios ratios = ThroughputRatios.of(run, ctx.bootstrap(), ctx.confidence());
        List<ScalingExponent> exponents = ScalingExponent.of(run);
        String revision = run.files().isEmpty() ? "" : run.files().getFirst().environment().get("gitRevision");
        String date = run.files().isEmpty() ? "" : run.files().getFirst().environment().get("date");
        String profile = run.files().isEmpty() ? "" : run.files().getFirst().profile();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Tandem lab report ").append(HtmlText.escape(revision)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>Tandem lab report</h1>\n<p>Revision <code>").append(HtmlText.escape(revision)).append("</code>, profile <code>")
                .append(HtmlText.escape(profile)).append("</code>, measured ").append(HtmlText.escape(date)).append(", from ")
                .append(run.files().size()).append(" results files.</p>\n");
        html.append("<nav><a href=\"#summary\">Summary</a>")
                .append(baseline != null ? "<a href=\"#comparison\">Comparison</a>" : "")
                .append("<a href=\"#throughput\">Throughput</a><a href=\"#warmup\">Warm-up</a><a href=\"#real\">Real programs</a>")
                .append("<a href=\"#startup\">Start-up</a>")
                .append("<a href=\"#scaling\">Module-load scaling</a></nav>\n");
        html.append(SummarySection.render(ctx, ratios, exponents));
        if (baseline != null) {
            GateOutcome outcome = new Gate(config).compare(baseline, run);
            html.append(ComparisonSection.render(outcome, baselineLabel));
        }
        html.append(ThroughputSection.render(ctx, ratios));
        html.append(WarmupSection.render(ctx));
        html.append(RealProgramsSection.render(ctx));
        html.append(StartupSection.render(ctx));
        html.append(ScalingSection.render(ctx, exponents));
        html.append(RENDER_CHECK).append("</body>\n</html>\n");
        return html.toString();
    }
}
