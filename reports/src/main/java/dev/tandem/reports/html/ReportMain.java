package dev.tandem.reports.html;

import dev.tandem.reports.gate.GateConfig;
import dev.tandem.reports.gate.GateMain;
import dev.tandem.results.ResultsException;
import dev.tandem.results.Run;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code report --out DIR [--baseline PATH] RESULTS...}: writes DIR/index.html and prints its path.
 * Exit codes as the gate's (2 usage, 4 input missing, 5 input not tandem-results/1).
 */
public final class ReportMain {

    static final String USAGE_TEXT = """
            usage: report --out DIR [--baseline FILE|DIR] RESULTS...
              RESULTS         results JSON files, or folders of them (every *.json inside)
              --out DIR       where index.html is written (created if missing)
              --baseline P    a baseline run: adds the comparison section the gate would judge""";

    private ReportMain() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path outDir = null, baselinePath = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-h", "--help" -> {
                    out.println(USAGE_TEXT);
                    return GateMain.PASSED;
                }
                case "--out", "--baseline" -> {
                    if (i + 1 >= args.length) return usage(err, args[i] + " needs a value");
                    Path p = Path.of(args[++i]);
                    if (args[i - 1].equals("--out")) outDir = p; else baselinePath = p;
                }
                default -> {
                    if (args[i].startsWith("--")) return usage(err, "unknown option " + args[i]);
                    inputs.add(Path.of(args[i]));
                }
            }
        }
        if (outDir == null) return usage(err, "--out DIR is required");
        if (inputs.isEmpty()) return usage(err, "no results files given");
        try {
            Run run = Run.load(inputs);
            Run baseline = baselinePath == null ? null : Run.load(List.of(baselinePath));
            Files.createDirectories(outDir);
            String html = ReportPage.render(run, baseline, baselinePath == null ? "" : baselinePath.toString(), outDir,
                    GateConfig.defaults());
            Path index = outDir.resolve("index.html");
            Files.writeString(index, html);
            out.println(index.toAbsolutePath());
            return GateMain.PASSED;
        } catch (ResultsException e) {
            err.println("report: " + e.getMessage());
            return e.kind() == ResultsException.Kind.MISSING ? GateMain.MISSING_INPUT : GateMain.BAD_INPUT;
        } catch (IOException e) {
            err.println("report: cannot write " + outDir + ": " + e.getMessage());
            return GateMain.MISSING_INPUT;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("report: " + problem);
        err.println(USAGE_TEXT);
        return GateMain.USAGE;
    }
}
