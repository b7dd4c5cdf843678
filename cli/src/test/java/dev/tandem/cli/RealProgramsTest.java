package dev.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.runtime.Tier;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The real programs of {@code workloads/manifest.json} (its {@code "real"} array: Lua, SQLite's
 * speedtest1, compressors, built from Debian source packages by scripts/build-real-workloads.sh),
 * each at its {@code quick} size on every tier, run as a user runs them: {@code tandem run --tier T
 * --dir HOST::GUEST... NAME.wasm ARGS}. The sha256 of stdout and the exit status must be the
 * manifest's, which the build script checked natively (gcc) and under node. These are the tiers'
 * correctness check on large real functions (interpreter loops, compressors); speed is the lab's.
 */
class RealProgramsTest {

    static final Path WORKLOADS = Path.of(System.getProperty("tandem.workloads.dir", "../workloads"));

    /** One program at one size, as the manifest describes it. */
    record Run(String name, Path wasm, Map<String, Path> dirs, List<String> args, String stdoutSha256, int exit) {
    }

    @TestFactory
    Stream<DynamicNode> quickSizeOnEveryTier() throws Exception {
        List<Tier> tiers = dev.tandem.runtime.Tiers.all();
        assertTrue(tiers.stream().map(Tier::name).toList().containsAll(List.of("aot", "truffle")),
                "both tiers must be on the test classpath, found " + tiers.stream().map(Tier::name).toList());
        List<Run> runs = quickRuns();
        assertFalse(runs.isEmpty(), "no \"real\" programs in " + WORKLOADS.resolve("manifest.json").toAbsolutePath());
        return tiers.stream().map(tier -> dynamicContainer("tier " + tier.name(),
                runs.stream().map(r -> dynamicTest(r.name() + " quick on " + tier.name(), () -> run(tier.name(), r)))));
    }

    private static List<Run> quickRuns() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Files.readString(WORKLOADS.resolve("manifest.json")));
        List<Run> runs = new ArrayList<>();
        for (JsonNode program : root.path("real")) {
            Map<String, Path> dirs = new java.util.LinkedHashMap<>();
            program.path("dirs").properties().forEach(e -> dirs.put(e.getKey(), WORKLOADS.resolve(e.getValue().asText())));
            JsonNode quick = program.path("sizes").path("quick");
            List<String> args = new ArrayList<>();
            quick.path("args").forEach(a -> args.add(a.asText()));
            runs.add(new Run(program.path("name").asText(), WORKLOADS.resolve(program.path("command").asText()), dirs, args,
                    quick.path("stdout_sha256").asText(), quick.path("exit").asInt()));
        }
        return runs;
    }

    private static void run(String tier, Run r) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(r.wasm()),
                r.wasm() + " is not there: build it with scripts/build-real-workloads.sh " + r.name());
        List<String> command = new ArrayList<>(List.of("run", "--tier", tier));
        r.dirs().forEach((guest, host) -> command.addAll(List.of("--dir", host + "::" + guest)));
        command.add(r.wasm().toString());
        command.addAll(r.args().subList(1, r.args().size())); // tandem run passes FILE as argv[0]
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = onLargeStack(() -> Tandem.run(command, InputStream.nullInputStream(), new PrintStream(out, true),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        String stderr = err.toString(StandardCharsets.UTF_8);
        String tail = out.toString(StandardCharsets.UTF_8);
        tail = tail.substring(Math.max(0, tail.length() - 2000));
        String report = "\nstdout (end):\n" + tail + "\nstderr:\n" + stderr;
        assertEquals(r.exit(), status, () -> r.name() + " exit status" + report);
        assertEquals(r.stdoutSha256(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray())),
                () -> r.name() + " stdout sha256" + report);
    }

    /**
     * Runs the program on a thread with a 64 MiB stack, as the lab's workload test does: an
     * interpreted Truffle frame takes several KiB of Java stack, and these programs recurse (Lua's
     * parser, SQLite's expression walkers) deeper than a default test thread allows before Graal
     * has compiled them.
     */
    private static int onLargeStack(java.util.concurrent.Callable<Integer> call) throws Exception {
        Object[] outcome = new Object[1];
        Thread thread = new Thread(null, () -> {
            try {
                outcome[0] = call.call();
            } catch (Throwable t) {
                outcome[0] = t;
            }
        }, "real-program", 64L << 20);
        thread.start();
        thread.join();
        if (outcome[0] instanceof Throwable t) {
            throw t instanceof Exception e ? e : new RuntimeException(t);
        }
        return (Integer) outcome[0];
    }
}
