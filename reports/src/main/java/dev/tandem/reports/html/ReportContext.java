package dev.tandem.reports.html;

import dev.tandem.results.ResultsFile;
import dev.tandem.results.Run;
import dev.tandem.results.Skip;
import dev.tandem.results.stats.Bootstrap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What every section needs: the run, where the page is written (links are relative to it, so the
 * folder can be moved or zipped) and the statistics settings of the charts.
 */
record ReportContext(Run run, Path outDir, Bootstrap bootstrap, double confidence) {

    /** The engine ids of docs/results-schema.md, in its order: sections list and colour them in this order. */
    static final List<String> ENGINES = List.of("tandem-truffle-jit", "tandem-truffle-interp", "tandem-aot-memory",
            "tandem-aot-twasm", "tandem-aot-twasm-nounwind", "graalwasm", "chicory-interp", "chicory-compiler", "v8-node", "v8-node-liftoff",
            "v8-node-turbofan", "native");

    /** Sort key for engines: the schema's order, unknown engines after it. */
    static int engineOrder(String engine) {
        int i = ENGINES.indexOf(engine);
        return i < 0 ? ENGINES.size() : i;
    }

    /** The harness's skipped and failed engines, as "not measured" lines under its charts. */
    String notMeasuredLines(String harness) {
        return notMeasuredLines(harness, workload -> true);
    }

    /** The same, for the workloads {@code workloads} accepts ("*" entries always). */
    String notMeasuredLines(String harness, java.util.function.Predicate<String> workloads) {
        StringBuilder out = new StringBuilder();
        List<String> seen = new ArrayList<>();
        for (ResultsFile f : run.harness(harness).toList()) {
            for (Skip s : f.skipped()) {
                if (!"*".equals(s.workload()) && !workloads.test(s.workload())) continue;
                String what = s.engine() + ("*".equals(s.workload()) ? "" : " on " + s.workload());
                if (seen.contains(what)) continue;
                seen.add(what);
                out.append(HtmlText.notMeasured(what, s.reason()));
            }
            for (var x : f.failures()) {
                if (!"*".equals(x.workload()) && !workloads.test(x.workload())) continue;
                String what = x.engine() + ("*".equals(x.workload()) ? "" : " on " + x.workload());
                out.append(HtmlText.notMeasured(what + " (no score)", x.reason()));
            }
            f.results().stream().filter(r -> !r.validated() && workloads.test(r.workload())).forEach(r -> out.append(HtmlText.notMeasured(
                    r.engine() + " on " + r.workload() + " " + r.metric() + " (no score)",
                    "the result did not validate (checksum mismatch), so it carries no number")));
        }
        return out.toString();
    }

    /** A link from the page to a file named relative to a results file. */
    String link(ResultsFile file, String path) {
        Path target = file.path().toAbsolutePath().getParent().resolve(path).normalize();
        return outDir.toAbsolutePath().normalize().relativize(target).toString().replace('\\', '/');
    }
}
