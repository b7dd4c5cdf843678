package dev.tandem.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.results.stats.Bootstrap;
import dev.tandem.results.stats.Statistics;
import dev.tandem.results.stats.Interval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A complete synthetic run in the results schema, one file per harness, with known true values:
 * engines at fixed speed factors to native, lognormal noise, power-law module loading. Tests set
 * what they want to detect (a slowdown, machine drift, an exponent) and check the verdicts.
 */
public final class SyntheticRun {

    static final List<String> WORKLOADS = List.of("nbody", "sha256", "json");
    static final Map<String, Double> NATIVE_NS = Map.of("nbody", 2.0e8, "sha256", 5.0e7, "json", 8.0e7);
    /** Engine time ÷ native time, the "true" ratios. */
    static final Map<String, Double> SPEED = new LinkedHashMap<>();

    static {
        SPEED.put("tandem-truffle-jit", 1.6);
        SPEED.put("tandem-aot-memory", 1.3);
        SPEED.put("graalwasm", 1.5);
        SPEED.put("chicory-interp", 40.0);
        SPEED.put("v8-node", 1.4);
    }

    /** The real-program set: native time of one whole run (ns), and engine ÷ native at peak and as a whole process. */
    static final Map<String, Double> REAL_NATIVE_NS = Map.of("sqlite", 3.0e9, "lua", 1.5e9);
    static final Map<String, Double> REAL_PEAK = Map.of("tandem-aot-memory", 2.0, "v8-node", 1.3);
    static final Map<String, Double> REAL_PROCESS = Map.of("tandem-aot-twasm", 2.6, "v8-node", 1.4);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SplittableRandom random;
    private double noise = 0.03;
    private int samples = 15;
    private double drift = 1.0;
    private double exponent = 1.02;
    private final Map<String, Double> throughputSlowdown = new HashMap<>();
    private final Map<String, Double> startupSlowdown = new HashMap<>();
    private final Set<String> without = new HashSet<>();
    private final Set<String> unvalidated = new HashSet<>();
    private boolean references = true;
    private boolean fullProfileShape;
    private boolean real;
    private int forks = 3;
    private double forkNoise = 0.01;
    private final Map<String, double[]> slowForks = new HashMap<>();

    public SyntheticRun(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Lognormal sigma of every sample (0.03 = a quiet machine, 0.15 = a very noisy one). */
    public SyntheticRun noise(double sigma) {
        this.noise = sigma;
        return this;
    }

    public SyntheticRun samples(int n) {
        this.samples = n;
        return this;
    }

    /** The whole machine slower by this factor: native, calibration and every engine alike. */
    public SyntheticRun drift(double factor) {
        this.drift = factor;
        return this;
    }

    /**
     * Throughput results as the harness writes them: {@code forks} JVMs of {@link #samples} measured
     * iterations each (params {@code forks}, {@code iterations}); each JVM's level is off by a
     * lognormal factor of sigma {@code forkNoise} (its JIT's luck), on top of the per-sample noise.
     */
    public SyntheticRun forks(int forks, double forkNoise) {
        this.forks = forks;
        this.forkNoise = forkNoise;
        return this;
    }

    /**
     * The first {@code count} JVMs of that engine on that workload settle in a mode {@code factor}
     * slower (a JIT decision made once per JVM, like the AOT tier's crc32 at 34.6 ms instead of 26.0).
     */
    public SyntheticRun slowForks(String engine, String workload, int count, double factor) {
        slowForks.put(engine + "|" + workload, new double[] {count, factor});
        return this;
    }

    public SyntheticRun throughputSlowdown(String engine, double factor) {
        throughputSlowdown.put(engine, factor);
        return this;
    }

    /** Slows the engine's in-process phases and its whole-process wall time. */
    public SyntheticRun startupSlowdown(String engine, double factor) {
        startupSlowdown.put(engine, factor);
        return this;
    }

    /** The scaling exponent of Tandem's registry (the naive ablation stays at 2). */
    public SyntheticRun exponent(double k) {
        this.exponent = k;
        return this;
    }

    public SyntheticRun without(String harness) {
        without.add(harness);
        return this;
    }

    /** Leaves out every native and calibration result: nothing to normalize to. */
    public SyntheticRun withoutReferences() {
        this.references = false;
        return this;
    }

    /**
     * The full profile's shape: the interpreter (chicory-interp) runs the quick size and native is
     * measured at both sizes, so one workload has results at two sizes; and a second module set
     * (as many modules, of more functions) is loaded with the same params as the first.
     */
    public SyntheticRun fullProfileShape() {
        this.fullProfileShape = true;
        return this;
    }

    /**
     * Adds the real-program set to the throughput file ({@code params.set = "real"}): peak times with
     * warm-up series ({@link #REAL_PEAK}, slowed by {@link #throughputSlowdown} too) and whole-process
     * wall times ({@link #REAL_PROCESS}), native's of both, a skipped engine and a failure.
     */
    public SyntheticRun realPrograms() {
        this.real = true;
        return this;
    }

    /** That engine's throughput results on that workload fail validation. */
    public SyntheticRun unvalidated(String engine, String workload) {
        unvalidated.add(engine + "|" + workload);
        return this;
    }

    public Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (!without.contains("throughput")) write(dir, throughput());
        if (!without.contains("startup")) write(dir, startup());
        if (!without.contains("startup-process")) write(dir, startupProcess());
        if (!without.contains("density")) write(dir, density());
        if (!without.contains("deserialize")) write(dir, deserialize());
        return dir;
    }

    private void write(Path dir, ObjectNode file) throws IOException {
        if (!references) {
            ArrayNode kept = JSON.createArrayNode();
            file.get("results").forEach(r -> {
                if (!r.get("engine").asText().equals("native") && !r.get("workload").asText().equals("calibration")) kept.add(r);
            });
            file.set("results", kept);
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(file.get("harness").asText() + ".json").toFile(), file);
    }

    private ObjectNode file(String harness) {
        ObjectNode f = JSON.createObjectNode();
        f.put("schema", "tandem-results/1").put("harness", harness).put("profile", "quick");
        ObjectNode env = f.putObject("environment");
        env.put("jdk", "25.0.3+9-LTS (synthetic)");
        env.putArray("jvmFlags").add("-XX:+EnableJVMCI");
        env.put("cpuModel", "Synthetic CPU").put("cores", 2).put("memoryBytes", 25769803776L).put("os", "Linux 6.1 amd64")
                .put("gitRevision", "abc1234").put("gitDirty", false).put("date", "2026-11-23T11:00:00Z");
        env.putObject("tools").put("node", "v20.20.2").put("gcc", "12.2.0");
        f.putArray("results");
        f.putArray("skipped");
        f.putArray("failures");
        f.putArray("artifacts");
        return f;
    }

    private ObjectNode throughput() {
        ObjectNode f = file("throughput");
        ArrayNode results = (ArrayNode) f.get("results");
        for (String w : WORKLOADS) {
            double nativeNs = NATIVE_NS.get(w) * drift;
            results.add(forked(result("native", w, "time", "ns", nativeNs, Map.of(), warmup(nativeNs, 0, 1)), nativeNs, new double[] {0, 1}));
            if (fullProfileShape) {
                results.add(sized(forked(result("native", w, "time", "ns", nativeNs / 20, Map.of(), warmup(nativeNs / 20, 0, 1)),
                        nativeNs / 20, new double[] {0, 1}), "quick"));
            }
            for (Map.Entry<String, Double> e : SPEED.entrySet()) {
                String engine = e.getKey();
                boolean jit = !engine.equals("chicory-interp");
                double sizeFactor = !jit && fullProfileShape ? 1.0 / 20 : 1.0;
                String size = sizeFactor == 1.0 ? "default" : "quick";
                double peak = nativeNs * sizeFactor * e.getValue() * throughputSlowdown.getOrDefault(engine, 1.0);
                ObjectNode r = sized(result(engine, w, "time", "ns", peak, Map.of(), warmup(peak, jit ? 8 : 0.3, jit ? 6 : 2)), size);
                forked(r, peak, slowForks.getOrDefault(engine + "|" + w, new double[] {0, 1}));
                if (unvalidated.contains(engine + "|" + w)) r.put("validated", false);
                results.add(r);
                results.add(sized(result(engine, w, "time-to-peak", "ms", peak / 1e6 * (jit ? 12 : 2), Map.of(), null), size));
            }
        }
        if (real) realPrograms(f);
        ((ArrayNode) f.get("skipped")).addObject().put("engine", "v8-node-liftoff").put("workload", "*").put("reason", "node not found on PATH");
        ((ArrayNode) f.get("failures")).addObject().put("engine", "chicory-compiler").put("workload", "json")
                .put("reason", "checksum mismatch: expected 0x1f2e, got 0x0000");
        ((ArrayNode) f.get("artifacts")).addObject().put("kind", "flamegraph-cpu").put("engine", "tandem-aot-memory")
                .put("workload", "nbody").put("path", "flame/tandem-aot-memory-nbody-cpu.html");
        return f;
    }

    private void realPrograms(ObjectNode f) {
        ArrayNode results = (ArrayNode) f.get("results");
        Map<String, Object> set = Map.of("set", "real");
        for (Map.Entry<String, Double> p : REAL_NATIVE_NS.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            String program = p.getKey();
            double nativeNs = p.getValue() * drift;
            results.add(sized(forked(result("native", program, "time", "ns", nativeNs, set, warmup(nativeNs, 0, 1)), nativeNs,
                    new double[] {0, 1}), "quick"));
            results.add(sized(result("native", program, "wall", "ms", nativeNs / 1e6, set, null), "quick"));
            for (String engine : List.of("tandem-aot-memory", "v8-node")) {
                double peak = nativeNs * REAL_PEAK.get(engine) * throughputSlowdown.getOrDefault(engine, 1.0);
                results.add(sized(forked(result(engine, program, "time", "ns", peak, set, warmup(peak, 3, 2)), peak, new double[] {0, 1}), "quick"));
                results.add(sized(result(engine, program, "time-to-peak", "ms", peak / 1e6 * 4, set, null), "quick"));
            }
            for (String engine : List.of("tandem-aot-twasm", "v8-node")) {
                double wall = nativeNs / 1e6 * REAL_PROCESS.get(engine) * throughputSlowdown.getOrDefault(engine, 1.0);
                results.add(sized(result(engine, program, "wall", "ms", wall, set, null), "quick"));
            }
        }
        ((ArrayNode) f.get("skipped")).addObject().put("engine", "chicory-interp").put("workload", "lua")
                .put("reason", "real programs: an interpreter needs many minutes per run of a real program");
        ((ArrayNode) f.get("failures")).addObject().put("engine", "graalwasm").put("workload", "sqlite")
                .put("reason", "stdout sha256 0000000000000000.. (12 bytes, began \"x\"), expected 1111111111111111..");
    }

    /** y(i) = peak · (1 + amplitude · e^(−i/tau)): a JIT tier compiling its way down to peak. */
    private double[][] warmup(double peak, double amplitude, double tau) {
        double[][] series = new double[40][];
        for (int i = 0; i < series.length; i++) series[i] = new double[] {i, peak * (1 + amplitude * Math.exp(-i / tau)) * jitter()};
        return series;
    }

    private ObjectNode startup() {
        ObjectNode f = file("startup");
        ArrayNode results = (ArrayNode) f.get("results");
        results.add(result("native", "calibration", "time", "ns", 1.0e6 * drift, Map.of(), null));
        Map<String, double[]> phases = new LinkedHashMap<>();
        // decode, compile, load, instantiate, first-call in ms; NaN: the engine has no such phase
        phases.put("tandem-truffle-jit", new double[] {2, Double.NaN, Double.NaN, 1.5, 4});
        phases.put("tandem-aot-memory", new double[] {2, 25, Double.NaN, 0.8, 0.5});
        phases.put("tandem-aot-twasm", new double[] {Double.NaN, Double.NaN, 3, 0.8, 0.5});
        phases.put("graalwasm", new double[] {6, Double.NaN, Double.NaN, 3, 5});
        phases.put("chicory-interp", new double[] {1.5, Double.NaN, Double.NaN, 0.4, 0.3});
        String[] names = {"phase.decode", "phase.compile", "phase.load", "phase.instantiate", "phase.first-call"};
        for (String mode : List.of("cold", "warm")) {
            double modeFactor = mode.equals("cold") ? 1 : 0.2;
            phases.forEach((engine, ms) -> {
                for (int i = 0; i < names.length; i++) {
                    if (Double.isNaN(ms[i])) continue;
                    double ns = ms[i] * 1e6 * modeFactor * drift * startupSlowdown.getOrDefault(engine, 1.0);
                    results.add(result(engine, "hello", names[i], "ns", ns, Map.of("mode", mode), null));
                }
            });
        }
        return f;
    }

    private ObjectNode startupProcess() {
        ObjectNode f = file("startup-process");
        ArrayNode results = (ArrayNode) f.get("results");
        Map<String, double[]> engines = new LinkedHashMap<>(); // wall ms, peak RSS MiB
        engines.put("tandem-aot-twasm", new double[] {180, 60});
        engines.put("tandem-truffle-jit", new double[] {420, 140});
        engines.put("v8-node", new double[] {45, 42});
        engines.put("native", new double[] {1.2, 1.5});
        engines.forEach((engine, v) -> {
            results.add(result(engine, "hello", "wall", "ms", v[0] * drift * startupSlowdown.getOrDefault(engine, 1.0), Map.of(), null));
            results.add(result(engine, "hello", "peak-rss", "bytes", v[1] * (1 << 20), Map.of(), null));
        });
        results.add(result("native", "calibration", "time", "ns", 1.0e6 * drift, Map.of(), null));
        ((ArrayNode) f.get("skipped")).addObject().put("engine", "v8-node-liftoff").put("workload", "*").put("reason", "node not found on PATH");
        return f;
    }

    private ObjectNode density() {
        ObjectNode f = file("density");
        ArrayNode results = (ArrayNode) f.get("results");
        Map<String, double[]> engines = new LinkedHashMap<>(); // bytes per instance, instantiate ns
        engines.put("tandem-aot-memory", new double[] {3200, 9000});
        engines.put("tandem-truffle-jit", new double[] {5200, 15000});
        engines.put("graalwasm", new double[] {9000, 30000});
        engines.put("chicory-interp", new double[] {7000, 12000});
        engines.forEach((engine, v) -> {
            results.add(result(engine, "small", "bytes-per-instance", "bytes", v[0], Map.of("instances", 1000), null));
            results.add(result(engine, "small", "instantiate", "ns", v[1] * drift, Map.of("instances", 1000), null));
        });
        results.add(result("native", "calibration", "time", "ns", 1.0e6 * drift, Map.of(), null));
        return f;
    }

    private ObjectNode deserialize() {
        ObjectNode f = file("deserialize");
        ArrayNode results = (ArrayNode) f.get("results");
        int n = 2000;
        for (int threads : new int[] {1, 2}) {
            for (boolean unwind : new boolean[] {true, false}) {
                loadConfig(results, n, threads, unwind, "tandem", exponent, unwind ? 40_000 : 32_000);
            }
        }
        loadConfig(results, n, 1, true, "naive", 2.0, 40_000);
        if (fullProfileShape) {
            loadConfig(results, "modules-" + n + "-f100", n, 1, true, "tandem", exponent, 150_000);
        }
        results.add(result("native", "calibration", "time", "ns", 1.0e6 * drift, Map.of(), null));
        return f;
    }

    private void loadConfig(ArrayNode results, int n, int threads, boolean unwind, String registry, double k, double firstNs) {
        loadConfig(results, "modules-" + n, n, threads, unwind, registry, k, firstNs);
    }

    private void loadConfig(ArrayNode results, String workload, int n, int threads, boolean unwind, String registry, double k,
            double firstNs) {
        Map<String, Object> params = Map.of("threads", threads, "unwind", unwind, "registry", registry, "loaded", n);
        double[][] series = new double[n][];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double y = firstNs * drift * Math.pow(i + 1, k - 1) * jitter();
            series[i] = new double[] {i, y};
            total += y;
        }
        results.add(result("tandem-aot-twasm", workload, "load", "ns", firstNs * drift, params, series));
        ObjectNode exponentResult = result("tandem-aot-twasm", workload, "scaling-exponent", "1", k, params, null);
        exponentResult.putArray("samples").add(k);
        exponentResult.put("median", k);
        exponentResult.putArray("ci95").add(k - 0.03).add(k + 0.03);
        exponentResult.put("stat", "loglog-ols");
        results.add(exponentResult);
        results.add(result("tandem-aot-twasm", workload, "total-load", "ms", total / 1e6, params, null));
        results.add(result("tandem-aot-twasm", workload, "unload", "ms", total / 1e6 / 8, params, null));
        results.add(result("tandem-aot-twasm", workload, "memory", "bytes", n * 90_000.0, params, null));
    }

    /** Replaces a throughput result's samples with forks x iterations of them, fork by fork. */
    private ObjectNode forked(ObjectNode r, double trueMedian, double[] slow) {
        double[] s = new double[forks * samples];
        for (int f = 0; f < forks; f++) {
            double level = trueMedian * Math.exp(forkNoise * gaussian()) * (f < slow[0] ? slow[1] : 1);
            for (int i = 0; i < samples; i++) s[f * samples + i] = level * jitter();
        }
        ArrayNode arr = r.putArray("samples");
        for (double v : s) arr.add(v);
        r.put("median", Statistics.median(s));
        Interval ci = new Bootstrap(500, 1).medianInterval(s, 0.95);
        r.putArray("ci95").add(ci.low()).add(ci.high());
        ((ObjectNode) r.get("params")).put("forks", forks).put("iterations", samples);
        return r;
    }

    private static ObjectNode sized(ObjectNode result, String size) {
        return result.put("size", size);
    }

    private ObjectNode result(String engine, String workload, String metric, String unit, double trueMedian,
            Map<String, Object> params, double[][] series) {
        ObjectNode r = JSON.createObjectNode();
        r.put("engine", engine).put("workload", workload).put("size", "default").put("metric", metric).put("unit", unit);
        double[] s = new double[samples];
        for (int i = 0; i < s.length; i++) s[i] = trueMedian * jitter();
        ArrayNode arr = r.putArray("samples");
        for (double v : s) arr.add(v);
        r.put("median", Statistics.median(s));
        Interval ci = new Bootstrap(500, 1).medianInterval(s, 0.95);
        r.putArray("ci95").add(ci.low()).add(ci.high());
        r.put("stat", "median-bootstrap");
        ObjectNode p = r.putObject("params");
        params.forEach((k, v) -> {
            if (v instanceof Integer i) p.put(k, i);
            else if (v instanceof Boolean b) p.put(k, b);
            else p.put(k, String.valueOf(v));
        });
        r.put("validated", true);
        if (series != null) {
            ArrayNode points = r.putArray("series");
            for (double[] pt : series) points.addArray().add(pt[0]).add(pt[1]);
        }
        return r;
    }

    /** A lognormal factor with median 1. */
    private double jitter() {
        return Math.exp(noise * gaussian());
    }

    private double gaussian() {
        double u = random.nextDouble(), v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
