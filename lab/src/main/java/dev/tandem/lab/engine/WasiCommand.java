package dev.tandem.lab.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a WASI command is given beyond its module: the full argv ({@code argv[0]} first) and the
 * directories preopened for it, guest path to absolute host path (in order: descriptors 3, 4, ...).
 * No environment variables and no stdin, as the real-program contract says. Data, so it crosses to
 * node and forked JVMs inside a {@link Plan}.
 */
public record WasiCommand(List<String> args, Map<String, String> dirs) {

    public WasiCommand {
        args = List.copyOf(args);
        if (args.isEmpty()) {
            throw new IllegalArgumentException("a command's argv needs at least argv[0]");
        }
        dirs = Collections.unmodifiableMap(new LinkedHashMap<>(dirs));
    }

    /**
     * The argv for a native run of the same program: an argument naming a preopened guest directory,
     * or a path under one, becomes the host path (natively nothing maps {@code /bench} to its folder).
     */
    public List<String> hostArgs() {
        return args.stream().map(this::hostPath).toList();
    }

    private String hostPath(String arg) {
        for (Map.Entry<String, String> d : dirs.entrySet()) {
            String guest = d.getKey().length() > 1 && d.getKey().endsWith("/") ? d.getKey().substring(0, d.getKey().length() - 1) : d.getKey();
            if (arg.equals(guest)) {
                return d.getValue();
            }
            String prefix = guest.equals("/") ? "/" : guest + "/";
            if (arg.startsWith(prefix)) {
                return java.nio.file.Path.of(d.getValue()).resolve(arg.substring(prefix.length())).toString();
            }
        }
        return arg;
    }
}
