package dev.tandem.spec.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A module file of the suite with the command that names it and the script it is in: what tests of
 * the decoder and validator walk, module by module, with no execution.
 */
public record SpecModule(SpecScript script, Command.ModuleCommand command) {

    /** Every module command of {@code scripts}, in script and then line order. */
    public static Stream<SpecModule> of(List<SpecScript> scripts) {
        return scripts.stream().flatMap(script -> script.commands().stream()
                .filter(Command.ModuleCommand.class::isInstance)
                .map(c -> new SpecModule(script, (Command.ModuleCommand) c)));
    }

    /** {@code NAME.wast:LINE}, the command's place in the suite's source. */
    public String name() {
        return script.wastName() + ":" + command.line();
    }

    /** The command's name in the suite ("module", "assert_invalid", ...). */
    public String type() {
        return command.type();
    }

    public Path path() {
        return script.resolve(command.filename());
    }

    /** The module's bytes; an unreadable file is an {@link UncheckedIOException} (a broken suite fails the test). */
    public byte[] bytes() {
        try {
            return Files.readAllBytes(path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The suite's text for why the module must fail, or null for a module to define. */
    public String text() {
        return command instanceof Command.AssertModule a ? a.text() : null;
    }
}
