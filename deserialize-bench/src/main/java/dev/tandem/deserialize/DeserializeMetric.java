package dev.tandem.deserialize;

/**
 * The deserialize harness's metrics (docs/results-schema.md). The lab's {@code Metric} enum does not
 * list them yet; they are written with the same ids and units.
 */
enum DeserializeMetric {
    LOAD("load", "ns"),
    TOTAL_LOAD("total-load", "ms"),
    UNLOAD("unload", "ms"),
    MEMORY("memory", "bytes"),
    SCALING_EXPONENT("scaling-exponent", "1");

    private final String id;
    private final String unit;

    DeserializeMetric(String id, String unit) {
        this.id = id;
        this.unit = unit;
    }

    String id() {
        return id;
    }

    String unit() {
        return unit;
    }
}
