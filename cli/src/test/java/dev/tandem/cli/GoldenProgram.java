package dev.tandem.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One golden program of {@code wasi/src/test/c}: {@code NAME.wasm} built from {@code NAME.c}, how
 * it is run ({@code NAME.run}, optional), and what it must do ({@code NAME.stdout},
 * {@code NAME.status}, optionally {@code NAME.stderr}). The format is described in wasi/README.md;
 * scripts/build-wasi-tests.sh reads the same files for the native runs.
 *
 * @param args        program arguments; {@code {dir}} stands for the preopened sandbox as the program sees it
 * @param environment {@code NAME=VALUE} entries
 * @param stdin       a file whose content is standard input, or null
 * @param links       {@code NAME -> TARGET}: symbolic links the host puts in the sandbox before the run;
 *                    {@code {outside}} stands for the host path of the directory beside the sandbox
 * @param stderrLines lines that must each appear somewhere in stderr
 */
record GoldenProgram(String name, Path wasm, List<String> args, List<String> environment, Path stdin,
                     List<String> links, Path fixture, String stdout, int status, List<String> stderrLines) {

    static List<GoldenProgram> all(Path dir) throws IOException {
        List<GoldenProgram> programs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path c : files.filter(p -> p.toString().endsWith(".c")).sorted().toList()) {
                String name = c.getFileName().toString().replaceFirst("\\.c$", "");
                programs.add(read(dir, name));
            }
        }
        return programs;
    }

    private static GoldenProgram read(Path dir, String name) throws IOException {
        List<String> args = new ArrayList<>();
        List<String> environment = new ArrayList<>();
        List<String> links = new ArrayList<>();
        Path stdin = null;
        Path spec = dir.resolve(name + ".run");
        if (Files.exists(spec)) {
            for (String line : Files.readAllLines(spec, StandardCharsets.UTF_8)) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon < 0) {
                    throw new IOException(spec + ": not KEY: VALUE: " + line);
                }
                String key = line.substring(0, colon);
                String value = line.substring(colon + 1).replaceFirst("^ ", "");
                switch (key) {
                    case "arg" -> args.add(value);
                    case "env" -> environment.add(value);
                    case "stdin" -> stdin = dir.resolve(value);
                    case "link" -> links.add(value);
                    case "native" -> {
                        // Read by the build script only.
                    }
                    default -> throw new IOException(spec + ": unknown key " + key);
                }
            }
        }
        Path stderr = dir.resolve(name + ".stderr");
        return new GoldenProgram(name, dir.resolve(name + ".wasm"), args, environment, stdin, links,
                dir.resolve(name + ".dir"),
                Files.readString(dir.resolve(name + ".stdout"), StandardCharsets.UTF_8),
                Integer.parseInt(Files.readString(dir.resolve(name + ".status")).strip()),
                Files.exists(stderr) ? Files.readAllLines(stderr, StandardCharsets.UTF_8) : List.of());
    }

    /** The program's files must all be there: a .c without its .wasm means the build script was not run. */
    static void requireBuilt(GoldenProgram p) {
        if (!Files.isRegularFile(p.wasm)) {
            throw new UncheckedIOException(new IOException(p.wasm + " is missing: run scripts/build-wasi-tests.sh"));
        }
    }
}
