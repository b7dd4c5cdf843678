package dev.tandem.reports.baseline;

import dev.tandem.reports.analysis.MetricKey;
import dev.tandem.results.Environment;
import dev.tandem.results.Result;
import dev.tandem.results.ResultsFile;
import dev.tandem.results.stats.Bootstrap;
import dev.tandem.results.stats.Summary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pools one harness's results files from several quick runs of unchanged code into one baseline
 * file (reports/baseline/README.md says why: 9 forks carry a JIT's modes in the proportion they
 * occur, 3 may not).
 *
 * <p>Each result is matched across runs by {@link MetricKey} (engine, workload, size, metric and
 * configuration params); its samples are concatenated run after run, {@code forks} is summed (so a
 * throughput result's samples stay {@code forks} x {@code iterations}, fork after fork), and median
 * and ci95 are recomputed by the one median bootstrap ({@link Bootstrap#median}), so {@code stat}
 * says {@value Bootstrap#STAT}. {@code series} (chart points) are dropped: the gate reads samples
 * only. The first run's file gives everything else; its environment gets {@code pooledRuns}, each
 * run's commit and date.
 */
final class BaselinePool {

    /** A run that cannot go into a baseline; the message is one line naming the file. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private BaselinePool() {
    }

    /** @param files the same harness's file from each run, in run order (two or more) */
    static ResultsFile pool(List<ResultsFile> files) throws Refused {
        ResultsFile first = files.getFirst();
        Map<MetricKey, Pooled> merged = new LinkedHashMap<>();
        for (ResultsFile f : files) {
            if (!f.failures().isEmpty()) {
                throw new Refused(f.path() + ": has failures (" + f.failures().getFirst().reason() + "); record a baseline from clean runs");
            }
            if (!Objects.equals(f.profile(), first.profile())) {
                throw new Refused(f.path() + ": profile " + f.profile() + " differs from " + first.profile());
            }
            if (!Objects.equals(f.harness(), first.harness())) {
                throw new Refused(f.path() + ": harness " + f.harness() + " differs from " + first.harness());
            }
            for (Result r : f.results()) {
                if (!r.validated()) {
                    throw new Refused(f.path() + ": " + r.engine() + " " + r.workload() + " " + r.metric() + " is not validated");
                }
                Pooled p = merged.computeIfAbsent(MetricKey.of(f, r), k -> new Pooled(r));
                if (!Objects.equals(r.param("iterations"), p.first.param("iterations"))) {
                    throw new Refused(f.path() + ": " + r.engine() + " " + r.workload() + ": " + r.param("iterations")
                            + " iterations per fork, the first run had " + p.first.param("iterations"));
                }
                p.add(r);
            }
        }
        List<Result> results = new ArrayList<>();
        for (Pooled p : merged.values()) results.add(p.result());
        List<Map<String, Object>> runs = new ArrayList<>();
        for (ResultsFile f : files) {
            Map<String, Object> run = new LinkedHashMap<>(); // a run without a revision keeps it null, as written
            run.put("gitRevision", f.environment().values().get("gitRevision"));
            run.put("date", f.environment().values().get("date"));
            runs.add(run);
        }
        Environment environment = first.environment().with("pooledRuns", runs);
        return new ResultsFile(null, first.harness(), first.profile(), environment, results, first.skipped(),
                first.failures(), first.artifacts());
    }

    /** One metric's samples from every run so far. */
    private static final class Pooled {
        final Result first;
        final List<double[]> samples = new ArrayList<>();
        int forks;

        Pooled(Result first) {
            this.first = first;
        }

        void add(Result r) {
            samples.add(r.samples());
            int f = r.count("forks");
            forks += f < 0 ? 1 : f;
        }

        Result result() {
            int n = samples.stream().mapToInt(s -> s.length).sum();
            double[] all = new double[n];
            int at = 0;
            for (double[] s : samples) {
                System.arraycopy(s, 0, all, at, s.length);
                at += s.length;
            }
            Map<String, Object> params = new LinkedHashMap<>(first.params());
            if (params.containsKey("forks")) params.put("forks", forks);
            Summary s = Bootstrap.median(all);
            return new Result(first.engine(), first.workload(), first.size(), first.metric(), first.unit(), all, s.median(),
                    new double[] {s.ciLow(), s.ciHigh()}, s.stat(), params, true, null);
        }
    }
}
