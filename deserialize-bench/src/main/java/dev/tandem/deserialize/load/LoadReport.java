package dev.tandem.deserialize.load;

import java.util.List;

/**
 * What one measuring JVM reports for one {@link LoadConfig}: one {@link Round} per round.
 *
 * @param rounds             each round's measurements, in order
 * @param checked            modules per round whose {@code run} was compared with the same module compiled in memory
 * @param validationFailures what did not match, over all rounds (empty when all did)
 * @param jvmFlags           the measuring JVM's flags
 */
public record LoadReport(List<Round> rounds, int checked, List<String> validationFailures, List<String> jvmFlags) {

    public LoadReport {
        rounds = List.copyOf(rounds);
        validationFailures = List.copyOf(validationFailures);
        jvmFlags = List.copyOf(jvmFlags);
    }

    /**
     * One round: N modules loaded and kept, then all unloaded.
     *
     * @param loadedBefore        per module in completion order: how many modules had finished loading
     *                            when its load began
     * @param loadNanos           per module in completion order: its load time
     * @param totalNanos          wall time from the first load's start to the last one's end
     * @param heapBytes           heap used after loading, beyond the heap used before (after collections)
     * @param metaspaceBytes      metaspace used after loading, beyond before
     * @param registeredModules   modules in the unwind registry after loading (N with unwind info, else 0)
     * @param unloadNanos         closing every module, dropping it and collecting until its classes are unloaded
     * @param unloaded            whether every module's classes were unloaded within the collections allowed
     */
    public record Round(List<Integer> loadedBefore, List<Long> loadNanos, long totalNanos, long heapBytes,
                        long metaspaceBytes, int registeredModules, long unloadNanos, boolean unloaded) {

        public Round {
            loadedBefore = List.copyOf(loadedBefore);
            loadNanos = List.copyOf(loadNanos);
        }
    }
}
