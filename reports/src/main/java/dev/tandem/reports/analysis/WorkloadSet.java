package dev.tandem.reports.analysis;

import dev.tandem.results.Result;
import dev.tandem.results.Run;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which set a throughput result belongs to: the kernels (the corpus of small C programs) or the
 * real programs (SQLite, Lua, ...: {@code params.set = "real"}, docs/results-schema.md). The two
 * are reported apart, each with its own geometric mean: a geometric mean over both would let the
 * 18 kernels drown the real programs.
 */
public enum WorkloadSet {
    KERNELS,
    REAL;

    /** The params key the lab writes, and its value for the real-program set. */
    public static final String PARAM = "set";
    public static final String REAL_VALUE = "real";

    public static WorkloadSet of(Result r) {
        return REAL_VALUE.equals(r.param(PARAM)) ? REAL : KERNELS;
    }

    public boolean contains(Result r) {
        return of(r) == this;
    }

    /** The real programs a run measured (workloads of its real-set throughput results), in file order. */
    public static Set<String> realPrograms(Run run) {
        Set<String> names = new LinkedHashSet<>();
        run.harness("throughput").flatMap(f -> f.results().stream()).filter(REAL::contains).forEach(r -> names.add(r.workload()));
        return names;
    }
}
