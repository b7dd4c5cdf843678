package dev.tandem.lab.cli;

import dev.tandem.lab.Profile;
import dev.tandem.lab.workload.LabPaths;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line every harness takes: {@code [--profile quick|full] [--out FILE] [--engines a,b]
 * [--workloads x,y]} plus harness-specific {@code --name value} options it declares.
 */
public final class HarnessArguments {

    private final Map<String, String> values = new LinkedHashMap<>();

    private HarnessArguments() {
    }

    /**
     * @param extra the harness's own option names (without {@code --})
     * @throws IllegalArgumentException for an unknown option or a missing value, with the usage
     */
    public static HarnessArguments parse(String harness, String[] args, Set<String> extra) {
        HarnessArguments a = new HarnessArguments();
        Set<String> known = new java.util.HashSet<>(Set.of("profile", "out", "engines", "workloads"));
        known.addAll(extra);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || !known.contains(arg.substring(2))) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'; " + usage(harness, extra));
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a value; " + usage(harness, extra));
            }
            a.values.put(arg.substring(2), args[++i]);
        }
        a.profile(); // fail early on a bad profile name
        return a;
    }

    static String usage(String harness, Set<String> extra) {
        StringBuilder s = new StringBuilder("usage: " + harness + " [--profile quick|full] [--out FILE] [--engines ID,...] [--workloads NAME,...]");
        for (String e : List.copyOf(new java.util.TreeSet<>(extra))) {
            s.append(" [--").append(e).append(" VALUE]");
        }
        return s.toString();
    }

    public Profile profile() {
        return Profile.parse(values.getOrDefault("profile", "quick"));
    }

    /** {@code --out}, else {@code lab/results/HARNESS-PROFILE.json} under the repository root. */
    public Path out(String harness) {
        String out = values.get("out");
        return out != null ? Path.of(out).toAbsolutePath()
                : LabPaths.root().resolve("lab/results").resolve(harness + "-" + profile().id() + ".json");
    }

    /** {@code --engines}, or null for all. */
    public String engines() {
        return values.get("engines");
    }

    /** {@code --workloads} as a list, or null when not given. */
    public List<String> workloads() {
        String w = values.get("workloads");
        return w == null ? null : List.of(w.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }
}
