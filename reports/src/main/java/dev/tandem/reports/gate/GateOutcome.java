package dev.tandem.reports.gate;

import java.util.List;

/**
 * Everything one gate run decided.
 *
 * @param newMetrics scored metrics of the run that the baseline does not have (shown as a count)
 * @param tested metrics compared statistically: the m of the multiple-comparison correction
 */
public record GateOutcome(GateConfig config, List<Comparison> comparisons, int newMetrics, int tested) {

    /** The level each metric's interval was computed at. */
    public double perMetricConfidence() {
        return config.perMetricConfidence(tested);
    }

    public boolean passed() {
        return comparisons.stream().noneMatch(c -> c.verdict().fails());
    }

    /** Metrics that were actually judged (statistically or against the exponent limit). */
    public long judged() {
        return comparisons.stream().filter(c -> c.verdict().judged()).count();
    }

    public List<Comparison> with(Verdict verdict) {
        return comparisons.stream().filter(c -> c.verdict() == verdict).toList();
    }
}
