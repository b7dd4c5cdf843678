package dev.tandem.reports.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.reports.results.Environment;
import dev.tandem.reports.results.Result;
import dev.tandem.reports.results.ResultsFile;
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
        return new ResultsFile(Path.of("x.json"), "startup", "quick", new Environment(Map.of()), List.of(results), List.of(), List.of(), List.of());
    }

    @Test
    void nativeOfTheSameWorkloadComesFirst() {
        Result engine = result("v8-node", "hello", "wall", "ms", 45), nat = result("native", "hello", "wall", "ms", 1.5);
        Normalized n = Normalized.of(file(engine, nat, result("native", "calibration", "time", "ns", 1e6)), engine);
        assertEquals(Reference.NATIVE, n.kind());
        assertEquals(30, n.value(), 1e-12);
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
