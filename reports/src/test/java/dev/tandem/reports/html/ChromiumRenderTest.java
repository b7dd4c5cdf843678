package dev.tandem.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.reports.SyntheticRun;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Renders a generated report in headless Chromium, as a reader would open it (file://, no
 * network): every chart must be laid out with drawn content, and a full-page screenshot is kept in
 * target/chromium/ for people to look at. Skipped, with the reason, only when no Chromium is installed.
 */
class ChromiumRenderTest {

    private static final Pattern FIGURE = Pattern.compile("<figure class=\"chart\" id=\"([^\"]+)\" data-rendered=\"([^\"]*)\">");
    private static final Pattern BODY = Pattern.compile("<body data-charts=\"(\\d+)\" data-height=\"(\\d+)\">");
    private static final Pattern RENDERED = Pattern.compile("(\\d+)x(\\d+) content (\\d+)x(\\d+) elements (\\d+)");
    private static final int WIDTH = 1280;

    static Optional<Path> chromium() {
        String override = System.getenv("TANDEM_CHROMIUM");
        if (override != null && !override.isBlank()) return Optional.of(Path.of(override));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Runs Chromium headless on the page with the given extra arguments; returns its stdout. */
    private static String run(Path chromium, Path profile, Path page, String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile));
        command.addAll(List.of(extra));
        command.add(page.toUri().toString());
        Path stdout = Files.createTempFile(profile, "stdout", ".html");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s: " + command);
        }
        assertEquals(0, p.exitValue(), "chromium failed: " + command);
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    @Test
    void everyChartRendersInHeadlessChromium() throws Exception {
        Optional<Path> chromium = chromium();
        assumeTrue(chromium.isPresent(), "chromium is not installed (no chromium or chromium-browser on PATH, TANDEM_CHROMIUM unset):"
                + " install the Debian package chromium (apt-get install -y chromium) to run this test");
        Path out = Path.of(System.getProperty("reports.build.dir", "target"), "chromium");
        deleteRecursively(out);
        Path baseline = new SyntheticRun(1).writeTo(out.resolve("baseline"));
        // The run has the real-program set and the baseline does not (as today's committed baseline).
        Path run = new SyntheticRun(2).realPrograms().throughputSlowdown("tandem-aot-memory", 1.3).writeTo(out.resolve("run"));
        ReportPageTest.report(run, baseline, out.resolve("report"));
        Path page = out.resolve("report/index.html").toAbsolutePath();
        Path profile = Files.createTempDirectory("tandem-chromium-");
        try {
            String dom = run(chromium.get(), profile, page, "--window-size=" + WIDTH + ",900", "--dump-dom");
            Matcher body = BODY.matcher(dom);
            assertTrue(body.find(), "the page's render check did not run (no data-charts on <body>)");
            Map<String, String> rendered = new LinkedHashMap<>();
            Matcher m = FIGURE.matcher(dom);
            while (m.find()) rendered.put(m.group(1), m.group(2));
            assertEquals(ReportPageTest.EXPECTED_CHARTS_WITH_REAL, List.copyOf(rendered.keySet()));
            assertEquals(String.valueOf(rendered.size()), body.group(1));
            rendered.forEach((id, r) -> {
                Matcher size = RENDERED.matcher(r);
                assertTrue(size.matches(), id + " did not render: " + r);
                assertTrue(Integer.parseInt(size.group(1)) > 600 && Integer.parseInt(size.group(2)) > 100, id + " is laid out too small: " + r);
                assertTrue(Integer.parseInt(size.group(3)) > 0 && Integer.parseInt(size.group(4)) > 0, id + " draws nothing: " + r);
                assertTrue(Integer.parseInt(size.group(5)) >= 20, id + " draws almost nothing: " + r);
            });

            int height = Math.min(Integer.parseInt(body.group(2)), 20_000);
            Path screenshot = out.resolve("report.png").toAbsolutePath();
            run(chromium.get(), profile, page, "--window-size=" + WIDTH + "," + height, "--hide-scrollbars", "--screenshot=" + screenshot);
            BufferedImage image = ImageIO.read(screenshot.toFile());
            assertEquals(WIDTH, image.getWidth());
            assertEquals(height, image.getHeight());
            assertTrue(distinctColours(image) > 100, "the screenshot is nearly blank");
        } finally {
            deleteRecursively(profile);
        }
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) colours.add(image.getRGB(x, y));
        }
        return colours.size();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
