package dev.tandem.startup;

import dev.tandem.lab.Profile;
import dev.tandem.lab.cli.HarnessArguments;
import dev.tandem.lab.engine.Engine;
import dev.tandem.lab.engine.EngineException;
import dev.tandem.lab.engine.Engines;
import dev.tandem.lab.engine.InProcessEngine;
import dev.tandem.lab.engine.LabJson;
import dev.tandem.lab.engine.Plan;
import dev.tandem.lab.engine.RunReport;
import dev.tandem.lab.engine.nativecode.NativeBuild;
import dev.tandem.lab.engine.nativecode.NativeEngine;
import dev.tandem.lab.engine.node.NodeEngine;
import dev.tandem.lab.fork.CommandMain;
import dev.tandem.lab.progress.Progress;
import dev.tandem.lab.results.Calibration;
import dev.tandem.lab.results.EnvironmentCapture;
import dev.tandem.results.Metric;
import dev.tandem.results.Result;
import dev.tandem.results.ResultSet;
import dev.tandem.results.ResultsWriter;
import dev.tandem.results.stats.Statistics;
import dev.tandem.lab.workload.Hello;
import dev.tandem.lab.workload.LabPaths;
import dev.tandem.lab.workload.Manifest;
import dev.tandem.lab.workload.Validation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whole-process start-up: {@code hello} run as a fresh process per sample, wall time and peak RSS
 * from the kernel ({@link MeasureTool}). Native runs its gcc build, node runs the lab's V8 runner,
 * JVM engines run {@link CommandMain} (the stand-in for {@code tandem run} until the CLI has it).
 * Each engine gets one untimed run first, so every timed run finds its files in the page cache.
 *
 * <pre>ProcessHarness [--profile quick|full] [--out FILE] [--engines ID,...]</pre>
 */
public final class ProcessHarness {

    static final String HARNESS = "startup-process";

    private ProcessHarness() {
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
        System.out.printf("[lab] startup-process: %d results, %d skipped, %d failures -> %s%n", set.getResults().size(),
                set.getSkipped().size(), set.getFailures().size(), out);
        System.exit(0);
    }

    static ResultSet run(Profile profile, List<Engine> engines, Path out, PrintStream log) {
        StartupSettings settings = StartupSettings.of(profile);
        Hello hello = Manifest.load().hello();
        ResultSet set = new ResultSet(HARNESS, profile.id(), EnvironmentCapture.capture(EnvironmentCapture.thisJvmFlags()));
        List<Engine> runnable = new ArrayList<>();
        for (Engine e : engines) {
            String reason = e.unavailableReason().orElse(null);
            if (reason == null) {
                runnable.add(e);
            } else {
                set.skip(e.id(), Hello.NAME, reason);
                log.println("[lab] skip " + e.id() + ": " + reason);
            }
        }
        Calibration.measure(set);
        ResultsWriter.write(set, out);
        MeasureTool measure;
        try {
            measure = MeasureTool.build();
        } catch (EngineException e) {
            runnable.forEach(en -> set.fail(en.id(), Hello.NAME, e.getMessage()));
            ResultsWriter.write(set, out);
            return set;
        }
        Path probeOut;
        try {
            probeOut = Files.createTempFile("tandem-probe-", ".out");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        JvmProbe probe = new JvmProbe(measure, probeOut);
        probe.run(false);
        Progress progress = new Progress(runnable.size(), log);
        for (Engine e : runnable) {
            progress.step(e.id() + " hello x" + settings.processRuns());
            probe.run(true);
            try (Launch launch = Launch.of(e, hello)) {
                measureEngine(set, e, launch, measure, settings.processRuns(), hello, log);
            } catch (EngineException | IOException | RuntimeException ex) {
                set.fail(e.id(), Hello.NAME, ex.getMessage());
                log.println("[lab] FAILED " + e.id() + ": " + ex.getMessage());
            }
            ResultsWriter.write(set, out);
        }
        probe.topUp(3); // a reference needs 3 samples for the gate's interval, also when few engines ran
        probe.record(set);
        ResultsWriter.write(set, out);
        try {
            Files.deleteIfExists(probeOut);
        } catch (IOException ignored) {
            // a leftover empty temp file is harmless
        }
        return set;
    }

    private static void measureEngine(ResultSet set, Engine engine, Launch launch, MeasureTool measure, int runs, Hello hello,
                                      PrintStream log) throws EngineException, IOException {
        double[] wallMs = new double[runs];
        double[] rss = new double[runs];
        for (int i = -1; i < runs; i++) {
            if (launch.reportFile() != null) {
                Files.deleteIfExists(launch.reportFile()); // a failed run must not leave the last run's report to be read
            }
            MeasureTool.Sample s = measure.run(launch.command(), launch.stdout());
            if (s.status() != 0) {
                throw new EngineException("hello exited with status " + s.status() + " (" + String.join(" ", launch.command()) + ")");
            }
            Validation.Verdict v = Validation.helloOutput(hello, launch.output());
            if (!v.validated()) {
                throw new EngineException(v.reason());
            }
            if (i >= 0) {
                wallMs[i] = s.wallNanos() / 1e6;
                rss[i] = s.peakRssBytes();
            }
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("launcher", launch.launcher());
        params.put("flags", String.join(" ", launch.flags()));
        Result wall = Result.of(engine.id(), Hello.NAME, "default", Metric.WALL, wallMs, params, null);
        set.add(wall);
        set.add(Result.of(engine.id(), Hello.NAME, "default", Metric.PEAK_RSS, rss, params, null));
        log.printf("[lab] %s: wall median %.1f ms (min %.1f, max %.1f), peak RSS median %.1f MB%n", engine.id(), wall.median(),
                Statistics.min(wallMs), Statistics.max(wallMs), Statistics.median(rss) / (1 << 20));
    }

    /**
     * How an engine runs {@code hello} as a process, and where its output lands.
     *
     * @param reportFile where node writes its report (the module's output is inside it), or null
     */
    record Launch(String launcher, List<String> command, List<String> flags, Path dir, Path stdout, Path reportFile)
            implements AutoCloseable {

        static Launch of(Engine engine, Hello hello) throws IOException, EngineException {
            Path dir = Files.createTempDirectory("tandem-process-");
            Path stdout = dir.resolve("stdout");
            return switch (engine) {
                case NativeEngine n -> new Launch("native-binary", List.of(NativeBuild.hello().toString()), n.flags(), dir, stdout, null);
                case NodeEngine node -> {
                    Path plan = dir.resolve("plan.json");
                    Path report = dir.resolve("report.json");
                    LabJson.mapper().writeValue(plan.toFile(), Plan.command(hello.command(), 1));
                    yield new Launch("lab-runner.mjs", node.command(plan, report), node.flags(), dir, stdout, report);
                }
                case InProcessEngine jvm -> {
                    List<String> command = new ArrayList<>();
                    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                    command.addAll(jvm.jvmArgs());
                    command.add("-Dtandem.root=" + LabPaths.root());
                    command.addAll(List.of("-cp", System.getProperty("java.class.path"), CommandMain.class.getName(),
                            jvm.id(), hello.command().toString()));
                    yield new Launch("lab-command-main", command, jvm.jvmArgs(), dir, stdout, null);
                }
                default -> throw new EngineException(engine.id() + " cannot be launched as a process");
            };
        }

        /** What the module printed in the last run. */
        String output() throws IOException {
            if (reportFile != null) {
                RunReport report = LabJson.mapper().readValue(reportFile.toFile(), RunReport.class);
                return report.rounds().getFirst().stdout();
            }
            return Files.readString(stdout, StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
