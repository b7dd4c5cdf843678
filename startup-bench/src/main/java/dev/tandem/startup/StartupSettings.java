package dev.tandem.startup;

import dev.tandem.lab.Profile;
import java.util.List;

/**
 * What each start-up harness measures per profile.
 *
 * @param coldForks      cold in-process: one fresh JVM (or node process) per sample
 * @param warmWarmup     warm in-process: sequences run and discarded first in one JVM
 * @param warmMeasure    warm in-process: sequences measured after them
 * @param processRuns    whole process: runs per engine (the issue asks for at least 20)
 * @param densityCounts  density: the numbers of live instances K measured, each in a fresh JVM
 */
record StartupSettings(int coldForks, int warmWarmup, int warmMeasure, int processRuns, List<Integer> densityCounts) {

    static StartupSettings of(Profile profile) {
        return switch (profile) {
            case QUICK -> new StartupSettings(3, 3, 10, 10, List.of(100, 1000));
            case FULL -> new StartupSettings(15, 10, 20, 20, List.of(100, 1000, 10_000));
        };
    }
}
