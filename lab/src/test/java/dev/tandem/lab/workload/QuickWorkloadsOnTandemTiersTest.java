package dev.tandem.lab.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.runtime.Imports;
import dev.tandem.runtime.Instance;
import dev.tandem.runtime.Tier;
import dev.tandem.wasm.Wasm;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every workload of the corpus, at its {@code quick} size, on every Tandem tier: the library module's
 * {@code setup()} then {@code run(n)} must return the manifest's checksum (the same value the native
 * and node builds were checked against by {@code scripts/build-workloads.sh}).
 */
class QuickWorkloadsOnTandemTiersTest {

    private static final Manifest MANIFEST = Manifest.load();

    private static List<Tier> tiers() {
        List<Tier> tiers = new ArrayList<>();
        ServiceLoader.load(Tier.class).forEach(tiers::add);
        return tiers;
    }

    @Test
    void bothTiersAreOnTheClasspath() {
        Set<String> names = new TreeSet<>();
        tiers().forEach(t -> names.add(t.name()));
        // Without this the factory below could run zero tests and pass.
        assertTrue(names.containsAll(Set.of("truffle", "aot")), "tiers found: " + names);
    }

    @TestFactory
    Stream<DynamicTest> quickSizeChecksums() {
        return tiers().stream().flatMap(tier -> MANIFEST.workloads().stream().map(w ->
                DynamicTest.dynamicTest(tier.name() + ": " + w.name(), () -> {
                    Workload.Size quick = w.size("quick");
                    byte[] bytes = Files.readAllBytes(w.library());
                    Instance instance = tier.compile(Wasm.load(bytes)).instantiate(Imports.none());
                    long checksum = onLargeStack(() -> {
                        instance.function("setup").call();
                        return (Long) instance.function("run").call(quick.n())[0];
                    });
                    assertEquals(quick.checksum(), checksum, w.name() + " run(" + quick.n() + ") on " + tier.name());
                })));
    }

    /**
     * Runs a call on a thread with a 64 MiB stack. {@code recursion} recurses about 2,000 Wasm frames
     * deep at its quick size; an interpreted Truffle frame needs several KiB of Java stack, more than
     * a default thread has (the tier then traps "call stack exhausted", as the spec allows). The lab's
     * JMH forks run with {@code -Xss16m} for the same reason.
     */
    private static long onLargeStack(java.util.concurrent.Callable<Long> call) throws Exception {
        Object[] outcome = new Object[1];
        Thread thread = new Thread(null, () -> {
            try {
                outcome[0] = call.call();
            } catch (Throwable t) {
                outcome[0] = t;
            }
        }, "workload", 64L << 20);
        thread.start();
        thread.join();
        if (outcome[0] instanceof Throwable t) {
            throw t instanceof Exception e ? e : new RuntimeException(t);
        }
        return (Long) outcome[0];
    }
}
