package dev.tandem.conformance.run;

import dev.tandem.spec.script.Command;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checked-in list of commands a tier skips, each with file, line and reason, plus named
 * general rules. The format is documented at the top of {@code skips.txt}: lines
 * {@code FILE.json:LINE TIERS REASON} and {@code rule NAME TIERS REASON}, where TIERS is
 * {@code *} or a comma-separated list of tier names. Only the rules this class knows are allowed,
 * so a typo cannot silently skip nothing (or everything).
 */
public final class SkipList {

    /** The bundled list: conformance/src/main/resources/dev/tandem/conformance/skips.txt. */
    public static final String BUILT_IN = "/dev/tandem/conformance/skips.txt";

    /** Rule: assert_malformed commands whose module is a .wat text file. */
    public static final String TEXT_FORMAT_RULE = "text-format";

    private static final Set<String> KNOWN_RULES = Set.of(TEXT_FORMAT_RULE);

    /** One entry; {@code file} and {@code line} are null/0 for a rule. {@code origin} is "skips.txt:12". */
    public record Entry(String rule, String file, int line, List<String> tiers, String reason, String origin) {

        boolean appliesTo(String tier) {
            return tiers.contains("*") || tiers.contains(tier);
        }
    }

    private final List<Entry> entries;

    private SkipList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static SkipList builtIn() {
        try (InputStream in = SkipList.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("skip list resource " + BUILT_IN + " is missing from the classpath");
            }
            return parse("skips.txt", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a list; a malformed line is an {@link IllegalArgumentException} naming {@code source} and line. */
    public static SkipList parse(String source, String text) {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
            String raw;
            int number = 0;
            while ((raw = reader.readLine()) != null) {
                number++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                entries.add(entry(line, source + ":" + number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SkipList(entries);
    }

    private static Entry entry(String line, String origin) {
        String[] parts = line.split("\\s+", 4);
        if (parts[0].equals("rule")) {
            if (parts.length < 4) {
                throw new IllegalArgumentException(origin + ": expected \"rule NAME TIERS REASON\"");
            }
            if (!KNOWN_RULES.contains(parts[1])) {
                throw new IllegalArgumentException(origin + ": unknown rule \"" + parts[1] + "\" (known: " + KNOWN_RULES + ")");
            }
            return new Entry(parts[1], null, 0, tiers(parts[2]), parts[3], origin);
        }
        String[] fields = line.split("\\s+", 3);
        if (fields.length < 3) {
            throw new IllegalArgumentException(origin + ": expected \"FILE.json:LINE TIERS REASON\"");
        }
        int colon = fields[0].lastIndexOf(':');
        int lineNumber;
        try {
            lineNumber = colon > 0 ? Integer.parseInt(fields[0].substring(colon + 1)) : -1;
        } catch (NumberFormatException e) {
            lineNumber = -1;
        }
        if (lineNumber <= 0) {
            throw new IllegalArgumentException(origin + ": \"" + fields[0] + "\" is not FILE.json:LINE");
        }
        return new Entry(null, fields[0].substring(0, colon), lineNumber, tiers(fields[1]), fields[2], origin);
    }

    private static List<String> tiers(String field) {
        return List.of(field.split(","));
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The skip decided for {@code command} of {@code file} on {@code tier}, or null when it runs. */
    public Outcome.Skipped skip(String tier, String file, Command command) {
        for (Entry e : entries) {
            if (!e.appliesTo(tier)) {
                continue;
            }
            boolean hit = e.rule() != null
                    ? ruleMatches(e.rule(), command)
                    : e.file().equals(file) && e.line() == command.line();
            if (hit) {
                return new Outcome.Skipped(e.reason(), e.origin(), e.rule() != null);
            }
        }
        return null;
    }

    private static boolean ruleMatches(String rule, Command command) {
        return switch (rule) {
            case TEXT_FORMAT_RULE -> command instanceof Command.AssertModule m && m.textFormat();
            default -> throw new IllegalStateException("rule " + rule + " has no matcher");
        };
    }
}
