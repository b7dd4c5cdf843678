package dev.tandem.lab.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void firstStepHasNoEstimate() {
        assertEquals("[lab] step 1/4 (graalwasm nbody), elapsed 0s, ~left unknown",
                Progress.line(1, 4, "graalwasm nbody", Duration.ZERO));
    }

    @Test
    void estimateIsTheMeanStepTimeTimesTheStepsLeft() {
        // Two steps done in 100 s: 50 s each, 8 of 10 left (this one included) -> 400 s.
        assertEquals("[lab] step 3/10, elapsed 1m40s, ~left 6m40s", Progress.line(3, 10, "", Duration.ofSeconds(100)));
    }

    @Test
    void longDurationsAreShownInHours() {
        assertEquals("2h05m", Progress.format(Duration.ofMinutes(125).plusSeconds(30)));
    }

    @Test
    void stepsArePrintedOnePerLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(2, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        p.step("a");
        p.step("b");
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[1].startsWith("[lab] step 2/2 (b), elapsed "), lines[1]);
    }
}
