package dev.tandem.cli;

/** A mistake the user can fix: printed as one line (no stack trace) and mapped to an exit code. */
final class UserError extends Exception {

    private final ExitCode exitCode;

    UserError(ExitCode exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    ExitCode exitCode() {
        return exitCode;
    }
}
