package dev.tandem.reports.gate;

import dev.tandem.reports.analysis.MetricKey;
import dev.tandem.reports.analysis.Normalized;
import dev.tandem.reports.analysis.Reference;
import dev.tandem.reports.analysis.Replicates;
import dev.tandem.reports.analysis.ScalingExponent;
import dev.tandem.results.Result;
import dev.tandem.results.ResultsFile;
import dev.tandem.results.Run;
import dev.tandem.results.Skip;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a run with a baseline, metric by metric. A metric regresses when its normalized change
 * is significant (the interval excludes 1) and larger than its group's threshold; the scaling
 * exponent is judged on its own against an absolute limit; a metric the baseline scored that now
 * fails validation fails the gate too (a wrong answer is worse than a slow one).
 */
public final class Gate {

    private final GateConfig config;

    public Gate(GateConfig config) {
        this.config = config;
    }

    /** A scored result with the file it came from (its normalizer lives there). */
    private record Located(ResultsFile file, Result result) {
    }

    /** Engines the gate judges: Tandem's own (the peers are shown beside them, never gated). */
    static final String TANDEM_PREFIX = "tandem-";

    public GateOutcome compare(Run baseline, Run current) {
        Map<MetricKey, Located> base = index(baseline), now = index(current);
        List<Comparison> out = new ArrayList<>();
        List<MetricKey> toJudge = new ArrayList<>();
        for (Map.Entry<MetricKey, Located> e : base.entrySet()) {
            MetricKey key = e.getKey();
            GateGroup group = GateGroup.of(key.harness(), key.metric(), key.params());
            if (group == GateGroup.EXPONENT) continue; // judged from the current run alone, below
            if (Result.NATIVE.equals(key.engine()) || Result.CALIBRATION.equals(key.workload())) continue; // references
            if (!now.containsKey(key)) {
                Comparison gone = missing(key, group, current);
                // A peer's failure is the peer's (or the machine's): reported beside Tandem, never a verdict on it.
                out.add(key.engine().startsWith(TANDEM_PREFIX) || !gone.verdict().fails() ? gone
                        : Comparison.withoutNumbers(key, GateGroup.NOT_GATED, Verdict.NOT_GATED, "a peer engine, not gated: " + gone.note()));
            } else if (group == GateGroup.NOT_GATED) {
                out.add(Comparison.withoutNumbers(key, group, Verdict.NOT_GATED, "reported, not gated (reports/README.md)"));
            } else if (!key.engine().startsWith(TANDEM_PREFIX)) {
                // A peer engine (GraalWasm, Chicory, node) runs the same binary whatever Tandem's commit:
                // any change it shows is the machine's, and it would only make the gate flaky (a quick
                // run of unchanged code once moved V8's funcptr by +10.5%, "significant" at +-2%).
                out.add(Comparison.withoutNumbers(key, GateGroup.NOT_GATED, Verdict.NOT_GATED,
                        "a peer engine: no Tandem change can move it, reported, not gated"));
            } else {
                toJudge.add(key);
            }
        }
        // Normalize and check samples first: only metrics that get an interval count towards m.
        List<Pending> pending = new ArrayList<>();
        for (MetricKey key : toJudge) {
            Object prepared = prepare(key, GateGroup.of(key.harness(), key.metric(), key.params()), base.get(key), now.get(key));
            if (prepared instanceof Comparison c) out.add(c); else pending.add((Pending) prepared);
        }
        // Every interval at the corrected level: many metrics at 95% each would flag one by chance in most runs.
        ChangeEstimator estimator = new ChangeEstimator(config, config.perMetricConfidence(pending.size()));
        for (Pending p : pending) out.add(judge(p, estimator));
        out.addAll(exponents(baseline, current));
        int fresh = (int) now.keySet().stream().filter(k -> !base.containsKey(k)).count();
        // What the gate would judge had the baseline measured it (e.g. the real programs before the
        // baseline is re-recorded): named, so a reader sees it is not judged, and never a failure.
        for (MetricKey key : now.keySet()) {
            GateGroup group = GateGroup.of(key.harness(), key.metric(), key.params());
            if (!base.containsKey(key) && key.engine().startsWith(TANDEM_PREFIX) && group != GateGroup.NOT_GATED
                    && group != GateGroup.EXPONENT && !Result.CALIBRATION.equals(key.workload())) {
                out.add(Comparison.withoutNumbers(key, group, Verdict.NOT_IN_BASELINE,
                        "the baseline has no such metric (re-record reports/baseline to gate it)"));
            }
        }
        return new GateOutcome(config, List.copyOf(out), fresh, pending.size());
    }

    /** A metric ready for an interval: both sides normalized the same way, enough positive samples. */
    private record Pending(MetricKey key, GateGroup group, Normalized baseline, Normalized current, String unit, String note) {
    }

    /** A Pending, or the Comparison that says why this metric gets no interval. */
    private Object prepare(MetricKey key, GateGroup group, Located b, Located c) {
        Normalized nb = Normalized.of(b.file(), b.result()), nc = Normalized.of(c.file(), c.result());
        String note = "";
        if (nb.kind() != nc.kind()) {
            note = "reference differs between runs (" + nb.kind().label() + " vs " + nc.kind().label() + "): compared absolute";
            nb = nb.absolute();
            nc = nc.absolute();
        } else if (nb.kind() == Reference.ABSOLUTE && !List.of("bytes", "count", "1").contains(b.result().unit())) {
            note = "no native or calibration result in the run: compared absolute, machine drift not removed";
        }
        String unit = b.result().unit();
        int n = ChangeEstimator.smallestSample(nb, nc);
        if (n < config.minSamples()) {
            return new Comparison(key, group, Verdict.NOT_GATED, nb.kind().label(), unit, nb.value(), nc.value(),
                    nc.value() / nb.value(), null, Replicates.perFork(c.result())
                            ? "too few forks for an interval (" + n + ", need " + config.minSamples() + "): one JVM's iterations share its compiled code"
                            : "too few samples for an interval (n=" + n + ", need " + config.minSamples() + ")");
        }
        if (!ChangeEstimator.allPositive(nb) || !ChangeEstimator.allPositive(nc)) {
            return new Comparison(key, group, Verdict.NOT_GATED, nb.kind().label(), unit, nb.value(), nc.value(),
                    Double.NaN, null, "samples not all positive: a ratio has no meaning");
        }
        return new Pending(key, group, nb, nc, unit, note);
    }

    private Comparison judge(Pending p, ChangeEstimator estimator) {
        ChangeEstimator.Change change = estimator.estimate(p.baseline(), p.current(), p.key().hashCode());
        double threshold = config.threshold(p.group());
        boolean significant = !change.ci().contains(1.0);
        Verdict verdict;
        if (significant && change.value() > 1 + threshold) verdict = Verdict.REGRESSION;
        else if (significant && change.value() > 1) verdict = Verdict.WORSE_WITHIN_THRESHOLD;
        else if (significant) verdict = Verdict.IMPROVEMENT;
        else verdict = Verdict.NO_SIGNIFICANT_CHANGE;
        return new Comparison(p.key(), p.group(), verdict, p.baseline().kind().label(), p.unit(), change.baseline(), change.current(),
                change.value(), change.ci(), p.note());
    }

    private Comparison missing(MetricKey key, GateGroup group, Run current) {
        for (ResultsFile f : current.harness(key.harness()).toList()) {
            Optional<Result> unvalidated = f.results().stream()
                    .filter(r -> !r.validated() && MetricKey.of(f, r).equals(key)).findFirst();
            if (unvalidated.isPresent()) {
                return Comparison.withoutNumbers(key, group, Verdict.VALIDATION_FAILED, "result not validated (checksum did not match)");
            }
            Optional<String> failure = f.failures().stream()
                    .filter(x -> x.engine().equals(key.engine()) && ("*".equals(x.workload()) || x.workload().equals(key.workload())))
                    .map(x -> x.reason()).findFirst();
            if (failure.isPresent()) return Comparison.withoutNumbers(key, group, Verdict.VALIDATION_FAILED, failure.get());
        }
        for (ResultsFile f : current.harness(key.harness()).toList()) {
            for (Skip s : f.skipped()) {
                if (s.covers(key.engine(), key.workload())) {
                    return Comparison.withoutNumbers(key, group, Verdict.NOT_MEASURED, "skipped: " + s.reason());
                }
            }
        }
        String why = current.has(key.harness()) ? "absent from this run's " + key.harness() + " results"
                : "this run has no " + key.harness() + " results";
        return Comparison.withoutNumbers(key, group, Verdict.NOT_MEASURED, why);
    }

    private List<Comparison> exponents(Run baseline, Run current) {
        Map<String, ScalingExponent> before = new HashMap<>();
        for (ScalingExponent x : ScalingExponent.of(baseline)) before.put(x.label(), x);
        List<Comparison> out = new ArrayList<>();
        for (ScalingExponent x : ScalingExponent.of(current)) {
            MetricKey key = new MetricKey("deserialize", x.engine(), x.workload(), "", "scaling-exponent", x.params());
            ScalingExponent was = before.get(x.label());
            double old = was == null ? Double.NaN : was.value();
            String source = "exponent " + (x.source().equals("lab") ? "from the lab" : x.source());
            if (x.isNaiveAblation()) {
                out.add(new Comparison(key, GateGroup.EXPONENT, Verdict.NOT_GATED, "absolute", "1", old, x.value(), Double.NaN, x.ci(),
                        "the naive-registry ablation is meant to be steep"));
                continue;
            }
            Verdict verdict = x.value() > config.exponentLimit() ? Verdict.EXPONENT_OVER_LIMIT : Verdict.EXPONENT_WITHIN_LIMIT;
            out.add(new Comparison(key, GateGroup.EXPONENT, verdict, "absolute", "1", old, x.value(), Double.NaN, x.ci(),
                    source + "; limit " + config.exponentLimit()));
        }
        return out;
    }

    private static Map<MetricKey, Located> index(Run run) {
        Map<MetricKey, Located> map = new LinkedHashMap<>();
        for (ResultsFile f : run.files()) {
            f.scored().forEach(r -> map.putIfAbsent(MetricKey.of(f, r), new Located(f, r)));
        }
        return map;
    }
}
