package dev.tandem.deserialize;

import dev.tandem.deserialize.generate.ModuleSet;
import dev.tandem.deserialize.load.LoadConfig;
import dev.tandem.deserialize.load.LoadMain;
import dev.tandem.deserialize.load.LoadReport;
import dev.tandem.lab.engine.ChildProcess;
import dev.tandem.lab.engine.EngineException;
import dev.tandem.lab.engine.JvmFlags;
import dev.tandem.lab.engine.LabJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one {@link LoadConfig} in a fresh JVM ({@link LoadMain}): every measurement starts with an
 * empty registry, metaspace and class-loader graph, and the registry is chosen per JVM (the naive
 * one by a system property the AOT tier reads once).
 */
final class LoadFork {

    private LoadFork() {
    }

    /**
     * Heap for N modules: 512 MiB plus six times their files (a loaded module keeps its class files
     * until each class is first used, plus its declarations), fixed (-Xms = -Xmx) so heap resizing
     * does not move the numbers.
     */
    static String heap(long fileBytes) {
        long mib = 512 + 6 * fileBytes / (1024 * 1024);
        return mib + "m";
    }

    static List<String> command(LoadConfig c, ModuleSet set, Path configFile, Path reportFile) {
        String heap = heap(set.twasmBytes(c.modules(), c.unwind()));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JvmFlags.QUIET);
        command.add("-Xms" + heap);
        command.add("-Xmx" + heap);
        if (c.registry().equals(LoadConfig.NAIVE)) {
            command.add("-D" + LoadConfig.REGISTRY_PROPERTY + "=" + LoadConfig.SORTED_LIST);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LoadMain.class.getName());
        command.add(configFile.toString());
        command.add(set.dir().toString());
        command.add(reportFile.toString());
        return command;
    }

    static LoadReport run(LoadConfig c, ModuleSet set) throws EngineException {
        try {
            Path dir = Files.createTempDirectory("tandem-deserialize-");
            Path configFile = dir.resolve("config.json");
            Path reportFile = dir.resolve("report.json");
            try {
                LabJson.mapper().writeValue(configFile.toFile(), c);
                ChildProcess.Outcome o = ChildProcess.run(command(c, set, configFile, reportFile), null);
                if (o.exitCode() != 0 || !Files.exists(reportFile)) {
                    throw new EngineException("measuring JVM exited with " + o.exitCode() + ": " + o.tail());
                }
                return LabJson.mapper().readValue(reportFile.toFile(), LoadReport.class);
            } finally {
                Files.deleteIfExists(configFile);
                Files.deleteIfExists(reportFile);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new EngineException("deserialize: " + e.getMessage(), e);
        }
    }
}
