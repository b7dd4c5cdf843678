package dev.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.tandem.aot.AotCompiler;
import dev.tandem.aot.AotOptions;
import dev.tandem.runtime.Tier;
import dev.tandem.runtime.Tiers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The WASI golden programs, run as a user runs them: {@code tandem run --tier T --dir
 * SANDBOX::/sandbox [--env ...] NAME.wasm ARGS} through the command line's own entry point, on
 * every tier {@link java.util.ServiceLoader} finds. Each run gets a fresh sandbox (a copy of
 * {@code NAME.dir} plus the host links {@code NAME.run} asks for) and a directory beside it,
 * {@code outside}, holding {@code secret.txt}; after every run, {@code outside} must be exactly as
 * it was. With the aot tier present, every program also runs from a {@code .twasm} file compiled
 * ahead of time. The tests are named by tier, so the report says which tiers ran; with no tier on
 * the classpath they are skipped, and say so.
 */
class GoldenProgramsTest {

    static final Path PROGRAMS = Path.of(System.getProperty("tandem.golden.dir", "../wasi/src/test/c"));
    static final String GUEST_DIR = "/sandbox";

    @TestFactory
    Stream<DynamicNode> everyProgramOnEveryTier() throws IOException {
        List<Tier> tiers = Tiers.all();
        Assumptions.assumeFalse(tiers.isEmpty(),
                "no execution tier on the classpath (no dev.tandem.runtime.Tier service): the golden programs did not run");
        List<GoldenProgram> programs = GoldenProgram.all(PROGRAMS);
        assertFalse(programs.isEmpty(), "no golden programs in " + PROGRAMS.toAbsolutePath());
        System.out.println("golden programs: " + programs.size() + " on tiers "
                + tiers.stream().map(Tier::name).toList());
        Stream<DynamicNode> perTier = tiers.stream().map(tier -> dynamicContainer("tier " + tier.name(),
                programs.stream().map(p -> dynamicTest(p.name() + " on " + tier.name(),
                        () -> run(List.of("--tier", tier.name()), p, p.wasm())))));
        if (tiers.stream().noneMatch(t -> t.name().equals("aot"))) {
            return perTier;
        }
        // What a user runs after compiling ahead of time: the same programs from .twasm files.
        return Stream.concat(perTier, Stream.of(dynamicContainer("aot from .twasm files",
                programs.stream().map(p -> dynamicTest(p.name() + ".twasm", () -> runPrecompiled(p))))));
    }

    private static void runPrecompiled(GoldenProgram p) throws Exception {
        GoldenProgram.requireBuilt(p);
        Path dir = Files.createTempDirectory("golden-twasm-");
        try {
            Path twasm = dir.resolve(p.name() + ".twasm");
            AotCompiler.compileToFile(Files.readAllBytes(p.wasm()), twasm, AotOptions.defaults());
            run(List.of(), p, twasm);
        } finally {
            deleteTree(dir);
        }
    }

    /** Runs the program from {@code module} with {@code options} before the run command's own, in a fresh sandbox. */
    private static void run(List<String> options, GoldenProgram p, Path module) throws IOException {
        GoldenProgram.requireBuilt(p);
        Path root = Files.createTempDirectory("golden-" + p.name() + "-");
        try {
            Path sandbox = Files.createDirectories(root.resolve("sandbox"));
            Path outside = Files.createDirectories(root.resolve("outside"));
            Files.writeString(outside.resolve("secret.txt"), "secret\n");
            if (Files.isDirectory(p.fixture())) {
                copyTree(p.fixture(), sandbox);
            }
            for (String link : p.links()) {
                String[] parts = link.split(" -> ", 2);
                Files.createSymbolicLink(sandbox.resolve(parts[0]),
                        Path.of(parts[1].replace("{outside}", outside.toAbsolutePath().toString())));
            }
            Map<String, String> outsideBefore = snapshot(outside);

            List<String> command = new ArrayList<>(List.of("run"));
            command.addAll(options);
            command.addAll(List.of("--dir", sandbox + "::" + GUEST_DIR));
            for (String env : p.environment()) {
                command.add("--env");
                command.add(env);
            }
            command.add(module.toString());
            p.args().forEach(a -> command.add(a.replace("{dir}", GUEST_DIR)));
            var out = new ByteArrayOutputStream();
            var err = new ByteArrayOutputStream();
            int status;
            try (InputStream in = p.stdin() == null ? InputStream.nullInputStream() : Files.newInputStream(p.stdin())) {
                status = Tandem.run(command, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
            }
            String stderr = err.toString(StandardCharsets.UTF_8);
            assertEquals(p.stdout(), out.toString(StandardCharsets.UTF_8), () -> p.name() + " stdout; stderr was:\n" + stderr);
            assertEquals(p.status(), status, () -> p.name() + " exit status; stderr was:\n" + stderr);
            for (String line : p.stderrLines()) {
                assertTrue(stderr.contains(line), () -> p.name() + ": stderr lacks \"" + line + "\":\n" + stderr);
            }
            assertEquals(outsideBefore, snapshot(outside), p.name() + " changed the directory outside its sandbox");
        } finally {
            deleteTree(root);
        }
    }

    /** Every file under dir (not following links) with its content, or its link target. */
    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.toList()) {
                String key = dir.relativize(f).toString();
                if (Files.isSymbolicLink(f)) {
                    files.put(key, "link to " + Files.readSymbolicLink(f));
                } else if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(key, Files.readString(f, StandardCharsets.ISO_8859_1));
                } else {
                    files.put(key, "directory");
                }
            }
        }
        return files;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
