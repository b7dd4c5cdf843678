package dev.tandem.deserialize.generate;

import dev.tandem.aot.AotCompiler;
import dev.tandem.aot.AotOptions;
import dev.tandem.wasm.ModuleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * A generated set on disk: for each module {@code i}, {@code mNNNNN.wasm} and its two precompiled
 * files, {@code mNNNNN.unwind.twasm} (unwind info on) and {@code mNNNNN.plain.twasm} (off).
 *
 * <p>Generation is deterministic per (seed, functions, index), so a set is kept between runs and
 * only extended when a run needs more modules. A stamp ({@code set.properties}) records what made
 * the files; a set made by another generator or AOT compiler version is deleted and made again
 * (the loader would refuse the old files anyway).
 */
public final class ModuleSet {

    /** Bump with every change to what the generator writes. */
    static final int GENERATOR_VERSION = 1;
    private static final String STAMP = "set.properties";

    private final Path dir;
    private final int functions;
    private final int count;

    private ModuleSet(Path dir, int functions, int count) {
        this.dir = dir;
        this.functions = functions;
        this.count = count;
    }

    /** The workload name of a set of {@code functions}-function modules in results files. */
    public static String workloadName(int functions) {
        return "generated-f" + functions;
    }

    /**
     * Makes sure {@code dir} holds at least {@code count} modules of {@code functions} functions from
     * {@code seed} with both precompiled files, generating what is missing on {@code threads} threads.
     *
     * @param progress told the number of modules done so far, now and then
     */
    public static ModuleSet prepare(Path dir, long seed, int functions, int count, int threads, IntConsumer progress) {
        try {
            Files.createDirectories(dir);
            Properties wanted = stamp(seed, functions);
            Properties found = readStamp(dir);
            if (found == null || !sameMaker(found, wanted)) {
                clear(dir);
                found = null;
            }
            int existing = found == null ? 0 : Integer.parseInt(found.getProperty("count", "0"));
            if (existing < count) {
                generate(dir, seed, functions, existing, count, threads, progress);
                wanted.setProperty("count", Integer.toString(count));
                try (OutputStream out = Files.newOutputStream(dir.resolve(STAMP))) {
                    wanted.store(out, "deserialize-bench generated module set");
                }
            }
            return new ModuleSet(dir, functions, Math.max(existing, count));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the module set in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A set {@link #prepare} made, without generating anything (a measuring JVM must not).
     *
     * @throws IllegalStateException when the folder holds fewer than {@code count} such modules
     */
    public static ModuleSet open(Path dir, int functions, int count) {
        Properties found;
        try {
            found = readStamp(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (found == null || !Integer.toString(functions).equals(found.getProperty("functions"))
                || !AotCompiler.VERSION.equals(found.getProperty("compiler"))
                || Integer.parseInt(found.getProperty("count", "0")) < count) {
            throw new IllegalStateException(dir + " holds no generated set of " + count + " modules of " + functions
                    + " functions compiled by " + AotCompiler.VERSION + " (prepare it first)");
        }
        return new ModuleSet(dir, functions, Integer.parseInt(found.getProperty("count")));
    }

    public Path dir() {
        return dir;
    }

    public int functions() {
        return functions;
    }

    /** How many modules the set holds (at least the count asked for). */
    public int count() {
        return count;
    }

    public Path wasm(int index) {
        return dir.resolve(base(index) + ".wasm");
    }

    /** The precompiled file of module {@code index}, with or without unwind info. */
    public Path twasm(int index, boolean unwind) {
        return dir.resolve(base(index) + (unwind ? ".unwind.twasm" : ".plain.twasm"));
    }

    /** The bytes of the first {@code n} precompiled files of one kind. */
    public long twasmBytes(int n, boolean unwind) {
        long total = 0;
        for (int i = 0; i < n; i++) {
            try {
                total += Files.size(twasm(i, unwind));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }

    private static String base(int index) {
        return String.format("m%05d", index);
    }

    private static void generate(Path dir, long seed, int functions, int from, int to, int threads, IntConsumer progress)
            throws IOException {
        ModuleSet set = new ModuleSet(dir, functions, to);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = from; i < to; i++) {
                int index = i;
                done.add(pool.submit(() -> {
                    set.write(seed, index);
                    return null;
                }));
            }
            int finished = 0;
            for (Future<?> f : done) {
                f.get();
                if (++finished % 100 == 0 || finished == done.size()) {
                    progress.accept(from + finished);
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("generating module set in " + dir + " failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating modules", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void write(long seed, int index) throws IOException, ModuleException {
        byte[] wasm = ModuleGenerator.generate(seed, index, functions);
        Files.write(wasm(index), wasm);
        AotCompiler.compileToFile(wasm, twasm(index, true), AotOptions.defaults().withUnwindInfo(true));
        AotCompiler.compileToFile(wasm, twasm(index, false), AotOptions.defaults().withUnwindInfo(false));
    }

    private static Properties stamp(long seed, int functions) {
        Properties p = new Properties();
        p.setProperty("seed", Long.toString(seed));
        p.setProperty("functions", Integer.toString(functions));
        p.setProperty("generator", Integer.toString(GENERATOR_VERSION));
        p.setProperty("compiler", AotCompiler.VERSION);
        return p;
    }

    private static boolean sameMaker(Properties found, Properties wanted) {
        for (String key : List.of("seed", "functions", "generator", "compiler")) {
            if (!wanted.getProperty(key).equals(found.getProperty(key))) {
                return false;
            }
        }
        return true;
    }

    private static Properties readStamp(Path dir) throws IOException {
        Path file = dir.resolve(STAMP);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p;
    }

    /** Deletes the files of an older set (only the kinds this class writes, never anything else). */
    private static void clear(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.equals(STAMP) || name.matches("m\\d{5,}\\.(wasm|unwind\\.twasm|plain\\.twasm)")) {
                    Files.delete(p);
                }
            }
        }
    }
}
