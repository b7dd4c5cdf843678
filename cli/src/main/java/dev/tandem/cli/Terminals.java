package dev.tandem.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a standard stream is a terminal, which WASI reports so that wasi-libc's {@code isatty}
 * (and with it stdout's line buffering) answers as it would natively. Read from
 * {@code /proc/self/fd} where there is one: {@code System.console()} would load the JDK's console
 * support on every run for this one bit. Elsewhere the answer is "not a terminal".
 */
final class Terminals {

    private Terminals() {
    }

    static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
