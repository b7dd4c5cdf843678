package dev.tandem.lab;

import java.util.Locale;

/**
 * How much a harness measures: {@code quick} (a few minutes in all, small sizes and counts, for
 * development and CI; its numbers are indicative only) or {@code full} (the sizes and counts the
 * lab's figures come from).
 */
public enum Profile {
    QUICK, FULL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException with the accepted names */
    public static Profile parse(String text) {
        for (Profile p : values()) {
            if (p.id().equals(text)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + text + "' (use quick or full)");
    }
}
