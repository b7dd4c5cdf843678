package dev.tandem.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.reports.SyntheticRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes CI can act on, and the Markdown it prints. */
class GateMainTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    private int gate(String... args) {
        return GateMain.run(args, new PrintStream(out), new PrintStream(err));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(GateMainTest.class.getResource("/results/" + name).toURI());
    }

    @Test
    void unchangedRunPassesWithASummary() throws Exception {
        Path base = new SyntheticRun(1).writeTo(tmp.resolve("base")), run = new SyntheticRun(2).writeTo(tmp.resolve("run"));
        Path md = tmp.resolve("summary.md");
        assertEquals(GateMain.PASSED, gate(base.toString(), run.toString(), "--markdown", md.toString()), err.toString());
        String summary = out.toString();
        assertTrue(summary.startsWith("## Tandem regression gate: PASSED"), summary);
        assertTrue(summary.contains("| throughput · nbody · tandem-aot-memory · time | native |"), summary);
        assertTrue(summary.startsWith(Files.readString(md)), "the file holds the summary");
        assertTrue(summary.endsWith(String.format("gate: PASSED: 0 of %d judged metrics failed%n", judged(summary))), summary);
    }

    /** The count the summary's own "judged N metrics" line gives. */
    private static long judged(String summary) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("- judged (\\d+) metrics").matcher(summary);
        assertTrue(m.find(), summary);
        return Long.parseLong(m.group(1));
    }

    @Test
    void regressionExitsOneAndListsItFirst() throws Exception {
        Path base = new SyntheticRun(1).writeTo(tmp.resolve("base"));
        Path run = new SyntheticRun(2).throughputSlowdown("tandem-truffle-jit", 1.3).writeTo(tmp.resolve("run"));
        assertEquals(GateMain.FAILED, gate(base.toString(), run.toString()));
        String summary = out.toString();
        assertTrue(summary.startsWith("## Tandem regression gate: FAILED"));
        int failing = summary.indexOf("### Failing"), row = summary.indexOf("| throughput · json · tandem-truffle-jit · time |");
        assertTrue(failing >= 0 && row > failing && row < summary.indexOf("### ", failing + 5), summary);
        assertTrue(summary.contains("**regression**"));
        // CI shows a log's tail: the verdict and every failing metric come again at the very end.
        List<String> tail = summary.lines().dropWhile(l -> !l.startsWith("gate: FAILED")).toList();
        assertEquals(4, tail.size(), summary);
        assertTrue(tail.stream().skip(1).allMatch(l -> l.startsWith("gate:   throughput · ") && l.contains("tandem-truffle-jit · time: regression +")),
                String.join("\n", tail));
    }

    @Test
    void singleFilesWorkAsWellAsFolders() throws Exception {
        Path base = new SyntheticRun(1).writeTo(tmp.resolve("base")), run = new SyntheticRun(2).writeTo(tmp.resolve("run"));
        assertEquals(GateMain.PASSED, gate(base.resolve("throughput.json").toString(), run.resolve("throughput.json").toString()));
    }

    @Test
    void missingInputExitsFour() throws Exception {
        Path run = new SyntheticRun(2).writeTo(tmp.resolve("run"));
        assertEquals(GateMain.MISSING_INPUT, gate(tmp.resolve("nope.json").toString(), run.toString()));
        assertTrue(err.toString().contains("nope.json: no such results file"), err.toString());
    }

    @Test
    void wrongSchemaOrMalformedExitsFive() throws Exception {
        Path run = new SyntheticRun(2).writeTo(tmp.resolve("run"));
        assertEquals(GateMain.BAD_INPUT, gate(resource("wrong-schema.json").toString(), run.toString()));
        assertEquals(GateMain.BAD_INPUT, gate(run.toString(), resource("not-json.json").toString()));
    }

    @Test
    void nothingInCommonExitsSix() throws Exception {
        Path base = new SyntheticRun(1).without("throughput").without("deserialize").without("density").without("startup-process")
                .writeTo(tmp.resolve("base"));
        Path run = new SyntheticRun(2).without("startup").without("deserialize").writeTo(tmp.resolve("run"));
        assertEquals(GateMain.NOTHING_COMPARED, gate(base.toString(), run.toString()));
        assertTrue(err.toString().contains("nothing compared"), err.toString());
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        assertEquals(GateMain.USAGE, gate("only-one-path"));
        assertEquals(GateMain.USAGE, gate("a", "b", "--throughput-threshold", "lots"));
        assertEquals(GateMain.USAGE, gate("a", "b", "--method", "vibes"));
        assertTrue(err.toString().contains("--method must be one of welch, bootstrap, got \"vibes\""), err.toString());
    }

    @Test
    void thresholdsAcceptPercentages() throws Exception {
        Path base = new SyntheticRun(1).writeTo(tmp.resolve("base"));
        Path run = new SyntheticRun(2).throughputSlowdown("tandem-truffle-jit", 1.16).writeTo(tmp.resolve("run"));
        assertEquals(GateMain.FAILED, gate(base.toString(), run.toString()));
        assertEquals(GateMain.PASSED, gate(base.toString(), run.toString(), "--throughput-threshold", "25%"));
    }
}
