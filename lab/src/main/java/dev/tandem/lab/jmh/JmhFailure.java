package dev.tandem.lab.jmh;

import java.util.List;

/**
 * The one line worth reporting from a failed JMH run: the benchmark's own exception message
 * (a checksum mismatch, a trap, an engine that cannot run), not JMH's wrapper around it.
 */
public final class JmhFailure {

    private JmhFailure() {
    }

    public static String reason(Throwable thrown, String log) {
        // A fork's exception reaches the host as text in JMH's output: "<failure>" then the stack trace.
        List<String> lines = log.lines().map(String::strip).toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals("<failure>")) {
                for (int j = i + 1; j < lines.size(); j++) {
                    String l = lines.get(j);
                    if (!l.isEmpty()) {
                        return trimExceptionType(l);
                    }
                }
            }
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            for (Throwable s : t.getSuppressed()) {
                if (s.getMessage() != null) {
                    return s.getMessage().lines().findFirst().orElse("");
                }
            }
            if (t.getCause() == null && t.getMessage() != null) {
                return t.getMessage().lines().findFirst().orElse("");
            }
        }
        String last = lines.stream().filter(l -> !l.isEmpty()).reduce((a, b) -> b).orElse("no output");
        return "JMH run failed: " + last;
    }

    /** "java.lang.IllegalStateException: checksum mismatch ..." -> "checksum mismatch ...". */
    public static String trimExceptionType(String line) {
        int colon = line.indexOf(": ");
        if (colon > 0 && line.substring(0, colon).matches("[\\w.$]+(Exception|Error)")) {
            return line.substring(colon + 2);
        }
        return line;
    }
}
