package dev.tandem.reports.analysis;

/** What a result is divided by before two runs are compared (or ratios are drawn). */
public enum Reference {
    /** The workload's native build, measured in the same file. */
    NATIVE("native"),
    /** The run's calibration kernel (workload "calibration"), measured in the same file. */
    CALIBRATION("calibration"),
    /** Nothing: bytes and counts do not drift with machine speed, or the file has no reference. */
    ABSOLUTE("absolute");

    private final String label;

    Reference(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
