package dev.tandem.runtime.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The other half of the memory choice: what the first memory of a fresh JVM costs, class
 * initialisation included (VarHandles, value layouts, arenas). The lab measures startup phase by
 * phase, so a representation that is fast when warm but slow to bring up would show there.
 * One shot per fork, many forks, as cold-start measurements need.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 15)
public class MemoryColdStartBenchmark {

    @Param({"byteArray", "byteArrayCatch", "byteArrayCheckIndex", "heapSegment", "nativeSegment"})
    public String store;

    @Benchmark
    public int firstAccess() {
        BenchMemory memory = BenchMemory.create(store, 65536);
        memory.i32Store(1024, 42);
        return memory.i32Load(1024);
    }
}
