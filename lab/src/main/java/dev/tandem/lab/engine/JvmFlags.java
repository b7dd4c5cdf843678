package dev.tandem.lab.engine;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.tandem.lab.workload.LabPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The JVM flags engines need. On stock Temurin 25 the Graal JIT (for GraalWasm and Tandem's Truffle
 * tier) needs JVMCI on and four jars of one GraalVM version on the upgrade module path; the lab's
 * build copies them to {@code lab/target/jvmci} ({@code -Dtandem.lab.jvmci} overrides). The flags
 * themselves are the parent pom's ({@code jvmci.flags}, {@code jdk.quiet.flags}, {@code aot.jit.flags}), which Maven writes
 * into {@code jvm-flags.properties} beside this class.
 */
public final class JvmFlags {

    private static final Properties SPELLED = load();

    /** Silences JDK 25's warnings about Truffle's native access and Unsafe use; they change no behaviour. */
    public static final List<String> QUIET = flags("quiet");

    /**
     * The AOT tier's flags, as {@code scripts/tandem} has them: {@link #QUIET}, and C2 compiling methods
     * over 8,000 bytes of bytecode, for modules compiled with a bigger method limit (aot-tier README,
     * "Splitting").
     */
    public static final List<String> AOT_TIER = Stream.concat(QUIET.stream(), flags("aot").stream()).toList();

    private static final List<String> JVMCI_JARS = List.of("compiler-", "truffle-compiler-", "collections-", "word-");

    private JvmFlags() {
    }

    /** Where the Graal compiler jars are. */
    public static Path jvmciDir() {
        String property = System.getProperty("tandem.lab.jvmci");
        return property != null ? Path.of(property) : LabPaths.root().resolve("lab/target/jvmci");
    }

    /** The flags that turn the Graal JIT on, plus {@link #QUIET}. */
    public static List<String> graalJit() {
        List<String> flags = new ArrayList<>(flags("jvmci"));
        flags.add("--upgrade-module-path=" + jvmciDir());
        flags.addAll(QUIET);
        return flags;
    }

    /** Why the Graal JIT flags cannot be used on this machine (the jars are missing), or empty. */
    public static Optional<String> graalJitMissing() {
        Path dir = jvmciDir();
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            return Optional.of("the Graal compiler jars are not in " + dir + " (build the lab: mvn package -pl lab -am)");
        }
        for (String prefix : JVMCI_JARS) {
            if (names.stream().noneMatch(n -> n.startsWith(prefix) && n.endsWith(".jar"))) {
                return Optional.of("no " + prefix + "*.jar in " + dir + " (build the lab: mvn package -pl lab -am)");
            }
        }
        return Optional.empty();
    }

    /** Whether this JVM runs with JVMCI on and the Graal compiler module loaded, so Truffle can compile. */
    public static boolean graalJitActive() {
        return ModuleLayer.boot().findModule("jdk.graal.compiler").isPresent() && vmOption("EnableJVMCI");
    }

    /** Why this JVM cannot run an engine that needs the Graal JIT, or empty. */
    public static Optional<String> graalJitInactiveReason() {
        if (graalJitActive()) {
            return Optional.empty();
        }
        return Optional.of("this JVM runs without the Graal JIT; start it with " + String.join(" ", graalJit()));
    }

    private static List<String> flags(String name) {
        String value = SPELLED.getProperty(name);
        if (value == null || value.isBlank() || value.contains("${")) {
            throw new IllegalStateException("jvm-flags.properties has no " + name + " flags: the lab was not built by Maven");
        }
        return List.of(value.strip().split("\\s+"));
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = JvmFlags.class.getResourceAsStream("jvm-flags.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static boolean vmOption(String name) {
        try {
            HotSpotDiagnosticMXBean bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return Boolean.parseBoolean(bean.getVMOption(name).getValue());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }
}
