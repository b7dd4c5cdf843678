package dev.tandem.throughput;

import dev.tandem.lab.Profile;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a profile measures of the real-program set (the manifest's {@code real} array).
 *
 * <p>{@code quick} is CI's: SQLite and Lua at their quick size (node needs 0.1-0.5 s a run), peak
 * on the AOT tier, node and native only (the gate judges Tandem's engines; the AOT tier is the one
 * whose real-program speed issue 13 is about, and the Truffle tier, 20-65x node on these programs
 * today, would add minutes a run; CI's correctness test runs both tiers), three forks each so the
 * gate has its three replicates, and whole process on {@code tandem run prog.twasm}, node and native.
 * {@code full} runs every real program at its {@code default} size (node 2-10 s a run) on every
 * engine but the interpreters, which would need many minutes a run there.
 *
 * @param programs        the real programs to run, empty for all in the manifest
 * @param size            the manifest size
 * @param engines         the engines measured at peak, empty for all but {@link #LEFT_OUT}
 * @param forks           JVMs (or node/native processes) per engine and program, each a replicate for the gate
 * @param warmup          warm-up runs per fork
 * @param measure         measured runs per fork
 * @param processEngines  the engines timed as a whole process per run ({@code tandem run}, node, native)
 * @param processRuns     whole-process samples per engine (no untimed run first: the peak runs just read the same files)
 */
record RealSettings(List<String> programs, String size, List<String> engines, int forks, int warmup, int measure,
                    List<String> processEngines, int processRuns) {

    /** The programs the quick profile runs when the manifest has them (issue 13: CI's gate covers SQLite and Lua). */
    static final List<String> QUICK_PROGRAMS = List.of("sqlite", "lua");

    /** Never in the real set: interpreters (minutes a run) and the .twasm variant without unwind info (same classes). */
    static final Set<String> LEFT_OUT = Set.of("chicory-interp", "tandem-truffle-interp", "tandem-aot-twasm-nounwind");

    static RealSettings of(Profile profile) {
        return switch (profile) {
            // One warm-up and one measured run per fork: on the AOT tier today one quick SQLite run takes
            // 40-90 s on the project's busy 2-core machine (issue 13's huge functions), so each run counts.
            case QUICK -> new RealSettings(QUICK_PROGRAMS, "quick", List.of("tandem-aot-memory", "v8-node", "native"), 3, 1, 1,
                    List.of("tandem-aot-twasm", "v8-node", "native"), 3);
            case FULL -> new RealSettings(List.of(), "default", List.of(), 1, 2, 3,
                    List.of("tandem-aot-memory", "tandem-aot-twasm", "tandem-truffle-jit", "v8-node", "native"), 3);
        };
    }

    /** Why this profile does not measure an engine's peak on real programs, if it does not. */
    Optional<String> leftOut(String engine) {
        if (LEFT_OUT.contains(engine)) {
            return Optional.of(engine.equals("tandem-aot-twasm-nounwind")
                    ? "real programs: runs the same generated classes as tandem-aot-twasm"
                    : "real programs: an interpreter needs many minutes per run of a real program");
        }
        if (!engines.isEmpty() && !engines.contains(engine)) {
            return Optional.of("real programs: this profile measures peak on " + String.join(", ", engines) + " only");
        }
        return Optional.empty();
    }

    boolean timesProcess(String engine) {
        return processEngines.contains(engine);
    }
}
