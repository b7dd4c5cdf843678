package dev.tandem.results;

/** A results file that cannot be used; the message is one line naming the file and the problem. */
public final class ResultsException extends Exception {

    public enum Kind {
        /** The path does not exist or cannot be read. */
        MISSING,
        /** Not JSON, or a field has the wrong type or is absent. */
        MALFORMED,
        /** JSON, but not "tandem-results/1". */
        WRONG_SCHEMA
    }

    private final Kind kind;

    public ResultsException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
