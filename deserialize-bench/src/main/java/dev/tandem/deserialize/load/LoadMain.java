package dev.tandem.deserialize.load;

import dev.tandem.deserialize.generate.ModuleSet;
import dev.tandem.lab.engine.LabJson;
import java.nio.file.Path;

/**
 * The measuring JVM: {@code LoadMain CONFIG.json SET-DIR REPORT.json} runs one {@link LoadConfig}
 * on a prepared set and writes a {@link LoadReport}. Exit status 0 when the report was written, 1
 * with a one-line reason on stderr when the measurement failed, 2 for bad arguments.
 */
public final class LoadMain {

    private LoadMain() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: LoadMain CONFIG.json SET-DIR REPORT.json");
            System.exit(2);
        }
        try {
            LoadConfig config = LabJson.mapper().readValue(Path.of(args[0]).toFile(), LoadConfig.class);
            ModuleSet set = ModuleSet.open(Path.of(args[1]), config.functions(), config.modules());
            LoadReport report = LoadRun.run(config, set);
            LabJson.mapper().writeValue(Path.of(args[2]).toFile(), report);
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            System.err.println("deserialize: " + e);
            System.exit(1);
        }
        System.exit(0);
    }
}
