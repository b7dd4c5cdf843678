package dev.tandem.deserialize.load;

import java.util.List;

/**
 * What one measuring JVM reports for one {@link LoadConfig}.
 *
 * @param loadedBefore        per module in completion order: how many modules had finished loading
 *                            when its load began
 * @param loadNanos           per module in completion order: its load time
 * @param totalNanos          wall time from the first load's start to the last one's end
 * @param heapBytes           heap used after loading, beyond the heap used before (after collections)
 * @param metaspaceBytes      metaspace used after loading, beyond before
 * @param registeredFunctions functions in the naive registry after loading (-1 when it is not selected)
 * @param checked             modules whose {@code run} was compared with the same module compiled in memory
 * @param validationFailures  what did not match (empty when all did)
 * @param unloadNanos         closing every module, dropping it and collecting until its classes are unloaded
 * @param unloaded            whether every module's classes were unloaded within the collections allowed
 * @param jvmFlags            the measuring JVM's flags
 */
public record LoadReport(List<Integer> loadedBefore, List<Long> loadNanos, long totalNanos, long heapBytes, long metaspaceBytes,
                         long registeredFunctions, int checked, List<String> validationFailures, long unloadNanos,
                         boolean unloaded, List<String> jvmFlags) {
}
