package dev.tandem.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.reports.SyntheticResults;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPageTest {

    /** Every chart the synthetic run (all five harnesses, two thread counts) must produce. */
    static final List<String> EXPECTED_CHARTS = List.of("chart-throughput-ratio", "chart-warmup-json", "chart-warmup-nbody",
            "chart-warmup-sha256", "chart-startup-phases-hello-cold", "chart-startup-phases-hello-warm", "chart-process-wall",
            "chart-process-rss", "chart-density-bytes", "chart-density-time", "chart-scaling-threads-1", "chart-scaling-threads-2");

    /** The same run with the real-program set: its section's charts follow the kernels' warm-up curves. */
    static final List<String> EXPECTED_CHARTS_WITH_REAL = List.of("chart-throughput-ratio", "chart-warmup-json", "chart-warmup-nbody",
            "chart-warmup-sha256", "chart-real-peak", "chart-real-process", "chart-warmup-real-lua", "chart-warmup-real-sqlite",
            "chart-startup-phases-hello-cold", "chart-startup-phases-hello-warm", "chart-process-wall",
            "chart-process-rss", "chart-density-bytes", "chart-density-time", "chart-scaling-threads-1", "chart-scaling-threads-2");

    private static final Pattern FIGURE = Pattern.compile("<figure class=\"chart\" id=\"([^\"]+)\">(.*?)</figure>", Pattern.DOTALL);
    private static final Pattern DRAWN = Pattern.compile("<(path|rect|line|polyline|polygon|text|circle|ellipse)\\b");

    @TempDir
    Path tmp;

    static String report(Path results, Path baseline, Path out) throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream(), stderr = new ByteArrayOutputStream();
        String[] args = baseline == null
                ? new String[] {"--out", out.toString(), results.toString()}
                : new String[] {"--out", out.toString(), "--baseline", baseline.toString(), results.toString()};
        int code = ReportMain.run(args, new PrintStream(stdout), new PrintStream(stderr));
        assertEquals(0, code, "report failed: " + stderr);
        assertEquals(out.resolve("index.html").toAbsolutePath().toString(), stdout.toString().trim());
        return Files.readString(out.resolve("index.html"));
    }

    @Test
    void everyChartIsPresentAsNonEmptySvg() throws Exception {
        String html = report(SyntheticResults.full(tmp.resolve("run"), 1), null, tmp.resolve("out"));
        Matcher m = FIGURE.matcher(html);
        java.util.Map<String, String> figures = new java.util.LinkedHashMap<>();
        while (m.find()) figures.put(m.group(1), m.group(2));
        assertEquals(EXPECTED_CHARTS, List.copyOf(figures.keySet()));
        figures.forEach((id, body) -> {
            assertTrue(body.contains("<svg") && body.contains("</svg>"), id + " has no inline svg");
            long drawn = DRAWN.matcher(body).results().count();
            assertTrue(drawn >= 20, id + " draws only " + drawn + " elements");
            assertTrue(body.contains("How to read it:"), id + " has no explanation");
        });
    }

    /**
     * The full profile runs interpreters at the quick size and native at both (two sizes of one
     * workload), and loads two module sets with the same params.
     */
    @Test
    void theFullProfilesShapeRenders() throws Exception {
        Path run = new dev.tandem.reports.SyntheticRun(4).fullProfileShape().writeTo(tmp.resolve("run"));
        String html = report(run, null, tmp.resolve("out"));
        Matcher m = FIGURE.matcher(html);
        java.util.Map<String, String> figures = new java.util.LinkedHashMap<>();
        while (m.find()) figures.put(m.group(1), m.group(2));
        for (String w : List.of("json", "nbody", "sha256")) {
            String atDefault = figures.get("chart-warmup-" + w + "-default");
            String atQuick = figures.get("chart-warmup-" + w + "-quick");
            assertTrue(atDefault != null && atQuick != null, "no warm-up chart per size for " + w + ": " + figures.keySet());
            assertTrue(atDefault.contains("tandem-truffle-jit") && !atDefault.contains("chicory-interp"), w + " default");
            assertTrue(atQuick.contains("chicory-interp") && !atQuick.contains("tandem-truffle-jit"), w + " quick");
        }
        String scaling = figures.get("chart-scaling-threads-1");
        assertTrue(scaling.contains("tandem-aot-twasm modules-2000 ") && scaling.contains("tandem-aot-twasm modules-2000-f100 "),
                "the two module sets are not told apart on the scaling chart");
        assertTrue(html.contains("<td>modules-2000-f100</td>"), "the exponent table does not name the module set");
    }

    @Test
    void pageNeedsNoNetwork() throws Exception {
        String html = report(SyntheticResults.full(tmp.resolve("run"), 1), null, tmp.resolve("out"));
        // The only URLs allowed are XML namespace names, which browsers never fetch.
        String withoutNamespaces = html.replace("http://www.w3.org/2000/svg", "").replace("http://www.w3.org/1999/xlink", "")
                .replace("http://www.jfree.org/jfreesvg/svg", "");
        assertFalse(withoutNamespaces.contains("http://"), "page references http://");
        assertFalse(withoutNamespaces.contains("https://"), "page references https://");
        assertFalse(html.contains("<link"), "page links an external stylesheet");
        assertFalse(Pattern.compile("<script[^>]+src=").matcher(html).find(), "page loads a script");
        assertTrue(html.contains("href=\"../run/flame/tandem-aot-memory-nbody-cpu.html\""), "flame graph link is not relative to the page");
    }

    @Test
    void skippedAndFailedEnginesAreNamedWithTheirReasons() throws Exception {
        String html = report(SyntheticResults.full(tmp.resolve("run"), 1), null, tmp.resolve("out"));
        assertTrue(html.contains("<strong>Not measured:</strong> v8-node-liftoff — node not found on PATH"));
        assertTrue(html.contains("chicory-compiler on json (no score)</p>") || html.contains("chicory-compiler on json (no score) — checksum mismatch"),
                "the validation failure is not shown");
    }

    @Test
    void aMissingHarnessIsNotMeasuredNotABrokenChart() throws Exception {
        Path run = new dev.tandem.reports.SyntheticRun(3).without("deserialize").without("density").writeTo(tmp.resolve("run"));
        String html = report(run, null, tmp.resolve("out"));
        assertTrue(html.contains("<strong>Not measured:</strong> module-load scaling — this run has no deserialize results file"));
        assertTrue(html.contains("<strong>Not measured:</strong> density — this run has no density results file"));
        assertFalse(html.contains("id=\"chart-scaling-threads-1\""));
        assertFalse(html.contains("id=\"chart-density-bytes\""));
        assertTrue(html.contains("id=\"chart-throughput-ratio\""));
    }

    @Test
    void aBaselineAddsAComparisonThatMarksTheRegression() throws Exception {
        Path baseline = SyntheticResults.full(tmp.resolve("base"), 1);
        Path run = new dev.tandem.reports.SyntheticRun(2).throughputSlowdown("tandem-aot-memory", 1.3).writeTo(tmp.resolve("run"));
        String html = report(run, baseline, tmp.resolve("out"));
        assertTrue(html.contains("<section id=\"comparison\">"));
        assertTrue(html.contains("Gate fails against"));
        assertTrue(Pattern.compile("<span class=\"bad\">▲</span></td><td>throughput · nbody · tandem-aot-memory · time").matcher(html).find(),
                "the regression is not marked");
    }

    @Test
    void realProgramsHaveTheirOwnSection() throws Exception {
        String html = report(SyntheticResults.withRealPrograms(tmp.resolve("run"), 1), null, tmp.resolve("out"));
        Matcher m = FIGURE.matcher(html);
        java.util.Map<String, String> figures = new java.util.LinkedHashMap<>();
        while (m.find()) figures.put(m.group(1), m.group(2));
        assertEquals(EXPECTED_CHARTS_WITH_REAL, List.copyOf(figures.keySet()));
        assertFalse(figures.get("chart-throughput-ratio").contains("sqlite"), "a real program among the kernels");
        assertTrue(figures.get("chart-real-peak").contains("sqlite") && figures.get("chart-real-peak").contains("lua"));
        assertFalse(figures.get("chart-real-peak").contains("nbody"), "a kernel among the real programs");
        String real = html.substring(html.indexOf("<section id=\"real\">"), html.indexOf("</section>", html.indexOf("<section id=\"real\">")));
        String kernels = html.substring(html.indexOf("<section id=\"throughput\">"), html.indexOf("</section>", html.indexOf("<section id=\"throughput\">")));
        // The AOT tier at 2.0x native and node at 1.3x: 1.54x node (noise moves the third digit).
        assertTrue(Pattern.compile("<td>sqlite</td><td>tandem-aot-memory</td><td>[12]\\.\\d+×</td><td>1\\.[456]\\d?×</td>").matcher(real).find(), real);
        assertTrue(real.contains("geometric mean of time at peak ÷ native over the real programs"));
        assertTrue(real.contains("<strong>Not measured:</strong> chicory-interp on lua — real programs: an interpreter"), "skip not in the real section");
        assertTrue(real.contains("graalwasm on sqlite (no score)"), "failure not in the real section");
        assertFalse(kernels.contains("on lua") || kernels.contains("on sqlite"), "real programs' skips listed among the kernels");
        assertTrue(html.contains("<a href=\"#real\">Real programs</a>"));
    }

    @Test
    void aRunWithoutRealProgramsSaysSo() throws Exception {
        String html = report(SyntheticResults.full(tmp.resolve("run"), 1), null, tmp.resolve("out"));
        assertTrue(html.contains("<strong>Not measured:</strong> real programs — the throughput results have no real-program results"));
    }
}
