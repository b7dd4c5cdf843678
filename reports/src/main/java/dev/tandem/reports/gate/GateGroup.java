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
        return switch (harness + "/" + metric) {
            case "throughput/time" -> THROUGHPUT;
            case "startup-process/wall", "startup-process/peak-rss", "density/instantiate",
                 "density/bytes-per-instance", "deserialize/total-load", "deserialize/unload",
                 "deserialize/memory" -> STARTUP;
            case "deserialize/scaling-exponent" -> EXPONENT;
            // time-to-peak is one JIT-timing-dependent number per run, and per-module "load" is
            // already judged by total-load and the exponent: shown in the report, not gated.
            default -> harness.equals("startup") && metric.startsWith("phase.") ? STARTUP : NOT_GATED;
        };
    }
}
