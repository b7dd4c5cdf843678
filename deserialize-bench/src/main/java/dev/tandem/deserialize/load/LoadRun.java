package dev.tandem.deserialize.load;

import dev.tandem.aot.AotCompiledModule;
import dev.tandem.aot.TwasmLoader;
import dev.tandem.aot.unwind.UnwindRegistry;
import dev.tandem.deserialize.generate.ModuleSet;
import java.io.IOException;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One measurement of a {@link LoadConfig} in this JVM:
 *
 * <ol>
 * <li>read every file once (untimed), so the timed loads find them in the page cache, as a warm host would;
 * <li>warm up: {@code warmup} loads, each closed at once, then collections;
 * <li>then {@code rounds} times: load the N modules, in batches, on the threads, keeping every one
 * (each load is {@link TwasmLoader#load(Path)}: read, integrity checks, declarations, class loader,
 * unwind registration, timed on its own with the number of loads finished when it began); read
 * memory after collections, beyond what was in use before; {@link RunCheck}; unload: close every
 * module (unregistering its unwind info), drop it, and collect until all are unreachable and their
 * classes unloaded.
 * </ol>
 *
 * A round lasts a fraction of a second at quick sizes, so a neighbour's busy moment on a shared
 * machine can tilt a whole round; rounds (and forks) are the remedy, each round a fresh N.
 * The registry in use is the JVM's: the naive one ({@link SortedListStore}, plugged into the AOT
 * tier's registry) only when this JVM was started with {@code -Dtandem.aot.unwind.registry=sorted-list}
 * (the harness forks one JVM per configuration).
 */
public final class LoadRun {

    /** Full collections the unload step may take before it reports the modules still loaded. */
    public static final int UNLOAD_COLLECTIONS = 50;
    /** Loads after the collections that end the warm-up (see {@link #run}). */
    static final int REWARM_LOADS = 200;

    private LoadRun() {
    }

    public static LoadReport run(LoadConfig c, ModuleSet set) throws IOException, InterruptedException {
        String store = UnwindRegistry.storeName();
        if (!store.equals(c.registryStore())) {
            throw new IllegalStateException("this JVM's unwind registry is " + store + ", the configuration asks for "
                    + c.registry() + " (" + c.registryStore() + "; start the JVM with -D" + LoadConfig.REGISTRY_PROPERTY
                    + "=" + LoadConfig.SORTED_LIST + " for the naive one)");
        }
        List<Path> files = new ArrayList<>(c.modules());
        for (int i = 0; i < c.modules(); i++) {
            files.add(set.twasm(i, c.unwind()));
            Files.readAllBytes(files.getLast());
        }
        warmUp(files, c.warmup());
        List<LoadReport.Round> rounds = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(c.threads());
        try {
            for (int r = 0; r < c.rounds(); r++) {
                int round = r;
                rounds.add(round(pool, files, c, modules -> RunCheck.check(modules, set, c.unwind())
                        .forEach(f -> failures.add("round " + (round + 1) + ": " + f))));
            }
        } finally {
            pool.shutdownNow();
        }
        return new LoadReport(rounds, RunCheck.sample(files.size()).size(), failures,
                ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /** One round: memory before, re-warm, the timed loads, memory after, the check, the unload. */
    private static LoadReport.Round round(ExecutorService pool, List<Path> files, LoadConfig c,
                                         Consumer<AotCompiledModule[]> check) throws InterruptedException {
        SettledMemory before = SettledMemory.read();
        // Unloading classes (the warm-up's, the last round's) throws away compiled code that depended
        // on them, and a thread's first load pays for its own set-up: a few loads on the measuring
        // threads (garbage by the next collection) keep both out of the first measured loads.
        List<Callable<Void>> rewarm = new ArrayList<>();
        for (int i = 0; i < Math.min(REWARM_LOADS, c.warmup()); i++) {
            Path file = files.get(i % files.size());
            rewarm.add(() -> {
                TwasmLoader.load(file).close();
                return null;
            });
        }
        finish(pool.invokeAll(rewarm));

        AotCompiledModule[] modules = new AotCompiledModule[files.size()];
        int[] loadedBefore = new int[files.size()];
        long[] nanos = new long[files.size()];
        long totalNanos = loadAll(pool, files, c, modules, loadedBefore, nanos);
        SettledMemory after = SettledMemory.read();
        int registered = UnwindRegistry.size();
        check.accept(modules);

        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        long unloadedBefore = classes.getUnloadedClassCount();
        List<WeakReference<Object>> gone = new ArrayList<>(modules.length);
        for (AotCompiledModule m : modules) {
            gone.add(new WeakReference<>(m.loaded()));
        }
        long unloadStart = System.nanoTime();
        for (AotCompiledModule m : modules) {
            m.close();
        }
        Arrays.fill(modules, null);
        boolean unloaded = false;
        for (int i = 0; i < UNLOAD_COLLECTIONS && !unloaded; i++) {
            System.gc();
            // Each module defined at least its context class when it was loaded.
            unloaded = gone.stream().allMatch(w -> w.refersTo(null)) && classes.getUnloadedClassCount() - unloadedBefore >= files.size();
        }
        long unloadNanos = System.nanoTime() - unloadStart;
        return new LoadReport.Round(Arrays.stream(loadedBefore).boxed().toList(), Arrays.stream(nanos).boxed().toList(),
                totalNanos, after.heapBytes() - before.heapBytes(), after.metaspaceBytes() - before.metaspaceBytes(),
                registered, unloadNanos, unloaded);
    }

    /**
     * Loads {@code loads} modules, cycling through the files, closing each at once, then collects.
     * A load runs much of its code once per module, so the JIT needs thousands of loads to compile it
     * (see {@code DeserializePlan.WARMUP_LOADS}).
     */
    private static void warmUp(List<Path> files, int loads) throws IOException, InterruptedException {
        for (int i = 0; i < loads; i++) {
            TwasmLoader.load(files.get(i % files.size())).close();
        }
        SettledMemory.read();
    }

    /**
     * Loads every file into {@code modules} (by index) on the pool's threads and fills, in completion
     * order, each load's time and the number of loads finished when it began. Returns the wall time.
     */
    static long loadAll(ExecutorService pool, List<Path> files, LoadConfig c, AotCompiledModule[] modules,
                        int[] loadedBefore, long[] nanos) throws InterruptedException {
        AtomicInteger finished = new AtomicInteger();
        long start = System.nanoTime();
        for (int from = 0; from < files.size(); from += c.batchSize()) {
            List<Callable<Void>> batch = new ArrayList<>();
            for (int i = from; i < Math.min(files.size(), from + c.batchSize()); i++) {
                int index = i;
                batch.add(() -> {
                    int already = finished.get();
                    long t0 = System.nanoTime();
                    modules[index] = TwasmLoader.load(files.get(index));
                    long t = System.nanoTime() - t0;
                    int slot = finished.getAndIncrement();
                    nanos[slot] = t;
                    loadedBefore[slot] = already;
                    return null;
                });
            }
            finish(pool.invokeAll(batch));
        }
        return System.nanoTime() - start;
    }

    /** Waits for every task, rethrowing the first failure as one line. */
    private static void finish(List<Future<Void>> tasks) throws InterruptedException {
        try {
            for (Future<Void> f : tasks) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading a module failed: " + e.getCause(), e.getCause());
        }
    }
}
