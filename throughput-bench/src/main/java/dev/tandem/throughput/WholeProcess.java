package dev.tandem.throughput;

import dev.tandem.lab.engine.ChildProcess;
import dev.tandem.lab.engine.Engine;
import dev.tandem.lab.engine.EngineException;
import dev.tandem.lab.engine.LabJson;
import dev.tandem.lab.engine.Plan;
import dev.tandem.lab.engine.RunReport;
import dev.tandem.lab.engine.WasiCommand;
import dev.tandem.lab.engine.nativecode.NativeEngine;
import dev.tandem.lab.engine.node.NodeEngine;
import dev.tandem.lab.workload.LabPaths;
import dev.tandem.lab.workload.RealProgram;
import dev.tandem.lab.workload.StdoutDigest;
import dev.tandem.lab.workload.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A real program run as a fresh process per sample, timed from start to exit, the way a user runs it:
 * {@code tandem run} (the CLI's own main class on its own classpath, with the JVM flags
 * {@code scripts/tandem} gives it), node with the lab's runner, and the native build. Every run is
 * validated (stdout SHA-256 and exit status).
 *
 * <p>{@code argv[0]} is the manifest's: the process runs in a scratch folder holding the module under
 * that name, so {@code tandem run NAME} passes NAME as {@code argv[0]}, as node's runner does. The
 * {@code .twasm} engine's file is compiled there first with {@code tandem compile}, untimed. Wall time is
 * taken around the child process in this JVM ({@code System.nanoTime}); the couple of milliseconds of
 * fork/exec are the same for every engine and small next to runs of 0.1-10 s.
 */
final class WholeProcess implements AutoCloseable {

    /** How a sample went: its wall time, or why it failed. */
    record Sample(double wallMs, String failure) {
    }

    private final Engine engine;
    private final RealProgram program;
    private final String size;
    private final Path dir;
    private final List<String> command;
    private final Path reportFile;

    private WholeProcess(Engine engine, RealProgram program, String size, Path dir, List<String> command, Path reportFile) {
        this.engine = engine;
        this.program = program;
        this.size = size;
        this.dir = dir;
        this.command = command;
        this.reportFile = reportFile;
    }

    /** The CLI's tier option for a Tandem engine, or empty when the engine is not run through {@code tandem run}. */
    static Optional<String> tandemTier(String engineId) {
        return switch (engineId) {
            case "tandem-aot-memory", "tandem-aot-twasm" -> Optional.of("aot");
            case "tandem-truffle-jit" -> Optional.of("truffle");
            default -> Optional.empty();
        };
    }

    /** Why this engine cannot be timed as a whole process here, or empty. */
    static Optional<String> unavailable(Engine engine) {
        if (engine instanceof NodeEngine || engine instanceof NativeEngine) {
            return Optional.empty();
        }
        if (tandemTier(engine.id()).isEmpty()) {
            return Optional.of("whole process is timed for tandem run, node and native only");
        }
        return cliClasspath().isEmpty()
                ? Optional.of("the tandem CLI is not built (cli/target/tandem-cli.jar and classpath.txt; scripts/tandem --help builds them)")
                : Optional.empty();
    }

    /** The CLI's classpath as {@code scripts/tandem} builds it, or empty when the CLI is not built. */
    static Optional<String> cliClasspath() {
        Path target = LabPaths.root().resolve("cli/target");
        try {
            Path jar = target.resolve("tandem-cli.jar");
            Path classpath = target.resolve("classpath.txt");
            if (!Files.isRegularFile(jar) || !Files.isRegularFile(classpath)) {
                return Optional.empty();
            }
            return Optional.of(jar + java.io.File.pathSeparator + Files.readString(classpath).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static WholeProcess prepare(Engine engine, RealProgram program, String size) throws IOException, EngineException {
        Path dir = Files.createTempDirectory("tandem-real-");
        WasiCommand wasi = program.command(size);
        String argv0 = Path.of(wasi.args().getFirst()).getFileName().toString();
        if (engine instanceof NativeEngine) {
            return new WholeProcess(engine, program, size, dir, null, null);
        }
        if (engine instanceof NodeEngine node) {
            Path plan = dir.resolve("plan.json");
            Path report = dir.resolve("report.json");
            LabJson.mapper().writeValue(plan.toFile(), Plan.command(program.command(), 1, wasi));
            return new WholeProcess(engine, program, size, dir, node.command(plan, report), report);
        }
        String tier = tandemTier(engine.id()).orElseThrow();
        List<String> java = new ArrayList<>();
        java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        java.addAll(engine.flags());
        java.add("-Dtandem.root=" + LabPaths.root());
        java.addAll(List.of("-cp", cliClasspath().orElseThrow(), "dev.tandem.cli.Tandem"));
        if (engine.id().equals("tandem-aot-twasm")) {
            List<String> compile = new ArrayList<>(java);
            compile.addAll(List.of("compile", program.command().toString(), "-o", dir.resolve(argv0).toString()));
            ChildProcess.Outcome o = ChildProcess.run(compile, dir);
            if (o.exitCode() != 0) {
                throw new EngineException("tandem compile exited with " + o.exitCode() + ": " + o.tail());
            }
        } else {
            Files.copy(program.command(), dir.resolve(argv0));
        }
        List<String> run = new ArrayList<>(java);
        run.add("run");
        if (!engine.id().equals("tandem-aot-twasm")) {
            run.addAll(List.of("--tier", tier));
        }
        wasi.dirs().forEach((guest, host) -> run.addAll(List.of("--dir", host + "::" + guest)));
        run.add("--");
        run.add(argv0);
        run.addAll(wasi.args().subList(1, wasi.args().size()));
        return new WholeProcess(engine, program, size, dir, run, null);
    }

    /** The launcher, for the results' params. */
    String launcher() {
        return engine instanceof NativeEngine ? "native-binary" : engine instanceof NodeEngine ? "lab-runner.mjs" : "tandem run";
    }

    /** One fresh process, timed and validated. */
    Sample run() {
        RealProgram.Size expected = program.size(size);
        try {
            if (command == null) { // native: the engine times its own child process
                RunReport report = engine.run(Plan.command(program.command(), 1, program.command(size)));
                Validation.Verdict v = Validation.real(expected, report);
                return v.validated() ? new Sample(report.rounds().getFirst().calls().getFirst().nanos() / 1e6, null)
                        : new Sample(0, v.reason());
            }
            Path stdout = dir.resolve("stdout");
            if (reportFile != null) {
                Files.deleteIfExists(reportFile); // a failed run must not leave the last run's report to be read
            }
            long start = System.nanoTime();
            ChildProcess.Outcome o = ChildProcess.run(command, dir, stdout);
            long elapsed = System.nanoTime() - start;
            Validation.Verdict v;
            if (reportFile != null) {
                if (o.exitCode() != 0 || !Files.exists(reportFile)) {
                    return new Sample(0, engine.id() + " failed (exit " + o.exitCode() + "): " + o.tail());
                }
                v = Validation.real(expected, LabJson.mapper().readValue(reportFile.toFile(), RunReport.class));
            } else {
                v = Validation.real(expected, StdoutDigest.of(stdout), o.exitCode());
                if (!v.validated() && !o.tail().isEmpty()) {
                    v = Validation.Verdict.failed(v.reason() + "; stderr: " + o.tail());
                }
            }
            return v.validated() ? new Sample(elapsed / 1e6, null) : new Sample(0, v.reason());
        } catch (EngineException | IOException e) {
            return new Sample(0, e.getMessage());
        }
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
