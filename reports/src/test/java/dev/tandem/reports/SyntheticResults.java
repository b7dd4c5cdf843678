package dev.tandem.reports;

import java.io.IOException;
import java.nio.file.Path;

/** Entry points to {@link SyntheticRun} for tests in other packages. */
public final class SyntheticResults {

    private SyntheticResults() {
    }

    /** Every harness, quiet machine, nothing injected. */
    public static Path full(Path dir, long seed) throws IOException {
        return new SyntheticRun(seed).writeTo(dir);
    }

    /** Every harness and the real-program set, quiet machine, nothing injected. */
    public static Path withRealPrograms(Path dir, long seed) throws IOException {
        return new SyntheticRun(seed).realPrograms().writeTo(dir);
    }
}
