package dev.tandem.reports.results;

/** An engine (or one of its workloads; "*" for all) the harness did not measure, and why. */
public record Skip(String engine, String workload, String reason) {

    public boolean covers(String engine, String workload) {
        return this.engine.equals(engine) && ("*".equals(this.workload) || this.workload.equals(workload));
    }
}
