package dev.tandem.reports.gate;

/** How a metric is gated: which threshold applies, or the exponent's absolute limit, or not at all. */
public enum GateGroup {
    THROUGHPUT,
    /** Start-up, density, load and memory: slower to measure, noisier, so a wider threshold. */
    STARTUP,
    EXPONENT,
    NOT_GATED;

    /** The policy (reports/README.md lists it): which harness metrics the gate judges. */
    public static GateGroup of(String harness, String metric) {
        return of(harness, metric, "");
    }

    /**
     * The policy for one metric in one configuration ({@code params} as {@code MetricKey} spells them).
     *
     * <p>A gated metric's samples must be replicates that vary the way whole runs do. Cold start-up
     * phases (a fresh JVM per sample), whole-process runs, throughput iterations and deserialize
     * rounds are judged. Warm start-up phases ({@code mode=warm}) and density's instantiations are
     * consecutive repetitions inside one JVM: their spread is far smaller than the spread between
     * two runs of unchanged code (five quick runs on the project's machine moved density's
     * instantiation time by up to 36% and warm {@code instantiate} by 26%, each "significant" against
     * intervals of +-12%), so they are reported, not gated.
     */
    public static GateGroup of(String harness, String metric, String params) {
        return switch (harness + "/" + metric) {
            case "throughput/time" -> THROUGHPUT;
            // throughput/wall: a real program run as a whole process (tandem run, a fresh process per
            // sample): JVM start and warm-up included, so it is judged like start-up's process wall.
            case "startup-process/wall", "startup-process/peak-rss", "deserialize/total-load", "deserialize/unload",
                 "deserialize/memory", "throughput/wall" -> STARTUP;
            case "deserialize/scaling-exponent" -> EXPONENT;
            // time-to-peak is one JIT-timing-dependent number per run, and per-module "load" is
            // already judged by total-load and the exponent: shown in the report, not gated.
            // In-process phases, cold or warm, are reported, not gated: cold ones are 3 fresh JVMs per
            // quick run timing sub-10 ms phases, and one of five runs of unchanged code moved the AOT
            // tier's cold instantiate by +34% [+5%, +71%]. Start-up stays gated through the
            // whole-process wall time (10 processes, over the bare-JVM probe) and module loading.
            default -> NOT_GATED;
        };
    }
}
