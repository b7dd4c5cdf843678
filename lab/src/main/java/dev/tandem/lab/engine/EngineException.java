package dev.tandem.lab.engine;

/** An engine failed to run a plan; the message is one line fit for the results' {@code failures}. */
public final class EngineException extends Exception {

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }

    /** One line for any throwable an engine let escape: its class and its message's first line. */
    public static String describe(Throwable t) {
        String message = t.getMessage();
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        String type = t.getClass().getSimpleName();
        return first.isEmpty() ? type : type + ": " + first;
    }
}
