package dev.tandem.results;

/** An engine (on one workload, or {@code *} for all) that did not run, and why. */
public record Skip(String engine, String workload, String reason) {

    public boolean covers(String engine, String workload) {
        return this.engine.equals(engine) && ("*".equals(this.workload) || this.workload.equals(workload));
    }
}
