package dev.tandem.conformance.run;

/** What became of one command on one tier. */
public sealed interface Outcome {

    record Passed() implements Outcome {
    }

    /** {@code detail} reads "expected ..., got ...". */
    record Failed(String detail) implements Outcome {
    }

    /** Skipped on purpose; {@code source} says which rule or skip-list line decided it. */
    record Skipped(String reason, String source, boolean byRule) implements Outcome {
    }

    /** The command needs something the tier does not do (execution, for the validate tier); not counted. */
    record NotApplicable() implements Outcome {
    }

    Outcome PASSED = new Passed();
    Outcome NOT_APPLICABLE = new NotApplicable();
}
