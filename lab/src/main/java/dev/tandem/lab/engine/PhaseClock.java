package dev.tandem.lab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Times consecutive phases: each {@link #lap} records the time since the previous one (or since
 * {@link #start}). Engines call it inside {@code prepare}, where only they know where decoding ends
 * and compiling starts.
 */
public final class PhaseClock {

    private final List<RunReport.Phase> phases = new ArrayList<>();
    private long last;

    public PhaseClock() {
        start();
    }

    /** Restarts the clock: the next lap is measured from now. */
    public void start() {
        last = System.nanoTime();
    }

    /** Records the time since the last lap as phase {@code name} and restarts the clock. */
    public long lap(String name) {
        long now = System.nanoTime();
        long elapsed = now - last;
        phases.add(new RunReport.Phase(name, elapsed));
        last = now;
        return elapsed;
    }

    public List<RunReport.Phase> phases() {
        return List.copyOf(phases);
    }

    /** The phases recorded so far, then forgets them (one clock serves many rounds). */
    public List<RunReport.Phase> drain() {
        List<RunReport.Phase> copy = List.copyOf(phases);
        phases.clear();
        return copy;
    }
}
