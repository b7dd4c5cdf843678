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

    /** A significant change worth a mark in the report, good or bad. */
    public boolean significant() {
        return this == REGRESSION || this == WORSE_WITHIN_THRESHOLD || this == IMPROVEMENT;
    }
}
