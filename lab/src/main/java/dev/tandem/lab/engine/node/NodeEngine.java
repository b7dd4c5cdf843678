package dev.tandem.lab.engine.node;

import dev.tandem.lab.engine.ChildProcess;
import dev.tandem.lab.engine.Engine;
import dev.tandem.lab.engine.EngineException;
import dev.tandem.lab.engine.LabJson;
import dev.tandem.lab.engine.Plan;
import dev.tandem.lab.engine.RunReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * V8 through node: {@code lab-runner.mjs} (a resource of this package) runs the plan in a node
 * process, timing its own phases with {@code performance.now()}. Three tiering set-ups share it:
 * default (Liftoff then TurboFan), {@code --liftoff-only} and {@code --no-liftoff}.
 */
public final class NodeEngine implements Engine {

    private static Path runnerScript;

    private final String id;
    private final List<String> v8Flags;

    private NodeEngine(String id, List<String> v8Flags) {
        this.id = id;
        this.v8Flags = List.copyOf(v8Flags);
    }

    public static NodeEngine defaultTiering() {
        return new NodeEngine("v8-node", List.of());
    }

    public static NodeEngine liftoffOnly() {
        return new NodeEngine("v8-node-liftoff", List.of("--liftoff-only"));
    }

    public static NodeEngine turbofanOnly() {
        return new NodeEngine("v8-node-turbofan", List.of("--no-liftoff"));
    }

    /**
     * The same engine compiling every function when the module is compiled, so compile time is not
     * counted in the first call (start-up phases).
     */
    public NodeEngine eagerCompilation() {
        List<String> flags = new ArrayList<>(v8Flags);
        flags.add("--no-wasm-lazy-compilation");
        return new NodeEngine(id, flags);
    }

    /** The node executable: {@code -Dtandem.lab.node}, else {@code node} on the PATH. */
    public static String executable() {
        return System.getProperty("tandem.lab.node", "node");
    }

    /** {@code node --version}, or null when node does not run. */
    public static String version() {
        return ChildProcess.probe(List.of(executable(), "--version"));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Optional<String> unavailableReason() {
        return version() == null ? Optional.of("node not found (tried '" + executable() + "'; set -Dtandem.lab.node)")
                : Optional.empty();
    }

    @Override
    public List<String> flags() {
        return v8Flags;
    }

    /** The command line that runs a plan file and writes the report file (also for whole-process timing). */
    public List<String> command(Path planFile, Path reportFile) {
        List<String> command = new ArrayList<>();
        command.add(executable());
        command.addAll(v8Flags);
        command.add(runner().toString());
        command.add(planFile.toString());
        command.add(reportFile.toString());
        return command;
    }

    @Override
    public RunReport run(Plan plan) throws EngineException {
        try {
            Path dir = Files.createTempDirectory("tandem-lab-node-");
            Path planFile = dir.resolve("plan.json");
            Path reportFile = dir.resolve("report.json");
            try {
                LabJson.mapper().writeValue(planFile.toFile(), plan);
                ChildProcess.Outcome o = ChildProcess.run(command(planFile, reportFile), null);
                if (o.exitCode() != 0 || !Files.exists(reportFile)) {
                    throw new EngineException(id + " failed (exit " + o.exitCode() + "): " + o.tail());
                }
                return LabJson.mapper().readValue(reportFile.toFile(), RunReport.class);
            } finally {
                Files.deleteIfExists(planFile);
                Files.deleteIfExists(reportFile);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new EngineException(id + ": " + e.getMessage(), e);
        }
    }

    /** The runner script, copied out of the classpath once per JVM. */
    static synchronized Path runner() {
        if (runnerScript == null) {
            try (InputStream in = NodeEngine.class.getResourceAsStream("lab-runner.mjs")) {
                if (in == null) {
                    throw new IllegalStateException("lab-runner.mjs is missing from the classpath");
                }
                Path dir = Files.createTempDirectory("tandem-lab-runner-");
                Path script = dir.resolve("lab-runner.mjs");
                Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
                script.toFile().deleteOnExit();
                dir.toFile().deleteOnExit();
                runnerScript = script;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the node runner script: " + e.getMessage(), e);
            }
        }
        return runnerScript;
    }
}
