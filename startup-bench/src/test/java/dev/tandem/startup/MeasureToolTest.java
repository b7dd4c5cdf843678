package dev.tandem.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.lab.engine.nativecode.NativeBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureToolTest {

    private static MeasureTool tool;

    @BeforeAll
    static void build() throws Exception {
        Assumptions.assumeTrue(NativeBuild.gccVersion() != null, "gcc is not on PATH; measure.c cannot be built");
        tool = MeasureTool.build();
    }

    @Test
    void reportsWallTimePeakRssAndTheChildsOutput(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        MeasureTool.Sample s = tool.run(List.of("sh", "-c", "echo hi; sleep 0.05"), out);
        assertEquals(0, s.status());
        assertTrue(s.wallNanos() >= 50_000_000L, "slept 50 ms, wall " + s.wallNanos());
        assertTrue(s.peakRssBytes() > 0);
        assertEquals("hi\n", Files.readString(out));
    }

    @Test
    void reportsTheExitStatus(@TempDir Path dir) throws Exception {
        assertEquals(3, tool.run(List.of("sh", "-c", "exit 3"), dir.resolve("out")).status());
        assertEquals(127, tool.run(List.of("/no/such/program"), dir.resolve("out")).status());
    }
}
