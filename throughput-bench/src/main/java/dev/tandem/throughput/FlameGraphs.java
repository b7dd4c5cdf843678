package dev.tandem.throughput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * async-profiler flame graphs for chosen (engine, workload) pairs, through JMH's {@code async}
 * profiler. The native library comes from the {@code tools.profiler:async-profiler} jar on the
 * classpath, copied out once. Profiling runs separately from the measured run, so its overhead never
 * reaches a reported number.
 *
 * @param pairs  {@code engine:workload} names to profile
 * @param event  async-profiler's event: {@code cpu} or {@code alloc}
 */
record FlameGraphs(List<String> pairs, String event) {

    static final FlameGraphs NONE = new FlameGraphs(List.of(), "cpu");

    /** {@code --flame engine:workload,...} and {@code --flame-event cpu|alloc}. */
    static FlameGraphs parse(String pairs, String event) {
        if (pairs == null || pairs.isBlank()) {
            return NONE;
        }
        List<String> list = new ArrayList<>();
        for (String p : pairs.split(",")) {
            String pair = p.strip();
            if (!pair.matches("[\\w.-]+:[\\w.-]+")) {
                throw new IllegalArgumentException("--flame takes ENGINE:WORKLOAD pairs, got '" + pair + "'");
            }
            list.add(pair);
        }
        if (!event.equals("cpu") && !event.equals("alloc")) {
            throw new IllegalArgumentException("--flame-event must be cpu or alloc, got '" + event + "'");
        }
        return new FlameGraphs(list, event);
    }

    boolean wants(String engine, String workload) {
        return pairs.contains(engine + ":" + workload);
    }

    /** JMH's profiler options writing HTML flame graphs into {@code dir}. */
    String jmhOptions(Path library, Path dir) {
        return "libPath=" + library + ";output=flamegraph;event=" + event + ";dir=" + dir;
    }

    /** The flame graph files a profiling run left in {@code dir}. */
    static List<Path> htmlFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** The profiler library for this machine, copied out of the jar; empty with the reason when there is none. */
    static Library library() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        String folder = !os.contains("linux") ? null : arch.equals("amd64") || arch.equals("x86_64") ? "linux-x64"
                : arch.equals("aarch64") ? "linux-arm64" : null;
        if (folder == null) {
            return new Library(Optional.empty(), "async-profiler has no library for " + os + " " + arch + " in the lab");
        }
        try (InputStream in = FlameGraphs.class.getClassLoader().getResourceAsStream(folder + "/libasyncProfiler.so")) {
            if (in == null) {
                return new Library(Optional.empty(), "libasyncProfiler.so is not on the classpath (tools.profiler:async-profiler)");
            }
            Path dir = Files.createTempDirectory("tandem-async-profiler-");
            Path lib = dir.resolve("libasyncProfiler.so");
            Files.copy(in, lib);
            lib.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return new Library(Optional.of(lib), "");
        } catch (IOException e) {
            return new Library(Optional.empty(), "cannot copy libasyncProfiler.so: " + e.getMessage());
        }
    }

    /** The library's path, or why there is none. */
    record Library(Optional<Path> path, String missingReason) {
    }
}
