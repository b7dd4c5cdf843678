package dev.tandem.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.lab.engine.nativecode.NativeBuild;
import dev.tandem.lab.results.EnvironmentCapture;
import dev.tandem.results.Result;
import dev.tandem.results.ResultSet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmProbeTest {

    @Test
    void timesABareJvmStartAsTheCalibrationOfProcessWallTimes(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(NativeBuild.gccVersion() != null, "gcc is not on PATH; measure.c cannot be built");
        JvmProbe probe = new JvmProbe(MeasureTool.build(), dir.resolve("out"));
        probe.run(false);
        probe.run(true);
        probe.run(true);
        ResultSet set = new ResultSet("startup-process", "quick", EnvironmentCapture.capture(List.of()));
        probe.record(set);
        assertEquals(0, set.getFailures().size(), () -> String.valueOf(set.getFailures()));
        Result r = set.getResults().getFirst();
        assertEquals("java", r.engine());
        assertEquals("calibration", r.workload());
        assertEquals("wall", r.metric());
        assertEquals(2, r.samples().length, "the untimed first run is not a sample");
        // A JVM cannot start and exit in under 5 ms, nor should an empty main take 10 s.
        assertTrue(r.median() > 5 && r.median() < 10_000, "median " + r.median() + " ms");
    }
}
