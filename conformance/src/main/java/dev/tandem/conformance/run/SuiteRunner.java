package dev.tandem.conformance.run;

import dev.tandem.conformance.engine.Tier;
import dev.tandem.conformance.script.SpecScripts;
import dev.tandem.spec.script.Command;
import dev.tandem.spec.script.SpecScript;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs spec files one after another on a tier and counts the outcomes; what went wrong goes to a listener. */
public final class SuiteRunner {

    /** Told about each failure as it happens, so a long run shows its failures early. */
    public interface Listener {

        void failed(SpecScript script, Command command, String detail);

        /**
         * A spec file that could not be read or parsed; it counts as one failure. A
         * {@link dev.tandem.spec.script.SpecFormatException}'s message names the file itself.
         */
        void unreadable(Path file, IOException error);

        /** A skip-list entry for a file that ran, naming a line with no command: the list is out of date. */
        default void unusedSkip(SkipList.Entry entry) {
        }
    }

    private final Tier tier;
    private final SkipList skips;
    private final Listener listener;
    private final Set<String> filesRun = new HashSet<>();
    private final Set<String> commandsSeen = new HashSet<>();
    private int passed;
    private int failed;
    private int skipped;
    private int byRule;
    private int notApplicable;

    private SuiteRunner(Tier tier, SkipList skips, Listener listener) {
        this.tier = tier;
        this.skips = skips;
        this.listener = listener;
    }

    public static Summary run(Tier tier, SkipList skips, List<Path> files, Listener listener) {
        SuiteRunner suite = new SuiteRunner(tier, skips, listener);
        for (Path file : files) {
            suite.runFile(file);
        }
        suite.reportUnusedSkips();
        return new Summary(tier.name(), suite.passed, suite.failed, suite.skipped, suite.byRule, suite.notApplicable);
    }

    private void runFile(Path file) {
        SpecScript script;
        try {
            script = SpecScripts.read(file);
        } catch (IOException e) {
            listener.unreadable(file, e);
            failed++;
            return;
        }
        filesRun.add(script.name());
        try (ScriptRunner runner = new ScriptRunner(tier, skips, script)) {
            for (Command command : script.commands()) {
                commandsSeen.add(script.name() + ":" + command.line());
                count(runner.run(command), script, command);
            }
        }
    }

    private void count(Outcome outcome, SpecScript script, Command command) {
        switch (outcome) {
            case Outcome.Passed p -> passed++;
            case Outcome.Failed f -> {
                failed++;
                listener.failed(script, command, f.detail());
            }
            case Outcome.Skipped s -> {
                skipped++;
                byRule += s.byRule() ? 1 : 0;
            }
            case Outcome.NotApplicable n -> notApplicable++;
        }
    }

    private void reportUnusedSkips() {
        for (SkipList.Entry entry : skips.entries()) {
            if (entry.rule() == null && entry.appliesTo(tier.name()) && filesRun.contains(entry.file())
                    && !commandsSeen.contains(entry.file() + ":" + entry.line())) {
                listener.unusedSkip(entry);
            }
        }
    }
}
