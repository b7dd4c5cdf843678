package dev.tandem.reports.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.results.Environment;
import dev.tandem.results.Result;
import dev.tandem.results.ResultsFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NormalizedTest {

    private static Result result(String engine, String workload, String metric, String unit, double median) {
        return new Result(engine, workload, "default", metric, unit, new double[] {median}, median, null, "", new TreeMap<>(), true, List.of());
    }

    private static ResultsFile file(Result... results) {
        return file("startup", results);
    }

    private static ResultsFile file(String harness, Result... results) {
        return new ResultsFile(Path.of("x.json"), harness, "quick", new Environment(Map.of()), List.of(results), List.of(), List.of(), List.of());
    }

    @Test
    void inThroughputNativeOfTheSameWorkloadComesFirst() {
        Result engine = result("v8-node", "nbody", "time", "ns", 45e6), nat = result("native", "nbody", "time", "ns", 1.5e6);
        Normalized n = Normalized.of(file("throughput", engine, nat, result("native", "calibration", "time", "ns", 1e6)), engine);
        assertEquals(Reference.NATIVE, n.kind());
        assertEquals(30, n.value(), 1e-12);
    }

    @Test
    void aProcessStartIsDividedByTheCalibrationKernelNotByNativesForkAndExec() {
        Result engine = result("tandem-aot-twasm", "hello", "wall", "ms", 220), nat = result("native", "hello", "wall", "ms", 0.7);
        Normalized n = Normalized.of(file("startup-process", engine, nat, result("native", "calibration", "time", "ns", 21e6)), engine);
        assertEquals(Reference.CALIBRATION, n.kind());
        assertEquals(220.0 / 21, n.value(), 1e-12);
    }

    @Test
    void aProcessWallPrefersTheBareJvmProbeToTheKernel() {
        Result engine = result("tandem-aot-twasm", "hello", "wall", "ms", 220), probe = result("java", "calibration", "wall", "ms", 40);
        Normalized n = Normalized.of(file("startup-process", engine, result("native", "calibration", "time", "ns", 21e6), probe), engine);
        assertEquals(Reference.CALIBRATION, n.kind());
        assertEquals(probe, n.reference());
        assertEquals(5.5, n.value(), 1e-12);
    }

    @Test
    void calibrationWhenThereIsNoNativeAndUnitsCancel() {
        Result load = result("tandem-aot-twasm", "modules", "total-load", "ms", 90);
        Normalized n = Normalized.of(file(load, result("native", "calibration", "time", "ns", 1e6)), load);
        assertEquals(Reference.CALIBRATION, n.kind());
        assertEquals(90, n.value(), 1e-12, "90 ms over a 1 ms kernel");
    }

    @Test
    void bytesStayAbsolute() {
        Result rss = result("v8-node", "hello", "peak-rss", "bytes", 4e7);
        Normalized n = Normalized.of(file(rss, result("native", "hello", "peak-rss", "bytes", 1e6)), rss);
        assertEquals(Reference.ABSOLUTE, n.kind());
        assertEquals(4e7, n.value());
    }
}
