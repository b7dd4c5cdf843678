package dev.tandem.deserialize;

import dev.tandem.deserialize.load.LoadConfig;
import dev.tandem.lab.Profile;
import java.util.ArrayList;
import java.util.List;

/**
 * What a profile measures: the configurations, each in {@code forks} fresh JVMs of {@code rounds}
 * rounds (a round loads N modules and unloads them again).
 *
 * <ul>
 * <li><b>quick</b> (under two minutes on two busy cores once the modules exist): one set of 3,000
 * modules of 10 functions; one thread all at once and two threads in batches of 10; unwind info on
 * and off with Tandem's registry, and the naive registry with unwind info on; one fork of three
 * rounds each.
 * <li><b>full</b>: 10,000 modules of 10 functions; 1, 2 and 4 threads, all at once and in batches of
 * 10, with unwind info; without it on 1 and 4 threads at once (what it costs shows there); the naive
 * registry on 1 thread at once and on 4 threads in batches; plus the function-count sweep (1 and 100
 * functions on one thread, unwind on and off) at N = 10,000 and 2,000 (bigger modules compile
 * slowly and take more disk). Two forks of two rounds each: 14 configurations fit in the quarter of
 * an hour the full profile has for this harness.
 * </ul>
 *
 * With unwind info off nothing is registered, so the naive registry is measured with it on only.
 *
 * @param seed the module sets' seed (fixed, so runs load the same modules)
 */
public record DeserializePlan(List<LoadConfig> configs, int forks, long seed) {

    static final long SEED = 0x7A4DE;
    /**
     * Loads before measuring. A load runs much of its code once per module (class loader, class
     * definition, method handles), and on Temurin 25 loads keep getting faster until about 20,000
     * (190 us per module after 10,000, 80 us after 20,000, on two busy cores): measured before that,
     * later loads are cheaper than earlier ones and the exponent reads below 1.
     */
    static final int WARMUP_LOADS = 20_000;

    public DeserializePlan {
        configs = List.copyOf(configs);
        if (forks < 1) {
            throw new IllegalArgumentException("forks must be at least 1, got " + forks);
        }
    }

    public static DeserializePlan of(Profile profile) {
        List<LoadConfig> configs = new ArrayList<>();
        if (profile == Profile.QUICK) {
            int n = 3_000;
            int warmup = WARMUP_LOADS;
            for (int[] tb : new int[][] {{1, 0}, {2, 10}}) {
                configs.add(new LoadConfig(10, n, tb[0], tb[1], true, LoadConfig.TANDEM, warmup, 3));
                configs.add(new LoadConfig(10, n, tb[0], tb[1], false, LoadConfig.TANDEM, warmup, 3));
                configs.add(new LoadConfig(10, n, tb[0], tb[1], true, LoadConfig.NAIVE, warmup, 3));
            }
            return new DeserializePlan(configs, 1, SEED);
        }
        int n = 10_000;
        for (int threads : new int[] {1, 2, 4}) {
            for (int batch : new int[] {0, 10}) {
                configs.add(new LoadConfig(10, n, threads, batch, true, LoadConfig.TANDEM, WARMUP_LOADS, 2));
                if (threads != 2 && batch == 0) {
                    configs.add(new LoadConfig(10, n, threads, batch, false, LoadConfig.TANDEM, WARMUP_LOADS, 2));
                }
                if (threads == 1 && batch == 0 || threads == 4 && batch == 10) {
                    configs.add(new LoadConfig(10, n, threads, batch, true, LoadConfig.NAIVE, WARMUP_LOADS, 2));
                }
            }
        }
        for (int[] fn : new int[][] {{1, 10_000}, {100, 2_000}}) {
            for (boolean unwind : new boolean[] {true, false}) {
                configs.add(new LoadConfig(fn[0], fn[1], 1, 0, unwind, LoadConfig.TANDEM, WARMUP_LOADS, 2));
            }
        }
        return new DeserializePlan(configs, 2, SEED);
    }

    /**
     * The same configurations with at most {@code modules} modules each (the harness's
     * {@code --modules} option: a shorter run of the same plan; tests use a small N).
     */
    public DeserializePlan withModules(int modules) {
        return new DeserializePlan(configs.stream().map(c -> new LoadConfig(c.functions(), Math.min(modules, c.modules()),
                c.threads(), c.batch(), c.unwind(), c.registry(), c.warmup(), c.rounds())).toList(), forks, seed);
    }
}
