package dev.tandem.startup;

import dev.tandem.lab.engine.ChildProcess;
import dev.tandem.lab.engine.EngineException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code measure.c} (a resource of this package), compiled once per harness run: it runs a command
 * and reports its wall time and peak RSS as the kernel measured them.
 */
final class MeasureTool {

    /** One run: wall time, peak resident set, exit status. */
    record Sample(long wallNanos, long peakRssBytes, int status) {
    }

    private static final Pattern LINE = Pattern.compile("wall_ns=(\\d+) maxrss_kb=(\\d+) status=(\\d+)");

    private final Path binary;

    private MeasureTool(Path binary) {
        this.binary = binary;
    }

    static MeasureTool build() throws EngineException {
        try {
            Path dir = Files.createTempDirectory("tandem-measure-");
            Path source = dir.resolve("measure.c");
            try (InputStream in = MeasureTool.class.getResourceAsStream("measure.c")) {
                if (in == null) {
                    throw new EngineException("measure.c is missing from the classpath");
                }
                Files.copy(in, source);
            }
            Path binary = dir.resolve("measure");
            ChildProcess.Outcome o = ChildProcess.run(List.of("gcc", "-O2", "-o", binary.toString(), source.toString()), null);
            if (o.exitCode() != 0) {
                throw new EngineException("cannot build measure.c with gcc: " + o.tail());
            }
            binary.toFile().deleteOnExit();
            source.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return new MeasureTool(binary);
        } catch (IOException e) {
            throw new EngineException("cannot build measure.c: " + e.getMessage(), e);
        }
    }

    /** Runs {@code command} with its stdout in {@code stdout}. */
    Sample run(List<String> command, Path stdout) throws EngineException {
        List<String> line = new java.util.ArrayList<>(List.of(binary.toString(), stdout.toString()));
        line.addAll(command);
        ChildProcess.Outcome o = ChildProcess.run(line, null);
        Matcher m = LINE.matcher(o.stdout().strip());
        if (o.exitCode() != 0 || !m.matches()) {
            throw new EngineException("measure failed: " + o.tail());
        }
        return new Sample(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) * 1024, Integer.parseInt(m.group(3)));
    }
}
