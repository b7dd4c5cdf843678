package dev.tandem.lab.progress;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress lines for long runs: {@code [lab] step 3/40 (chicory-interp nbody), elapsed 1m05s, ~left 13m}.
 * The estimate is the mean time of the steps so far times the steps left: steps differ a lot in
 * cost, so it is rough, and it says so with the tilde.
 */
public final class Progress {

    private final int total;
    private final PrintStream out;
    private final long start;
    private int done;

    public Progress(int total, PrintStream out) {
        if (total < 0) {
            throw new IllegalArgumentException("total steps must not be negative, got " + total);
        }
        this.total = total;
        this.out = out;
        this.start = System.nanoTime();
    }

    /** Announces the next step and returns its line. */
    public synchronized String step(String what) {
        done++;
        String line = line(done, total, what, Duration.ofNanos(System.nanoTime() - start));
        out.println(line);
        out.flush();
        return line;
    }

    /** The line for step {@code step} of {@code total} begun after {@code elapsed}. */
    static String line(int step, int total, String what, Duration elapsed) {
        StringBuilder s = new StringBuilder("[lab] step ").append(step).append('/').append(total);
        if (!what.isEmpty()) {
            s.append(" (").append(what).append(')');
        }
        s.append(", elapsed ").append(format(elapsed));
        int finished = step - 1;
        if (finished > 0) {
            Duration left = elapsed.dividedBy(finished).multipliedBy(total - finished);
            s.append(", ~left ").append(format(left));
        } else {
            s.append(", ~left unknown");
        }
        return s.toString();
    }

    static String format(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format("%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format("%dh%02dm", seconds / 3600, (seconds % 3600) / 60);
    }
}
