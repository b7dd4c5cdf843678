package dev.tandem.reports.baseline;

import dev.tandem.results.ResultsException;
import dev.tandem.results.ResultsFile;
import dev.tandem.results.ResultsReader;
import dev.tandem.results.ResultsWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * reports/bin/pool-baseline: pools several quick runs of unchanged code into one baseline folder for
 * the gate ({@link BaselinePool} says how). Every run must hold the same results files; every file
 * is read and pooled before anything is written, so a refused run leaves the baseline as it was.
 */
public final class PoolBaselineMain {

    public static final int WRITTEN = 0;
    public static final int USAGE = 2;
    public static final int MISSING_INPUT = 4;
    public static final int REFUSED = 5;

    static final String USAGE_TEXT = """
            usage: reports/bin/pool-baseline RUN_DIR RUN_DIR... --into DIR
              RUN_DIR  a folder written by ./scripts/bench.sh (two or more)
              --into   the baseline folder to write (e.g. reports/baseline/), one file per harness
            exit: 0 written, 2 usage, 3 no JDK 25, 4 input missing or not readable,
                  5 runs that do not match (different files, harnesses, profiles or iterations) or are not clean
                  (a failure or an unvalidated result), 7 reports module not buildable""";

    private PoolBaselineMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<Path> runs = new ArrayList<>();
        Path into = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                out.println(USAGE_TEXT);
                return WRITTEN;
            } else if (a.equals("--into")) {
                if (i + 1 == args.length) return usage(err, "--into needs a folder");
                into = Path.of(args[++i]);
            } else if (a.startsWith("-")) {
                return usage(err, "unknown option " + a);
            } else {
                runs.add(Path.of(a));
            }
        }
        if (into == null) return usage(err, "--into DIR is required");
        if (runs.size() < 2) return usage(err, "give two or more run folders (one run needs no pooling: copy its files)");
        try {
            List<String> names = null;
            for (Path dir : runs) {
                if (!Files.isDirectory(dir)) return fail(err, MISSING_INPUT, dir + ": not a folder");
                List<String> mine = jsonNames(dir);
                if (names == null) {
                    names = mine;
                } else if (!mine.equals(names)) {
                    return fail(err, REFUSED, dir + ": results files " + mine + " differ from " + names);
                }
            }
            Map<String, ResultsFile> pooled = new LinkedHashMap<>();
            ResultsReader reader = new ResultsReader();
            for (String name : names) {
                List<ResultsFile> files = new ArrayList<>();
                for (Path dir : runs) files.add(reader.read(dir.resolve(name)));
                pooled.put(name, BaselinePool.pool(files));
            }
            // Written only once every harness pooled, each file replaced whole: nothing half-written.
            for (Map.Entry<String, ResultsFile> e : pooled.entrySet()) {
                Path target = into.resolve(e.getKey());
                ResultsWriter.write(e.getValue(), target);
                out.println(target);
            }
            return WRITTEN;
        } catch (ResultsException e) {
            return fail(err, MISSING_INPUT, e.getMessage());
        } catch (BaselinePool.Refused e) {
            return fail(err, REFUSED, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            return fail(err, MISSING_INPUT, e.getMessage());
        }
    }

    private static List<String> jsonNames(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static int usage(PrintStream err, String message) {
        err.println("pool-baseline: " + message);
        err.println(USAGE_TEXT);
        return USAGE;
    }

    private static int fail(PrintStream err, int code, String message) {
        err.println("pool-baseline: " + message);
        return code;
    }
}
