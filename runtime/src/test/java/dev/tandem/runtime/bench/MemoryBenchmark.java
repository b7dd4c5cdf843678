package dev.tandem.runtime.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Chooses the representation of {@code dev.tandem.runtime.Memory}: which backing store makes a
 * bounds-checked little-endian i32 access cheapest when a tier reads the store from a non-final
 * field (it must: {@code memory.grow} replaces it). Figures and the decision are in runtime/README.md.
 *
 * <p>Each access models what a tier emits for {@code i32.load offset=16}: an unsigned 32-bit base
 * widened to long plus the offset, a check that traps before touching anything outside the memory,
 * then the read. Sequential loops let the JIT hoist or merge checks; the {@code gather} loop reads
 * data-dependent addresses, the common case in compiled C, where it cannot.
 *
 * <p>Run: {@code java -cp <test classpath> org.openjdk.jmh.Main MemoryBenchmark} (README.md has the
 * full command).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2)
public class MemoryBenchmark {

    static final int PAGES = 16;
    static final int BYTES = PAGES * 65536;
    static final int ACCESSES = BYTES / 4 - 8;
    static final long OFFSET = 16;

    @Param({"byteArray", "byteArrayCatch", "byteArrayCheckIndex", "heapSegment", "nativeSegment"})
    public String store;

    BenchMemory memory;
    int[] addresses;

    @Setup(Level.Trial)
    public void setUp() {
        memory = BenchMemory.create(store, BYTES);
        Random random = new Random(42);
        addresses = new int[ACCESSES];
        for (int i = 0; i < ACCESSES; i++) {
            addresses[i] = random.nextInt(BYTES / 4 - 8) * 4;
            memory.i32Store((addresses[i] & 0xFFFFFFFFL) + OFFSET, i);
        }
    }

    @Benchmark
    @OperationsPerInvocation(ACCESSES)
    public int sequentialLoad() {
        BenchMemory m = memory;
        int sum = 0;
        for (int i = 0; i < ACCESSES; i++) {
            sum += m.i32Load(((i * 4) & 0xFFFFFFFFL) + OFFSET);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(ACCESSES)
    public void sequentialStore() {
        BenchMemory m = memory;
        for (int i = 0; i < ACCESSES; i++) {
            m.i32Store(((i * 4) & 0xFFFFFFFFL) + OFFSET, i);
        }
    }

    @Benchmark
    @OperationsPerInvocation(ACCESSES)
    public int gather() {
        BenchMemory m = memory;
        int[] a = addresses;
        int sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += m.i32Load((a[i] & 0xFFFFFFFFL) + OFFSET);
        }
        return sum;
    }

    /** Pointer chasing: each address comes from the previous load, so nothing can be hoisted or vectorised. */
    @Benchmark
    @OperationsPerInvocation(ACCESSES)
    public int chase() {
        BenchMemory m = memory;
        int p = 0;
        for (int i = 0; i < ACCESSES; i++) {
            int v = m.i32Load((p & 0xFFFFFFFFL) + OFFSET);
            p = (v * 4) & (BYTES / 2 - 4);
        }
        return p;
    }

    /** Read-modify-write through the same memory: a store may alias the next load. */
    @Benchmark
    @OperationsPerInvocation(ACCESSES)
    public void increment() {
        BenchMemory m = memory;
        int[] a = addresses;
        for (int i = 0; i < a.length; i++) {
            long ea = (a[i] & 0xFFFFFFFFL) + OFFSET;
            m.i32Store(ea, m.i32Load(ea) + 1);
        }
    }
}
