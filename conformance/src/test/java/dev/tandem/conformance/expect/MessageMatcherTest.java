package dev.tandem.conformance.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageMatcherTest {

    @ParameterizedTest(name = "\"{0}\" in \"{1}\": {2}")
    @CsvSource({
            "unknown memory, unknown memory 0 (at byte 0x1f), true",
            "unknown memory 0, unknown memory 0, true",
            "unknown memory 1, unknown memory 0, false",
            "type mismatch, type mismatch: i32.add expects [i32 i32]; got [i64] (at byte 0x2f), true",
            "unexpected end, unexpected end of section or function, true",
            "unexpected end of section or function, unexpected end, false",
            "integer overflow, integer divide by zero, false",
            "Type mismatch, type mismatch, false",
    })
    void engineMessageMustContainTheSuitesText(String text, String message, boolean matches) {
        assertEquals(matches, MessageMatcher.matches(text, message));
    }

    @org.junit.jupiter.api.Test
    void noMessageMatchesNothing() {
        assertEquals(false, MessageMatcher.matches("unreachable", null));
    }
}
