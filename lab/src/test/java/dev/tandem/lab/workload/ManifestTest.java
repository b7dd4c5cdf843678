package dev.tandem.lab.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.lab.engine.RunReport;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestTest {

    private final Manifest manifest = Manifest.load();

    @Test
    void readsEveryWorkloadWithBothSizesAndExistingModules() {
        assertTrue(manifest.workloads().size() >= 18, "workloads: " + manifest.names());
        for (Workload w : manifest.workloads()) {
            assertTrue(Files.isRegularFile(w.library()), w.library().toString());
            assertTrue(Files.isRegularFile(w.source()), w.source().toString());
            w.size("quick");
            w.size("default");
        }
    }

    @Test
    void checksumsAreSigned64BitValues() {
        Workload nbody = manifest.workload("nbody");
        assertEquals(new Workload.Size("quick", 30000, 2125765259896669684L), nbody.size("quick"));
        assertTrue(manifest.workload("spectral-norm").size("default").checksum() < 0, "negative checksums survive");
    }

    @Test
    void helloIsACommandWithItsLine() {
        assertEquals("Hello from Tandem.\n", manifest.hello().stdout());
        assertTrue(Files.isRegularFile(manifest.hello().command()));
    }

    @Test
    void unknownNamesAreRefusedWithTheKnownOnes() {
        String message = assertThrows(IllegalArgumentException.class, () -> manifest.workload("nope")).getMessage();
        assertTrue(message.startsWith("no workload named 'nope' in ") && message.contains("nbody"), message);
        assertEquals("workload nbody has no size 'huge' in the manifest (sizes: quick, default)",
                assertThrows(IllegalArgumentException.class, () -> manifest.workload("nbody").size("huge")).getMessage());
    }

    @Test
    void validationComparesEveryRunWithTheManifest() {
        Workload.Size quick = manifest.workload("nbody").size("quick");
        RunReport good = report(List.of(call(30000, quick.checksum()), call(30000, quick.checksum())));
        assertTrue(Validation.library(quick, good).validated());
        RunReport bad = report(List.of(call(30000, quick.checksum()), call(30000, 7)));
        assertEquals("checksum mismatch at n=30000: expected 2125765259896669684, got 7", Validation.library(quick, bad).reason());
        assertEquals("no run(n) call was made, so nothing was checked", Validation.library(quick, report(List.of())).reason());
    }

    @Test
    void helloValidatesItsExactOutput() {
        Hello hello = manifest.hello();
        assertTrue(Validation.helloOutput(hello, "Hello from Tandem.\n").validated());
        assertEquals("hello printed \"Hello\\n\", expected \"Hello from Tandem.\\n\"",
                Validation.helloOutput(hello, "Hello\n").reason());
    }

    private static RunReport.CallResult call(int n, long result) {
        return new RunReport.CallResult("run", List.of(n), 1, result);
    }

    private static RunReport report(List<RunReport.CallResult> calls) {
        return new RunReport(List.of(new RunReport.Round(List.of(), calls, "")));
    }
}
