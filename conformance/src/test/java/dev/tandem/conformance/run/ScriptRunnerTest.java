package dev.tandem.conformance.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.conformance.script.SpecScripts;
import dev.tandem.spec.script.Command;
import dev.tandem.spec.script.SpecScript;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs a hand-written script (src/test/resources/runner/script.json) on {@link ScriptedTier} and
 * compares every command's outcome with a golden file, once executing and once as a
 * validate-only tier. Set -Dtandem.golden.update=true to rewrite the golden files (then review the diff).
 */
class ScriptRunnerTest {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void outcomesMatchGoldenFile(boolean executes) throws IOException, URISyntaxException {
        Path dir = Path.of(ScriptRunnerTest.class.getResource("/runner/script.json").toURI()).getParent();
        SpecScript script = SpecScripts.read(dir.resolve("script.json"));
        SkipList skips = SkipList.parse("skips.txt", Files.readString(dir.resolve("skips.txt")));
        List<String> lines = new ArrayList<>();
        try (ScriptRunner runner = new ScriptRunner(new ScriptedTier(executes), skips, script)) {
            for (Command command : script.commands()) {
                lines.add(command.line() + " " + command.type() + " " + describe(runner.run(command)));
            }
        }
        String actual = String.join("\n", lines) + "\n";
        String golden = executes ? "script.execute.expected" : "script.validate.expected";
        if (Boolean.getBoolean("tandem.golden.update")) {
            Files.writeString(Path.of("src/test/resources/runner", golden), actual);
        }
        assertEquals(Files.readString(dir.resolve(golden)), actual);
    }

    private static String describe(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Passed p -> "passed";
            case Outcome.Failed f -> "FAILED " + f.detail();
            case Outcome.Skipped s -> "skipped (" + s.source() + (s.byRule() ? ", rule" : "") + ") " + s.reason();
            case Outcome.NotApplicable n -> "not applicable";
        };
    }
}
