package dev.tandem.results;

import java.util.ArrayList;
import java.util.List;

/**
 * A results file being measured: a harness adds to it as it goes and writes {@link #file()} after
 * every step, so an interrupted run keeps what it measured. Thread-safe (harnesses add from
 * several threads).
 */
public final class ResultSet {

    private final String harness;
    private final String profile;
    private final Environment environment;
    private final List<Result> results = new ArrayList<>();
    private final List<Skip> skipped = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final List<Artifact> artifacts = new ArrayList<>();

    public ResultSet(String harness, String profile, Environment environment) {
        this.harness = harness;
        this.profile = profile;
        this.environment = environment;
    }

    public String getHarness() {
        return harness;
    }

    public String getProfile() {
        return profile;
    }

    public Environment getEnvironment() {
        return environment;
    }

    public synchronized List<Result> getResults() {
        return List.copyOf(results);
    }

    public synchronized List<Skip> getSkipped() {
        return List.copyOf(skipped);
    }

    public synchronized List<Failure> getFailures() {
        return List.copyOf(failures);
    }

    public synchronized List<Artifact> getArtifacts() {
        return List.copyOf(artifacts);
    }

    public synchronized void add(Result r) {
        results.add(r);
    }

    public synchronized void skip(String engine, String workload, String reason) {
        Skip s = new Skip(engine, workload, reason);
        if (!skipped.contains(s)) {
            skipped.add(s);
        }
    }

    public synchronized void fail(String engine, String workload, String reason) {
        failures.add(new Failure(engine, workload, reason));
    }

    public synchronized void add(Artifact a) {
        artifacts.add(a);
    }

    /** What has been added so far, as the file the writer writes. */
    public synchronized ResultsFile file() {
        return new ResultsFile(null, harness, profile, environment, results, skipped, failures, artifacts);
    }
}
