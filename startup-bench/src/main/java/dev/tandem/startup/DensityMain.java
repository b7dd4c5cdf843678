package dev.tandem.startup;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.lab.engine.Engine;
import dev.tandem.lab.engine.Engines;
import dev.tandem.lab.engine.InProcessEngine;
import dev.tandem.lab.engine.PhaseClock;
import java.io.OutputStream;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM of the density harness: {@code DensityMain ENGINE K MODULE.wasm OUT.json} prepares
 * the module once, instantiates it K times keeping every instance alive, and writes the time of
 * each instantiation and the memory the K instances hold beyond their linear memories.
 *
 * <p>Memory is read after full collections (heap used, direct and mapped buffers, metaspace) before
 * and after the K instances, with a few instances made and dropped first, so that classes and
 * caches the first instantiation creates are not charged to the instances. Native memory an engine
 * allocates outside these pools (malloc, Unsafe) is not seen.
 */
public final class DensityMain {

    /** What the child reports. Bytes are totals over the K instances. */
    record Report(List<Long> instantiateNanos, long heapBytes, long offHeapBytes, long metaspaceBytes, long linearMemoryBytes) {
    }

    static final int WARMUP_INSTANCES = 20;

    private DensityMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: DensityMain ENGINE K MODULE.wasm OUT.json");
            System.exit(2);
        }
        Engine engine = Engines.byId(args[0]);
        int k = Integer.parseInt(args[1]);
        if (!(engine instanceof InProcessEngine inProcess)) {
            System.err.println(args[0] + " does not run inside a JVM");
            System.exit(2);
            return;
        }
        String unavailable = inProcess.unavailableInThisJvm().orElse(null);
        if (unavailable != null) {
            System.err.println(engine.id() + ": " + unavailable);
            System.exit(1);
        }
        try (InProcessEngine.PreparedModule module = inProcess.prepare(Files.readAllBytes(Path.of(args[2])), new PhaseClock())) {
            for (int i = 0; i < WARMUP_INSTANCES; i++) {
                module.instantiate(OutputStream.nullOutputStream());
            }
            long[] before = usage();
            List<InProcessEngine.WasmInstance> live = new ArrayList<>(k);
            List<Long> nanos = new ArrayList<>(k);
            long linear = 0;
            for (int i = 0; i < k; i++) {
                long start = System.nanoTime();
                InProcessEngine.WasmInstance instance = module.instantiate(OutputStream.nullOutputStream());
                nanos.add(System.nanoTime() - start);
                live.add(instance);
                linear += instance.memoryBytes();
            }
            long[] after = usage();
            Reference.reachabilityFence(live);
            new ObjectMapper().writeValue(Path.of(args[3]).toFile(),
                    new Report(nanos, after[0] - before[0], after[1] - before[1], after[2] - before[2], linear));
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            System.err.println(engine.id() + ": " + e);
            System.exit(1);
        }
        System.exit(0);
    }

    /** Heap used, direct + mapped buffers, metaspace used: after collections settle. */
    static long[] usage() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long buffers = 0;
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            buffers += Math.max(0, pool.getMemoryUsed());
        }
        long metaspace = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals("Metaspace")) {
                metaspace = pool.getUsage().getUsed();
            }
        }
        return new long[] {heap, buffers, metaspace};
    }
}
