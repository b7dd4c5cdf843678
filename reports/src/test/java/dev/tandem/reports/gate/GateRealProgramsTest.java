package dev.tandem.reports.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.reports.SyntheticRun;
import dev.tandem.results.Run;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate on the real-program set: judged like the kernels once the baseline has them (peak time
 * at the throughput threshold, whole-process wall at the start-up one), and, until the baseline is
 * re-recorded, named as "not in the baseline", which never fails.
 */
class GateRealProgramsTest {

    @TempDir
    Path tmp;

    private int dirs;

    private GateOutcome gate(SyntheticRun baseline, SyntheticRun current) throws Exception {
        return new Gate(GateConfig.defaults()).compare(Run.load(List.of(baseline.writeTo(tmp.resolve("b" + dirs)))),
                Run.load(List.of(current.writeTo(tmp.resolve("r" + dirs++)))));
    }

    private static Set<String> keys(List<Comparison> comparisons) {
        return comparisons.stream().map(c -> c.key().engine() + "/" + c.key().workload() + "/" + c.key().metric()).collect(Collectors.toSet());
    }

    @Test
    void realProgramsMissingFromTheBaselineAreNamedAndPass() throws Exception {
        GateOutcome o = gate(new SyntheticRun(1), new SyntheticRun(2).realPrograms());
        assertTrue(o.passed(), () -> "failing: " + keys(o.comparisons().stream().filter(c -> c.verdict().fails()).toList()));
        // Tandem's gated metrics only: peers and native are never judged, so never "missing" either.
        assertEquals(Set.of("tandem-aot-memory/sqlite/time", "tandem-aot-memory/lua/time", "tandem-aot-twasm/sqlite/wall",
                "tandem-aot-twasm/lua/wall"), keys(o.with(Verdict.NOT_IN_BASELINE)));
        assertFalse(Verdict.NOT_IN_BASELINE.judged());
        String md = MarkdownSummary.render(o, "base", "run");
        assertTrue(md.contains("throughput · sqlite [quick] · tandem-aot-memory · time: not in the baseline — the baseline has no such metric"), md);
        assertTrue(md.contains("(4 of them gated metrics not in the baseline)"), md);
    }

    @Test
    void onceInTheBaselineTheyAreJudged() throws Exception {
        GateOutcome same = gate(new SyntheticRun(1).realPrograms(), new SyntheticRun(2).realPrograms());
        assertTrue(same.passed());
        assertEquals(Set.of(), keys(same.with(Verdict.NOT_IN_BASELINE)));
        assertTrue(keys(same.comparisons().stream().filter(c -> c.verdict().judged()).toList())
                .containsAll(Set.of("tandem-aot-memory/sqlite/time", "tandem-aot-twasm/lua/wall")));
        assertEquals(GateGroup.STARTUP, GateGroup.of("throughput", "wall"), "whole process is judged at the start-up threshold");

        GateOutcome slower = gate(new SyntheticRun(1).realPrograms(), new SyntheticRun(2).realPrograms().throughputSlowdown("tandem-aot-memory", 1.3));
        assertFalse(slower.passed());
        Set<String> regressions = keys(slower.with(Verdict.REGRESSION));
        assertTrue(regressions.containsAll(Set.of("tandem-aot-memory/sqlite/time", "tandem-aot-memory/lua/time")), regressions.toString());
        assertFalse(regressions.stream().anyMatch(k -> k.startsWith("v8-node")), regressions.toString());
    }
}
