package dev.tandem.reports.gate;

import dev.tandem.results.ResultsException;
import dev.tandem.results.Run;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code scripts/gate.sh BASELINE RESULTS [options]}: prints the Markdown summary and exits with
 * one of the codes below, so CI can tell a regression from a broken pipeline.
 */
public final class GateMain {

    public static final int PASSED = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    // 3 is taken by scripts/lib-jdk.sh: no JDK 25 found.
    public static final int MISSING_INPUT = 4;
    public static final int BAD_INPUT = 5;
    public static final int NOTHING_COMPARED = 6;

    static final String USAGE_TEXT = """
            usage: gate.sh BASELINE RESULTS [options]
              BASELINE, RESULTS  a results JSON file, or a folder of them (e.g. reports/baseline)
              --throughput-threshold F  worse by more than this fails a throughput metric (default 10%%)
              --startup-threshold F     same for start-up, density and load metrics (default 20%%)
              --exponent-limit X        a module-load scaling exponent above X fails (default 1.15)
              --confidence C            family-wise level of the intervals (default 0.99)
              --correction bonferroni|none  split the level over the metrics judged (default bonferroni)
              --method welch|bootstrap  interval of the change: Welch on log samples (default) or bootstrap of medians
              --resamples N             bootstrap resamples (default 10000, the lab's)
              --seed N                  bootstrap seed (default fixed: decisions are reproducible)
              --markdown FILE           also write the summary to FILE (e.g. $GITHUB_STEP_SUMMARY)
            exit: 0 passed, 1 regression, 2 usage, 3 no JDK 25, 4 input missing, 5 input not tandem-results/1,
                  6 nothing comparable (baseline and run share no gated metric), 7 reports module not buildable (gate.sh)""";

    private GateMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        GateConfig config = GateConfig.defaults();
        Path markdown = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("-h") || a.equals("--help")) {
                    out.println(USAGE_TEXT.formatted());
                    return PASSED;
                }
                if (!a.startsWith("--")) {
                    positional.add(a);
                    continue;
                }
                if (i + 1 >= args.length) throw new IllegalArgumentException(a + " needs a value");
                String v = args[++i];
                switch (a) {
                    case "--throughput-threshold" -> config = config.withThresholds(fraction(a, v), config.startupThreshold());
                    case "--startup-threshold" -> config = config.withThresholds(config.throughputThreshold(), fraction(a, v));
                    case "--exponent-limit" -> config = config.withExponentLimit(number(a, v));
                    case "--confidence" -> {
                        double c = number(a, v);
                        if (!(c > 0 && c < 1)) throw new IllegalArgumentException("--confidence must be between 0 and 1, got " + v);
                        config = config.withStatistics(c, config.method(), config.correction(), config.resamples(), config.seed());
                    }
                    case "--method" -> config = config.withStatistics(config.confidence(), choice(GateConfig.Method.class, a, v),
                            config.correction(), config.resamples(), config.seed());
                    case "--correction" -> config = config.withStatistics(config.confidence(), config.method(),
                            choice(GateConfig.Correction.class, a, v), config.resamples(), config.seed());
                    case "--resamples" -> {
                        int n = (int) number(a, v);
                        if (n < 100) throw new IllegalArgumentException("--resamples must be at least 100, got " + v);
                        config = config.withStatistics(config.confidence(), config.method(), config.correction(), n, config.seed());
                    }
                    case "--seed" -> config = config.withStatistics(config.confidence(), config.method(), config.correction(),
                            config.resamples(), (long) number(a, v));
                    case "--markdown" -> markdown = Path.of(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (positional.size() != 2) throw new IllegalArgumentException("expected BASELINE and RESULTS, got " + positional.size() + " paths");
        } catch (IllegalArgumentException e) {
            err.println("gate: " + e.getMessage());
            err.println(USAGE_TEXT.formatted());
            return USAGE;
        }
        Run baseline, current;
        try {
            baseline = Run.load(List.of(Path.of(positional.get(0))));
            current = Run.load(List.of(Path.of(positional.get(1))));
        } catch (ResultsException e) {
            err.println("gate: " + e.getMessage());
            return e.kind() == ResultsException.Kind.MISSING ? MISSING_INPUT : BAD_INPUT;
        }
        GateOutcome outcome = new Gate(config).compare(baseline, current);
        String summary = MarkdownSummary.render(outcome, positional.get(0), positional.get(1));
        out.print(summary);
        if (markdown != null) {
            try {
                Files.writeString(markdown, summary);
            } catch (IOException e) {
                err.println("gate: cannot write " + markdown + ": " + e.getMessage());
                return MISSING_INPUT;
            }
        }
        out.print(MarkdownSummary.tail(outcome));
        if (outcome.judged() == 0) {
            err.println("gate: nothing compared: the baseline and the run share no gated metric (wrong baseline, or every engine skipped?)");
            return NOTHING_COMPARED;
        }
        return outcome.passed() ? PASSED : FAILED;
    }

    /** "10%" or "0.10". */
    private static double fraction(String option, String value) {
        double f = value.endsWith("%") ? number(option, value.substring(0, value.length() - 1)) / 100 : number(option, value);
        if (!(f >= 0 && f < 10)) throw new IllegalArgumentException(option + " must be a fraction like 0.10 or 10%, got " + value);
        return f;
    }

    private static double number(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects a number, got \"" + value + "\"");
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(x -> x.name().toLowerCase(Locale.ROOT)).toList();
            throw new IllegalArgumentException(option + " must be one of " + String.join(", ", names) + ", got \"" + value + "\"");
        }
    }
}
