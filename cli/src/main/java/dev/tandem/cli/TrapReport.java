package dev.tandem.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * How {@code run} reports a trap on stderr: the trap's message, then the Wasm backtrace one frame
 * per line, innermost first. Both tiers put the backtrace in the trap's message after
 * {@code "wasm backtrace: "}, frames joined by {@code " <- "} (the runtime's {@code WasmTrap} has
 * no other place for it); this splits it back into lines.
 *
 * <pre>
 * tandem: trap.wasm: wasm trap: integer divide by zero
 * wasm backtrace:
 *     0: func 1 $divide @0x4c
 *     1: func 2 $compute @0x80
 * </pre>
 */
final class TrapReport {

    static final String MARKER = "wasm backtrace:";

    private TrapReport() {
    }

    static void print(PrintStream err, String file, String message) {
        int at = message.indexOf(MARKER);
        String text = at < 0 ? message : trimSeparator(message.substring(0, at));
        err.println("tandem: " + file + ": wasm trap: " + text);
        List<String> frames = at < 0 ? List.of() : frames(message.substring(at + MARKER.length()));
        if (!frames.isEmpty()) {
            err.println(MARKER);
            for (int i = 0; i < frames.size(); i++) {
                err.printf("  %4d: %s%n", i, frames.get(i));
            }
        }
    }

    static List<String> frames(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("(")) {
            return List.of(); // "(no wasm frames)"
        }
        return List.of(trimmed.split(" <- "));
    }

    /** "divide by zero: " or "divide by zero; " before the marker loses its separator. */
    private static String trimSeparator(String head) {
        String s = head.strip();
        while (s.endsWith(":") || s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }
}
