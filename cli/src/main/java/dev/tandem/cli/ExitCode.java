package dev.tandem.cli;

/** The exit codes of {@code tandem}, one per kind of outcome, so scripts can tell them apart. */
public enum ExitCode {
    OK(0, "success (wast: every command passed or was skipped)"),
    FAILURE(1, "failures (wast: some command failed), or an internal error"),
    USAGE(2, "usage error: unknown command, flag or tier, missing argument"),
    NO_JDK(3, "no JDK 25 found (scripts/tandem, before Java starts)"),
    INPUT(4, "input file or directory missing, unreadable or not spec JSON"),
    INVALID_MODULE(5, "invalid or malformed module (reserved for commands that load one; none yet)"),
    TIER_NOT_BUILT(6, "the tier exists in the design but is not built yet"),
    NO_SPEC_SUITE(7, "no path given and the spec suite is not where tandem looks for it");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
