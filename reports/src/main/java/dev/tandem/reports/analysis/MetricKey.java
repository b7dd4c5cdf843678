package dev.tandem.reports.analysis;

import dev.tandem.results.Result;
import dev.tandem.results.ResultsFile;

/** What identifies "the same measurement" in two runs: harness, engine, workload, size, metric and params. */
public record MetricKey(String harness, String engine, String workload, String size, String metric, String params) {

    public static MetricKey of(ResultsFile file, Result result) {
        return new MetricKey(file.harness(), result.engine(), result.workload(), result.sizeText(), result.metric(),
                result.configuration());
    }

    /** A short label for tables: "throughput · nbody · tandem-aot-memory · time (threads=1)". */
    public String label() {
        StringBuilder text = new StringBuilder(harness).append(" · ").append(workload);
        if (!size.isEmpty() && !"default".equals(size)) text.append(" [").append(size).append(']');
        text.append(" · ").append(engine).append(" · ").append(metric);
        if (!params.isEmpty()) text.append(" (").append(params).append(')');
        return text.toString();
    }
}
