package dev.tandem.lab.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a child process with its output in files, never pipes: node's WASI fails writing to a
 * non-blocking pipe, and a full pipe can stall a child the lab is timing.
 */
public final class ChildProcess {

    /** How long a child may run: {@code -Dtandem.lab.timeout} seconds, default one hour. */
    public static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("tandem.lab.timeout", 3600));

    /** What a finished child left: exit code and its output. */
    public record Outcome(int exitCode, String stdout, String stderr) {

        /** The last non-blank lines of stderr (else stdout), for a one-line failure reason. */
        public String tail() {
            String text = stderr.isBlank() ? stdout : stderr;
            List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
            String last = String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
            return last.length() > 400 ? "..." + last.substring(last.length() - 400) : last;
        }
    }

    private ChildProcess() {
    }

    /** Runs {@code command} to completion (or {@link #TIMEOUT}) and returns what it left. */
    public static Outcome run(List<String> command, Path workingDir) throws EngineException {
        return run(command, workingDir, null);
    }

    /**
     * The same, with the child's stdout left in {@code stdoutFile} (bytes as written, for hashing)
     * instead of read into the outcome, whose {@code stdout} is then empty.
     */
    public static Outcome run(List<String> command, Path workingDir, Path stdoutFile) throws EngineException {
        Path dir;
        try {
            dir = Files.createTempDirectory("tandem-lab-child-");
        } catch (IOException e) {
            throw new EngineException("cannot create a temporary folder: " + e.getMessage(), e);
        }
        Path out = stdoutFile != null ? stdoutFile : dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        try {
            Process p = new ProcessBuilder(command).directory(workingDir == null ? null : workingDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor();
                throw new EngineException("timed out after " + TIMEOUT.toSeconds() + " s: " + String.join(" ", command));
            }
            return new Outcome(p.exitValue(), stdoutFile != null ? "" : Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new EngineException("cannot run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while running " + command.getFirst(), e);
        } finally {
            if (stdoutFile == null) {
                deleteQuietly(out);
            }
            deleteQuietly(err);
            deleteQuietly(dir);
        }
    }

    /** Whether {@code command} runs and exits 0 (a tool probe such as {@code node --version}); its stdout, or null. */
    public static String probe(List<String> command) {
        try {
            Outcome o = run(command, null);
            return o.exitCode() == 0 ? o.stdout().strip() : null;
        } catch (EngineException e) {
            return null;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary file left behind is harmless
        }
    }
}
