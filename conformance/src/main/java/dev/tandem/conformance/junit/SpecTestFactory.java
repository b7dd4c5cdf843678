package dev.tandem.conformance.junit;

import dev.tandem.conformance.engine.Tier;
import dev.tandem.conformance.run.Outcome;
import dev.tandem.conformance.run.ScriptRunner;
import dev.tandem.conformance.run.SkipList;
import dev.tandem.conformance.script.SpecScripts;
import dev.tandem.spec.SpecFiles;
import dev.tandem.spec.SpecLocation;
import dev.tandem.spec.junit.SpecSuiteTests;
import dev.tandem.spec.script.Command;
import dev.tandem.spec.script.SpecFormatException;
import dev.tandem.spec.script.SpecScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Binds the runner to JUnit 5: one dynamic container per spec file, one dynamic test per command,
 * named {@code file:line} ({@code i32.json:37}). A tier's spec test is then one method:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> spec() {
 *     return SpecTestFactory.suite(new MyTier());
 * }
 * }</pre>
 *
 * The tests of a file share one {@link ScriptRunner} and must run in order (JUnit's default for
 * dynamic tests; do not run them concurrently). Skipped commands abort with their reason;
 * commands not applicable to the tier (execution, on the validate tier) get no test at all, so
 * they count as neither passed nor skipped; {@code tandem wast} prints how many there were.
 */
public final class SpecTestFactory {

    private SpecTestFactory() {
    }

    /**
     * The whole suite where {@link SpecLocation} finds it, with the built-in skip list. When it is
     * absent, one aborted test says where it looked ({@link SpecSuiteTests}, the one skip rule).
     */
    public static Stream<DynamicNode> suite(Tier tier) {
        return SpecSuiteTests.forSuite(dir -> files(tier, SkipList.builtIn(), dir));
    }

    /** One spec file, or every spec file of a directory. */
    public static Stream<DynamicNode> files(Tier tier, SkipList skips, Path fileOrDirectory) {
        List<Path> files;
        try {
            files = SpecFiles.list(fileOrDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list spec files at " + fileOrDirectory, e);
        }
        return files.stream().map(file -> container(tier, skips, file));
    }

    private static DynamicNode container(Tier tier, SkipList skips, Path file) {
        SpecScript script;
        try {
            script = SpecScripts.read(file);
        } catch (IOException e) {
            String name = file.getFileName().toString();
            String message = e instanceof SpecFormatException ? e.getMessage() : name + ": cannot read: " + e;
            return DynamicTest.dynamicTest(name, () -> Assertions.fail(message));
        }
        List<Command> applicable = script.commands().stream().filter(c -> ScriptRunner.applicable(tier, c)).toList();
        ScriptRunner runner = new ScriptRunner(tier, skips, script);
        Stream<DynamicNode> tests = applicable.stream().map(c -> DynamicTest.dynamicTest(
                script.name() + ":" + c.line(), source(script, c), () -> check(runner, c)));
        return DynamicContainer.dynamicContainer(script.name(), script.file().toUri(), tests.onClose(runner::close));
    }

    /** The .wast line when the JSON names its source, so an IDE opens the test where it was written. */
    private static URI source(SpecScript script, Command command) {
        Path source = script.source() != null ? script.source() : script.file();
        return URI.create(source.toUri() + "?line=" + command.line());
    }

    private static void check(ScriptRunner runner, Command command) {
        switch (runner.run(command)) {
            case Outcome.Passed p -> {
            }
            case Outcome.Failed f -> Assertions.fail(command.type() + ": " + f.detail());
            case Outcome.Skipped s -> Assumptions.abort(s.reason() + " (" + s.source() + ")");
            case Outcome.NotApplicable n -> throw new IllegalStateException("no test is made for " + command);
        }
    }
}
