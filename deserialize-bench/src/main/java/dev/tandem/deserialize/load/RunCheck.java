package dev.tandem.deserialize.load;

import dev.tandem.aot.AotCompiledModule;
import dev.tandem.aot.AotCompiler;
import dev.tandem.aot.AotOptions;
import dev.tandem.deserialize.generate.ModuleSet;
import dev.tandem.runtime.Imports;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The deserialize harness's validation (docs/design.md, decision 6: no score without a checked answer):
 * a few of the loaded modules, spread over the load order, are instantiated and their {@code run}
 * called; the answer must equal that of the same {@code .wasm} compiled in memory. A loaded module
 * that lost or mixed up code cannot pass.
 */
final class RunCheck {

    static final int SAMPLES = 5;

    private RunCheck() {
    }

    /** Which modules of {@code n} are checked: the first, the last and three between. */
    static List<Integer> sample(int n) {
        TreeSet<Integer> picks = new TreeSet<>();
        for (int i = 0; i < SAMPLES; i++) {
            picks.add((int) ((long) (n - 1) * i / (SAMPLES - 1)));
        }
        return List.copyOf(picks);
    }

    /** @return one line per module that did not match; empty when all did */
    static List<String> check(AotCompiledModule[] loaded, ModuleSet set, boolean unwind) {
        List<String> failures = new ArrayList<>();
        for (int i : sample(loaded.length)) {
            try {
                long got = run(loaded[i]);
                long expected;
                try (AotCompiledModule fresh = AotCompiler.compile(Files.readAllBytes(set.wasm(i)),
                        AotOptions.defaults().withUnwindInfo(unwind))) {
                    expected = run(fresh);
                }
                if (got != expected) {
                    failures.add("module " + i + ": run() of the loaded .twasm returned " + got
                            + ", the .wasm compiled in memory " + expected);
                }
            } catch (Exception | StackOverflowError e) {
                failures.add("module " + i + ": " + e);
            }
        }
        return failures;
    }

    private static long run(AotCompiledModule module) throws Exception {
        return (Long) module.instantiate(Imports.none()).function("run").call()[0];
    }
}
