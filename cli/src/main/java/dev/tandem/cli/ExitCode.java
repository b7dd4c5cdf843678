package dev.tandem.cli;

/**
 * The exit codes of {@code tandem}, one per kind of outcome, so scripts can tell them apart.
 * {@code tandem run} is the exception: when the program runs, its own exit status is tandem's
 * (as with wasmtime), so these codes then only mean something when the program does not reach
 * its end, or for tandem's messages on stderr.
 */
public enum ExitCode {
    OK(0, "success (wast: every command passed or was skipped; run: the program's own status)"),
    FAILURE(1, "failures (wast: some command failed), or an internal error"),
    USAGE(2, "usage error: unknown command, flag or tier, missing argument, bad --invoke argument"),
    NO_JDK(3, "no JDK 25 found (scripts/tandem, before Java starts)"),
    INPUT(4, "input file or directory missing, unreadable or not spec JSON; a --dir that is no directory"),
    INVALID_MODULE(5, "invalid or malformed module"),
    TIER_NOT_BUILT(6, "the tier exists in the design but is not on the classpath"),
    NO_SPEC_SUITE(7, "no path given and the spec suite is not where tandem looks for it"),
    NOT_WASM(8, "the file is not WebAssembly (no \\0asm header) nor a .twasm file"),
    LINK(9, "the module cannot be instantiated: an import is missing or has the wrong type"),
    NO_EXPORT(10, "nothing to run: no _start export, or no exported function of the --invoke name"),
    TWASM(11, "a .twasm file that is damaged, or from another Tandem version or compiler (recompile it)"),
    OUTPUT(12, "compile: the output file cannot be written"),
    TRAP(134, "run: the program trapped (128 + SIGABRT, as wasmtime exits)");

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
