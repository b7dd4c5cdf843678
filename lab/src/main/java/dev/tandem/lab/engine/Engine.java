package dev.tandem.lab.engine;

import java.util.List;
import java.util.Optional;

/**
 * One engine of the lab, behind one SPI: it runs a {@link Plan} (prepare the module, instantiate
 * it, call its exports) and reports the time of each phase. In-process engines
 * ({@link InProcessEngine}) also expose the phases one by one, for JMH; external ones (node, native)
 * time their phases themselves in their own process.
 *
 * <p>An engine that cannot run here says why in {@link #unavailableReason()}: the harness reports
 * it skipped with that reason and goes on.
 */
public interface Engine {

    /** The stable id results carry (docs/results-schema.md, "Engine ids"). */
    String id();

    /** Empty when the engine can run on this machine; otherwise one line saying why not. */
    Optional<String> unavailableReason();

    /** The options that make this engine what it is (V8 flags, JVM flags), for the results' params. */
    List<String> flags();

    /**
     * Runs the plan and reports each phase. Checksums are not checked here: the caller validates
     * the report against the manifest ({@link dev.tandem.lab.workload.Validation}).
     *
     * @throws EngineException when the engine fails (traps, refuses the module, crashes)
     */
    RunReport run(Plan plan) throws EngineException;
}
