package dev.tandem.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A command's arguments, read front to back: flags ({@code --tier X} or {@code --tier=X}) and
 * positional operands. Small on purpose; a flag the command does not take is a usage error.
 */
final class Arguments {

    private final List<String> tokens;
    private int next;

    Arguments(List<String> tokens) {
        this.tokens = new ArrayList<>(tokens);
    }

    boolean hasNext() {
        return next < tokens.size();
    }

    /** The next token, flag or operand. */
    String next() {
        return tokens.get(next++);
    }

    /** The value of flag {@code flag}: the part after '=' in {@code token}, else the next token. */
    String value(String flag, String token) throws UserError {
        int eq = token.indexOf('=');
        if (eq >= 0) {
            return token.substring(eq + 1);
        }
        if (!hasNext()) {
            throw new UserError(ExitCode.USAGE, flag + " needs a value");
        }
        return next();
    }

    /** The flag's name without a value: "--tier" for "--tier=x". */
    static String flagName(String token) {
        int eq = token.indexOf('=');
        return eq >= 0 ? token.substring(0, eq) : token;
    }

    static boolean isFlag(String token) {
        return token.startsWith("-") && token.length() > 1;
    }
}
