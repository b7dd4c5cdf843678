package dev.tandem.reports.gate;

/** The gate's judgement of one metric. Only the three failing verdicts make the gate exit 1. */
public enum Verdict {
    REGRESSION("regression", true),
    VALIDATION_FAILED("no score (failed validation)", true),
    EXPONENT_OVER_LIMIT("exponent over limit", true),
    WORSE_WITHIN_THRESHOLD("worse, within threshold", false),
    IMPROVEMENT("improvement", false),
    NO_SIGNIFICANT_CHANGE("no significant change", false),
    EXPONENT_WITHIN_LIMIT("exponent within limit", false),
    NOT_MEASURED("not measured", false),
    /** A metric the gate would judge that the baseline does not have yet (a new workload or engine): reported, never a failure. */
    NOT_IN_BASELINE("not in the baseline", false),
    NOT_GATED("not gated", false);

    private final String label;
    private final boolean fails;

    Verdict(String label, boolean fails) {
        this.label = label;
        this.fails = fails;
    }

    public String label() {
        return label;
    }

    public boolean fails() {
        return fails;
    }

    /** Whether the gate judged the metric: not when it was not measured, is not gated, or the baseline lacks it. */
    public boolean judged() {
        return this != NOT_MEASURED && this != NOT_GATED && this != NOT_IN_BASELINE;
    }

    /** A significant change worth a mark in the report, good or bad. */
    public boolean significant() {
        return this == REGRESSION || this == WORSE_WITHIN_THRESHOLD || this == IMPROVEMENT;
    }
}
