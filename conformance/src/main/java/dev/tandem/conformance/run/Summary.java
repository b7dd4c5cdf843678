package dev.tandem.conformance.run;

/**
 * Counts of one run. Not-applicable commands are outside passed/failed/skipped on purpose: a tier
 * that cannot execute must not look as if it passed execution tests.
 */
public record Summary(String tier, int passed, int failed, int skipped, int skippedByRule, int notApplicable) {

    /** The last line of every run, in exactly this form (scripts and CI read it). */
    public String line() {
        return "spec " + tier + ": " + passed + " passed, " + failed + " failed, " + skipped + " skipped";
    }
}
