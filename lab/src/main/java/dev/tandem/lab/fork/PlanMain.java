package dev.tandem.lab.fork;

import dev.tandem.lab.engine.Engine;
import dev.tandem.lab.engine.EngineException;
import dev.tandem.lab.engine.Engines;
import dev.tandem.lab.engine.InProcessEngine;
import dev.tandem.lab.engine.InProcessRun;
import dev.tandem.lab.engine.LabJson;
import dev.tandem.lab.engine.Plan;
import dev.tandem.lab.engine.RunReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The child side of {@link ForkedRun}: {@code PlanMain ENGINE PLAN.json REPORT.json} runs the plan
 * in this JVM and writes the report. Exit 0 with a report, {@link #ENGINE_FAILED} with the
 * engine's one-line failure on stderr, 2 for a usage error.
 */
public final class PlanMain {

    static final int ENGINE_FAILED = 3;

    private PlanMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: PlanMain ENGINE PLAN.json REPORT.json");
            System.exit(2);
        }
        Engine engine = Engines.byId(args[0]);
        if (!(engine instanceof InProcessEngine inProcess)) {
            System.err.println(args[0] + " does not run inside a JVM");
            System.exit(2);
            return;
        }
        Optional<String> unavailable = inProcess.unavailableInThisJvm();
        if (unavailable.isPresent()) {
            System.err.println(engine.id() + ": " + unavailable.get());
            System.exit(ENGINE_FAILED);
        }
        Plan plan = LabJson.mapper().readValue(Path.of(args[1]).toFile(), Plan.class);
        try {
            RunReport report = InProcessRun.run(inProcess, plan);
            LabJson.mapper().writeValue(Path.of(args[2]).toFile(), report);
        } catch (EngineException e) {
            System.err.println(e.getMessage());
            System.exit(ENGINE_FAILED);
        }
        // Engines may leave non-daemon threads (compiler queues): the run is over, so end the JVM.
        System.exit(0);
    }
}
