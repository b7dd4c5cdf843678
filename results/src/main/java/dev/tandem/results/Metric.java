package dev.tandem.results;

/** The metrics of docs/results-schema.md with their units. */
public enum Metric {
    TIME("time", "ns"),
    TIME_TO_PEAK("time-to-peak", "ms"),
    PHASE_RUNTIME_INIT("phase.runtime-init", "ns"),
    PHASE_DECODE("phase.decode", "ns"),
    PHASE_COMPILE("phase.compile", "ns"),
    PHASE_LOAD("phase.load", "ns"),
    PHASE_INSTANTIATE("phase.instantiate", "ns"),
    PHASE_FIRST_CALL("phase.first-call", "ns"),
    WALL("wall", "ms"),
    PEAK_RSS("peak-rss", "bytes"),
    INSTANTIATE("instantiate", "ns"),
    BYTES_PER_INSTANCE("bytes-per-instance", "bytes"),
    LOAD("load", "ns"),
    TOTAL_LOAD("total-load", "ms"),
    UNLOAD("unload", "ms"),
    MEMORY("memory", "bytes"),
    SCALING_EXPONENT("scaling-exponent", "1");

    private final String id;
    private final String unit;

    Metric(String id, String unit) {
        this.id = id;
        this.unit = unit;
    }

    public String id() {
        return id;
    }

    public String unit() {
        return unit;
    }

    /** The start-up metric of an engine phase name ({@code decode} -> {@code phase.decode}). */
    public static Metric phase(String phaseName) {
        for (Metric m : values()) {
            if (m.id.equals("phase." + phaseName)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no metric for phase '" + phaseName + "'");
    }
}
