package dev.tandem.conformance.expect;

/**
 * Whether an engine's error message answers the suite's expected text. The suite's texts are the
 * reference interpreter's, often a prefix of a longer message ("unknown memory" for
 * "unknown memory 0"), so the engine's message must contain the text. There are no per-test
 * exceptions: an engine whose wording differs must change its wording.
 */
public final class MessageMatcher {

    private MessageMatcher() {
    }

    public static boolean matches(String expectedText, String actualMessage) {
        return actualMessage != null && actualMessage.contains(expectedText);
    }
}
