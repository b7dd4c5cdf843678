package dev.tandem.lab.results;

import dev.tandem.lab.engine.ChildProcess;
import dev.tandem.lab.engine.nativecode.NativeBuild;
import dev.tandem.lab.engine.node.NodeEngine;
import dev.tandem.lab.workload.LabPaths;
import dev.tandem.results.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Captures the {@link Environment} of this machine and JVM; what cannot be found is "unknown". */
public final class EnvironmentCapture {

    static final String UNKNOWN = "unknown";

    private EnvironmentCapture() {
    }

    /** @param jvmFlags the flags the measuring JVMs ran with (per engine flags go to each result's params) */
    public static Environment capture(List<String> jvmFlags) {
        Path root = LabPaths.root();
        String revision = git(root, "rev-parse", "--short", "HEAD");
        String status = git(root, "status", "--porcelain");
        return new Environment(
                System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ")",
                jvmFlags,
                cpuModel(),
                Runtime.getRuntime().availableProcessors(),
                memoryBytes(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                revision == null ? UNKNOWN : revision,
                status != null && !status.isBlank(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                tools());
    }

    /** The JVM flags this JVM was started with. */
    public static List<String> thisJvmFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    static Map<String, String> tools() {
        Map<String, String> tools = new LinkedHashMap<>();
        String node = NodeEngine.version();
        tools.put("node", node == null ? "absent" : node);
        String gcc = NativeBuild.gccVersion();
        tools.put("gcc", gcc == null ? "absent" : gcc);
        Properties versions = new Properties();
        try (InputStream in = EnvironmentCapture.class.getResourceAsStream("versions.properties")) {
            if (in != null) {
                versions.load(in);
            }
        } catch (IOException ignored) {
            // versions stay unknown
        }
        for (String name : List.of("graalvm", "chicory", "jmh")) {
            tools.put(name, versions.getProperty(name, UNKNOWN));
        }
        return tools;
    }

    static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException ignored) {
            // not Linux
        }
        return System.getProperty("os.arch", UNKNOWN);
    }

    static long memoryBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }

    private static String git(Path root, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        try {
            ChildProcess.Outcome o = ChildProcess.run(command, null);
            return o.exitCode() == 0 ? o.stdout().strip() : null;
        } catch (dev.tandem.lab.engine.EngineException e) {
            return null;
        }
    }
}
