package dev.tandem.deserialize;

import dev.tandem.results.stats.ScalingFit;
import dev.tandem.deserialize.generate.ModuleSet;
import dev.tandem.deserialize.load.LoadConfig;
import dev.tandem.deserialize.load.LoadReport;
import dev.tandem.lab.cli.HarnessArguments;
import dev.tandem.lab.engine.EngineException;
import dev.tandem.lab.progress.Progress;
import dev.tandem.lab.results.Calibration;
import dev.tandem.lab.results.EnvironmentCapture;
import dev.tandem.results.ResultSet;
import dev.tandem.results.ResultsWriter;
import dev.tandem.results.stats.Statistics;
import dev.tandem.lab.workload.LabPaths;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Module-load scaling (harness {@code deserialize}): the Wasmtime situation of docs/design.md ("Why
 * it exists") on Tandem's AOT tier. Generates the module sets the plan needs (kept between runs), then
 * runs every configuration of the {@link DeserializePlan} in fresh JVMs and writes the results.
 *
 * <pre>DeserializeHarness [--profile quick|full] [--out FILE] [--modules N] [--sets DIR]</pre>
 *
 * {@code --modules} caps every configuration's N; {@code --sets} is where generated sets live
 * (default {@code deserialize-bench/target/modules}).
 */
public final class DeserializeHarness {

    static final String HARNESS = "deserialize";

    private DeserializeHarness() {
    }

    public static void main(String[] args) {
        HarnessArguments arguments;
        DeserializePlan plan;
        try {
            arguments = HarnessArguments.parse(HARNESS, args, Set.of("modules", "sets"));
            plan = DeserializePlan.of(arguments.profile());
            String modules = arguments.get("modules", null);
            if (modules != null) {
                plan = plan.withModules(parseModules(modules));
            }
        } catch (IllegalArgumentException e) {
            System.err.println(HARNESS + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        Path out = arguments.out(HARNESS);
        Path sets = Path.of(arguments.get("sets", LabPaths.root().resolve("deserialize-bench/target/modules").toString()));
        ResultSet set = new ResultSet(HARNESS, arguments.profile().id(), EnvironmentCapture.capture(EnvironmentCapture.thisJvmFlags()));
        if (arguments.engines() != null && !List.of(arguments.engines().split(",")).contains(LoadResults.ENGINE)) {
            set.skip(LoadResults.ENGINE, "*", "not among --engines " + arguments.engines());
            ResultsWriter.write(set, out);
        } else {
            Calibration.measure(set);
            run(plan, sets, set, out, System.out);
        }
        System.out.printf("[lab] deserialize: %d results, %d skipped, %d failures -> %s%n", set.getResults().size(),
                set.getSkipped().size(), set.getFailures().size(), out);
        System.exit(0);
    }

    static int parseModules(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 3) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // the message below
        }
        throw new IllegalArgumentException("--modules must be a whole number of at least 3, got '" + text + "'");
    }

    /** Prepares the sets, measures every configuration and writes {@code out} after each. */
    static void run(DeserializePlan plan, Path setsRoot, ResultSet set, Path out, PrintStream log) {
        Map<Integer, Integer> largest = new LinkedHashMap<>();
        for (LoadConfig c : plan.configs()) {
            largest.merge(c.functions(), c.modules(), Math::max);
        }
        Progress progress = new Progress(largest.size() + plan.configs().size() * plan.forks(), log);
        Map<Integer, ModuleSet> sets = new LinkedHashMap<>();
        int cores = Runtime.getRuntime().availableProcessors();
        largest.forEach((functions, count) -> {
            progress.step("module set: " + count + " modules of " + functions + " functions");
            Path dir = setsRoot.resolve(ModuleSet.workloadName(functions) + "-" + Long.toHexString(plan.seed()));
            sets.put(functions, ModuleSet.prepare(dir, plan.seed(), functions, count, cores,
                    done -> log.println("[lab]   generated and precompiled " + done + " of " + count)));
        });
        ResultsWriter.write(set, out);
        for (LoadConfig c : plan.configs()) {
            List<LoadReport> reports = new ArrayList<>();
            try {
                for (int f = 0; f < plan.forks(); f++) {
                    progress.step(c.label() + (plan.forks() > 1 ? " fork " + (f + 1) : ""));
                    reports.add(LoadFork.run(c, sets.get(c.functions())));
                }
            } catch (EngineException e) {
                set.fail(LoadResults.ENGINE, ModuleSet.workloadName(c.functions()), c.label() + ": " + e.getMessage());
                log.println("[lab] FAILED " + c.label() + ": " + e.getMessage());
                ResultsWriter.write(set, out);
                continue;
            }
            ScalingFit fit = LoadResults.record(set, c, sets.get(c.functions()).twasmBytes(c.modules(), c.unwind()), reports);
            if (fit != null) {
                log.printf("[lab] %s: exponent %.3f [%.3f, %.3f], total %.0f ms, median load %.1f us%n", c.label(),
                        fit.exponent(), fit.ciLow(), fit.ciHigh(),
                        reports.stream().flatMap(r -> r.rounds().stream()).mapToLong(LoadReport.Round::totalNanos)
                                .average().orElse(0) / 1e6,
                        medianLoadMicros(reports));
            }
            ResultsWriter.write(set, out);
        }
    }

    private static double medianLoadMicros(List<LoadReport> reports) {
        double[] all = reports.stream().flatMap(r -> r.rounds().stream()).flatMap(r -> r.loadNanos().stream())
                .mapToDouble(Long::doubleValue).toArray();
        return Statistics.median(all) / 1e3;
    }
}
