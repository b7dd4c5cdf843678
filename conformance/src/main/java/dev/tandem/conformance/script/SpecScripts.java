package dev.tandem.conformance.script;

import dev.tandem.spec.script.Command;
import dev.tandem.spec.script.SpecFormatException;
import dev.tandem.spec.script.SpecScript;
import dev.tandem.spec.script.SpecScriptReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Spec scripts as the runner reads them: the one reader ({@link SpecScriptReader}), then every
 * value parsed once up front, so a bad value makes the whole file unreadable with its file and
 * line, as a bad command does, instead of surfacing as one failed command later.
 */
public final class SpecScripts {

    private SpecScripts() {
    }

    public static SpecScript read(Path file) throws IOException {
        SpecScript script = SpecScriptReader.read(file);
        for (Command command : script.commands()) {
            try {
                ValueParser.check(command);
            } catch (IllegalArgumentException e) {
                throw new SpecFormatException(script.name() + ":" + command.line() + ": " + e.getMessage());
            }
        }
        return script;
    }
}
