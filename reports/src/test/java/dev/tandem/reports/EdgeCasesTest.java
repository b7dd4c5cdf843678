package dev.tandem.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.reports.gate.GateMain;
import dev.tandem.reports.html.ReportMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Valid files with awkward numbers (negative bytes from GC noise, zero times, empty samples, a
 * one-point series, no native samples): the report and the gate say what they cannot do instead of
 * throwing.
 */
class EdgeCasesTest {

    @TempDir
    Path tmp;

    private Path run() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("run"));
        for (String name : new String[] {"edge-cases.json", "edge-cases-throughput.json"}) {
            Files.copy(Path.of(EdgeCasesTest.class.getResource("/results/" + name).toURI()), dir.resolve(name));
        }
        return dir;
    }

    @Test
    void theReportRendersAndExplains() throws Exception {
        Path run = run();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ReportMain.run(new String[] {"--out", tmp.resolve("out").toString(), "--baseline", run.toString(), run.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        assertEquals(0, code, err.toString());
        String html = Files.readString(tmp.resolve("out/index.html"));
        assertTrue(html.contains("ratio of tandem-aot-memory on nbody — its samples or native&#39;s are missing or not all positive"), "no reason for the missing ratio");
        assertTrue(html.contains("<strong>Not measured:</strong> tandem-truffle-jit — no throughput results, and the harness gave no reason"));
        assertTrue(html.contains("id=\"chart-density-bytes\""), "negative bytes still draw a chart");
    }

    @Test
    void theGateSkipsWhatItCannotJudge() throws Exception {
        Path run = run();
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = GateMain.run(new String[] {run.toString(), run.toString()}, new PrintStream(out), new PrintStream(err));
        assertEquals(GateMain.PASSED, code, err + "\n" + out);
        String md = out.toString();
        assertTrue(md.contains("graalwasm · bytes-per-instance (instances=1000): not gated — reported, not gated"), md);
        assertTrue(md.contains("throughput · nbody · tandem-aot-memory · time: not gated — too few samples"), md);
        assertTrue(md.contains("throughput · sieve · tandem-truffle-interp · time: not gated — samples not all positive"), md);
    }
}
