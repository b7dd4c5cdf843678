package dev.tandem.startup;

import dev.tandem.lab.engine.RunReport;
import java.util.List;

/**
 * The phases of one start-up sequence (prepare's phases, instantiate, and the first call, named
 * {@link #FIRST_CALL}), as one line of the side-channel file a JMH fork appends to: JMH's own
 * result is the sequence's total, and the phases are what the lab reports.
 */
record PhaseRecord(boolean warmup, List<RunReport.Phase> phases) {

    static final String FIRST_CALL = "first-call";

    PhaseRecord {
        phases = List.copyOf(phases);
    }
}
