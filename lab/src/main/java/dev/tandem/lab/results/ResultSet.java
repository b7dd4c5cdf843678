package dev.tandem.lab.results;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One results file: what one harness run measured, skipped and failed. Harnesses add to it as
 * they go (it is written after every step, so an interrupted run keeps what it measured).
 */
@JsonPropertyOrder({"schema", "harness", "profile", "environment", "results", "skipped", "failures", "artifacts"})
public final class ResultSet {

    public static final String SCHEMA = "tandem-results/1";

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

    public String getSchema() {
        return SCHEMA;
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
        return Collections.unmodifiableList(new ArrayList<>(results));
    }

    public synchronized List<Skip> getSkipped() {
        return Collections.unmodifiableList(new ArrayList<>(skipped));
    }

    public synchronized List<Failure> getFailures() {
        return Collections.unmodifiableList(new ArrayList<>(failures));
    }

    public synchronized List<Artifact> getArtifacts() {
        return Collections.unmodifiableList(new ArrayList<>(artifacts));
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
}
