package dev.tandem.lab.fork;

import dev.tandem.lab.engine.ChildProcess;
import dev.tandem.lab.engine.EngineException;
import dev.tandem.lab.engine.InProcessEngine;
import dev.tandem.lab.engine.LabJson;
import dev.tandem.lab.engine.Plan;
import dev.tandem.lab.engine.RunReport;
import dev.tandem.lab.workload.LabPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a plan on an in-process engine in a fresh JVM started with the engine's flags (JVMCI for
 * the Graal JIT, Truffle options): each engine gets the JVM it needs, and a cold run is cold.
 * The child is {@link PlanMain} on this JVM's classpath.
 */
public final class ForkedRun {

    private ForkedRun() {
    }

    /** The command line of a child JVM running {@code plan} for {@code engine}, writing {@code report}. */
    public static List<String> command(InProcessEngine engine, Path planFile, Path reportFile, List<String> extraJvmArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(engine.jvmArgs());
        command.addAll(extraJvmArgs);
        command.add("-Dtandem.root=" + LabPaths.root());
        propagate(command, "tandem.lab.jvmci");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PlanMain.class.getName());
        command.add(engine.id());
        command.add(planFile.toString());
        command.add(reportFile.toString());
        return command;
    }

    public static RunReport run(InProcessEngine engine, Plan plan) throws EngineException {
        try {
            Path dir = Files.createTempDirectory("tandem-lab-fork-");
            Path planFile = dir.resolve("plan.json");
            Path reportFile = dir.resolve("report.json");
            try {
                LabJson.mapper().writeValue(planFile.toFile(), plan);
                ChildProcess.Outcome o = ChildProcess.run(command(engine, planFile, reportFile, List.of()), null);
                if (o.exitCode() != 0 || !Files.exists(reportFile)) {
                    throw new EngineException(o.exitCode() == PlanMain.ENGINE_FAILED ? lastLine(o.stderr())
                            : engine.id() + " JVM exited with " + o.exitCode() + ": " + o.tail());
                }
                return LabJson.mapper().readValue(reportFile.toFile(), RunReport.class);
            } finally {
                Files.deleteIfExists(planFile);
                Files.deleteIfExists(reportFile);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new EngineException(engine.id() + ": " + e.getMessage(), e);
        }
    }

    /** PlanMain's one-line failure is the last line: engines may log to stderr before it (Truffle does). */
    static String lastLine(String stderr) {
        List<String> lines = stderr.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "(no message)" : lines.getLast().strip();
    }

    private static void propagate(List<String> command, String property) {
        String value = System.getProperty(property);
        if (value != null) {
            command.add("-D" + property + "=" + value);
        }
    }
}
