package dev.tandem.lab.engine.nativecode;

import dev.tandem.lab.engine.ChildProcess;
import dev.tandem.lab.engine.EngineException;
import dev.tandem.lab.workload.LabPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The workloads' native builds, with the flags of {@code scripts/build-workloads.sh} ({@code gcc -O2},
 * baseline x86-64): {@code NAME-bench} (the timing driver) and {@code hello}. Binaries the workload
 * script already built are used when they are newer than their sources; otherwise the lab builds
 * its own into {@code lab/target/native}.
 */
public final class NativeBuild {

    static final List<String> FLAGS = List.of("-O2", "-Wall", "-Wextra");

    private NativeBuild() {
    }

    /** {@code gcc --version}'s number, or null when gcc does not run. */
    public static String gccVersion() {
        return ChildProcess.probe(List.of("gcc", "-dumpfullversion"));
    }

    /** The timing driver for workload {@code name} ({@code setup ns=T} then {@code n=N checksum=C ns=T} lines). */
    public static Path bench(String name) throws EngineException {
        Path workloads = LabPaths.workloads();
        List<Path> sources = List.of(workloads.resolve("src/" + name + ".c"), workloads.resolve("driver/bench.c"),
                workloads.resolve("src/workload.h"));
        List<String> args = new ArrayList<>(FLAGS);
        args.addAll(List.of(sources.get(0).toString(), sources.get(1).toString(), "-lm"));
        return binary(name + "-bench", sources, args);
    }

    /** The native {@code hello} (a plain write(2) of the same line). */
    public static Path hello() throws EngineException {
        Path source = LabPaths.workloads().resolve("src/hello.c");
        List<String> args = new ArrayList<>(FLAGS);
        args.add(source.toString());
        return binary("hello", List.of(source), args);
    }

    /**
     * Where a real program's native build may be: {@code scripts/build-workloads.sh} builds it from the
     * same sources with gcc -O2 (the lab does not: a real program's build is its own Makefile's business).
     * {@code -Dtandem.lab.realNative=DIR} puts {@code DIR/NAME} first.
     */
    public static List<Path> realCandidates(String name) {
        Path build = LabPaths.workloads().resolve("build");
        List<Path> candidates = new ArrayList<>();
        String dir = System.getProperty("tandem.lab.realNative");
        if (dir != null && !dir.isBlank()) {
            candidates.add(Path.of(dir).resolve(name));
        }
        candidates.addAll(List.of(build.resolve("native/real").resolve(name), build.resolve("real/native").resolve(name),
                build.resolve("real").resolve(name).resolve(name), build.resolve("real").resolve(name)));
        return candidates;
    }

    /** A real program's native binary, if it was built. */
    public static java.util.Optional<Path> real(String name) {
        return realCandidates(name).stream().filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
    }

    /** Why a real program has no native build here, or empty. */
    public static java.util.Optional<String> realMissing(String name) {
        if (real(name).isPresent()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("no native build of " + name + " (scripts/build-workloads.sh leaves it in workloads/build; looked for "
                + String.join(", ", realCandidates(name).stream().map(p -> LabPaths.root().relativize(p).toString()).toList()) + ")");
    }

    private static Path binary(String name, List<Path> sources, List<String> gccArgs) throws EngineException {
        for (Path s : sources) {
            if (!Files.isRegularFile(s)) {
                throw new EngineException("native: no source " + s);
            }
        }
        Path prebuilt = LabPaths.workloads().resolve("build/native").resolve(name);
        if (fresh(prebuilt, sources)) {
            return prebuilt;
        }
        Path own = LabPaths.root().resolve("lab/target/native").resolve(name);
        if (fresh(own, sources)) {
            return own;
        }
        try {
            Files.createDirectories(own.getParent());
            // Build under a temporary name and move: two lab JVMs may build the same binary at once.
            Path temp = Files.createTempFile(own.getParent(), name, ".tmp");
            List<String> command = new ArrayList<>(List.of("gcc", "-o", temp.toString()));
            command.addAll(gccArgs);
            ChildProcess.Outcome o = ChildProcess.run(command, null);
            if (o.exitCode() != 0) {
                Files.deleteIfExists(temp);
                throw new EngineException("native: gcc failed building " + name + ": " + o.tail());
            }
            Files.move(temp, own, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return own;
        } catch (IOException e) {
            throw new EngineException("native: cannot build " + name + ": " + e.getMessage(), e);
        }
    }

    private static boolean fresh(Path binary, List<Path> sources) {
        if (!Files.isExecutable(binary)) {
            return false;
        }
        try {
            FileTime built = Files.getLastModifiedTime(binary);
            for (Path s : sources) {
                if (Files.getLastModifiedTime(s).compareTo(built) > 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
