package dev.tandem.startup;

import dev.tandem.lab.Profile;
import dev.tandem.lab.cli.HarnessArguments;
import dev.tandem.lab.engine.ChildProcess;
import dev.tandem.lab.engine.Engine;
import dev.tandem.lab.engine.EngineException;
import dev.tandem.lab.engine.Engines;
import dev.tandem.lab.engine.InProcessEngine;
import dev.tandem.lab.engine.LabJson;
import dev.tandem.lab.engine.node.NodeEngine;
import dev.tandem.lab.progress.Progress;
import dev.tandem.lab.results.Calibration;
import dev.tandem.lab.results.EnvironmentCapture;
import dev.tandem.results.Metric;
import dev.tandem.results.Result;
import dev.tandem.results.ResultSet;
import dev.tandem.results.ResultsWriter;
import dev.tandem.lab.workload.Hello;
import dev.tandem.lab.workload.LabPaths;
import dev.tandem.lab.workload.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Density: K live instances of {@code hello} (the smallest module: two pages of linear memory) in
 * one JVM or node process, for each K of the profile. Per K it reports the time of every
 * instantiation and the bytes per instance beyond its linear memory. Each K runs in a fresh
 * process, so the instances of one K do not share caches with another's.
 *
 * <pre>DensityHarness [--profile quick|full] [--out FILE] [--engines ID,...]</pre>
 */
public final class DensityHarness {

    static final String HARNESS = "density";
    static final String NATIVE_REASON = "no instances: a native program is one process per instance (see startup-process peak RSS)";
    static final String V8_VARIANT_REASON = "instantiation does not depend on V8's tiering flags: measured once, as v8-node";

    private DensityHarness() {
    }

    public static void main(String[] args) {
        HarnessArguments arguments;
        try {
            arguments = HarnessArguments.parse(HARNESS, args, Set.of());
        } catch (IllegalArgumentException e) {
            System.err.println(HARNESS + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        Path out = arguments.out(HARNESS);
        ResultSet set = run(arguments.profile(), Engines.select(arguments.engines()), out, System.out);
        System.out.printf("[lab] density: %d results, %d skipped, %d failures -> %s%n", set.getResults().size(),
                set.getSkipped().size(), set.getFailures().size(), out);
        System.exit(0);
    }

    static ResultSet run(Profile profile, List<Engine> engines, Path out, PrintStream log) {
        StartupSettings settings = StartupSettings.of(profile);
        Hello hello = Manifest.load().hello();
        ResultSet set = new ResultSet(HARNESS, profile.id(), EnvironmentCapture.capture(EnvironmentCapture.thisJvmFlags()));
        List<Engine> runnable = new ArrayList<>();
        for (Engine e : engines) {
            String reason = switch (e.id()) {
                case "native" -> NATIVE_REASON;
                case "v8-node-liftoff", "v8-node-turbofan" -> V8_VARIANT_REASON;
                default -> e.unavailableReason().orElse(null);
            };
            if (reason == null) {
                runnable.add(e);
            } else {
                set.skip(e.id(), Hello.NAME, reason);
                log.println("[lab] skip " + e.id() + ": " + reason);
            }
        }
        Calibration.measure(set);
        ResultsWriter.write(set, out);
        Progress progress = new Progress(runnable.size() * settings.densityCounts().size(), log);
        for (Engine e : runnable) {
            for (int k : settings.densityCounts()) {
                progress.step(e.id() + " K=" + k);
                try {
                    DensityMain.Report report = measure(e, k, hello.command());
                    record(set, e, k, report, log);
                } catch (EngineException ex) {
                    set.fail(e.id(), Hello.NAME, "K=" + k + ": " + ex.getMessage());
                    log.println("[lab] FAILED " + e.id() + " K=" + k + ": " + ex.getMessage());
                }
                ResultsWriter.write(set, out);
            }
        }
        return set;
    }

    /** Heap for K instances of a two-page module with room to spare: 512 MB plus 512 KB per instance. */
    static String heapFor(int k) {
        return "-Xmx" + (512 + k / 2) + "m";
    }

    static DensityMain.Report measure(Engine engine, int k, Path module) throws EngineException {
        try {
            Path dir = Files.createTempDirectory("tandem-density-");
            Path report = dir.resolve("report.json");
            try {
                List<String> command = new ArrayList<>();
                if (engine instanceof InProcessEngine jvm) {
                    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                    command.addAll(jvm.jvmArgs());
                    command.add(heapFor(k));
                    command.add("-Dtandem.root=" + LabPaths.root());
                    command.addAll(List.of("-cp", System.getProperty("java.class.path"), DensityMain.class.getName()));
                    command.addAll(List.of(jvm.id(), Integer.toString(k), module.toString(), report.toString()));
                } else if (engine instanceof NodeEngine) {
                    Path script = dir.resolve("density.mjs");
                    try (InputStream in = DensityHarness.class.getResourceAsStream("density.mjs")) {
                        Files.copy(in, script);
                    }
                    command.addAll(List.of(NodeEngine.executable(), "--expose-gc", script.toString(), module.toString(),
                            Integer.toString(k), report.toString()));
                } else {
                    throw new EngineException(engine.id() + " has no density measurement");
                }
                ChildProcess.Outcome o = ChildProcess.run(command, null);
                if (o.exitCode() != 0 || !Files.exists(report)) {
                    throw new EngineException("exited with " + o.exitCode() + ": " + o.tail());
                }
                return LabJson.mapper().readValue(report.toFile(), DensityMain.Report.class);
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void record(ResultSet set, Engine engine, int k, DensityMain.Report r, PrintStream log) {
        long total = r.heapBytes() + r.offHeapBytes() + r.metaspaceBytes();
        double perInstance = (double) (total - r.linearMemoryBytes()) / k;
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("instances", k);
        params.put("heapBytes", r.heapBytes());
        params.put("offHeapBytes", r.offHeapBytes());
        params.put("metaspaceBytes", r.metaspaceBytes());
        params.put("linearMemoryBytesPerInstance", r.linearMemoryBytes() / k);
        params.put("flags", String.join(" ", engine.flags()));
        double[] nanos = r.instantiateNanos().stream().mapToDouble(Long::doubleValue).toArray();
        Result time = Result.of(engine.id(), Hello.NAME, k, Metric.INSTANTIATE, nanos, params, null);
        set.add(time);
        set.add(Result.of(engine.id(), Hello.NAME, k, Metric.BYTES_PER_INSTANCE, new double[] {perInstance}, params, null));
        log.printf("[lab] %s K=%d: instantiate median %.1f us, %.0f bytes per instance beyond %d bytes of linear memory%n",
                engine.id(), k, time.median() / 1e3, perInstance, r.linearMemoryBytes() / k);
    }
}
