package dev.tandem.aot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the running JVM JIT-compiles methods of more than {@link AotOptions#JIT_HUGE_METHOD_LIMIT}
 * bytes of bytecode. HotSpot does not by default ({@code -XX:+DontCompileHugeMethods}): such a method
 * runs in the bytecode interpreter forever. A module compiled with a method limit above that
 * ({@code tandem compile --method-limit}, README "Splitting") needs {@code -XX:-DontCompileHugeMethods}
 * at run time, which {@code scripts/tandem} and the lab pass; it also runs faster with
 * {@code -XX:-ClipInlining} (C2 inlines nothing into a method already over 8,000 bytes without it, so
 * every memory access of a big function stays a call: Lua's loop ran 28% slower at peak). Loading
 * such a file into a JVM without the first flag logs a warning once.
 *
 * <p>The flag is read from the process's command line ({@code /proc/self/cmdline}) and the two
 * variables the launcher reads options from, not through the HotSpot diagnostic bean or
 * {@link ProcessHandle.Info}: they cost 30 to 120 ms and 25 to 70 ms of class loading here, more than
 * a whole precompiled run's start-up. A flag given where this does not look (an {@code @argfile}, a
 * {@code -XX:VMOptionsFile}, a system without {@code /proc}) is not seen; then the default options
 * split as for a stock JVM, which is slower but never wrong, and an embedder can pass
 * {@link AotOptions} explicitly. (A program argument spelled like the flag would be taken for it:
 * again only a question of speed.)
 */
public final class HugeMethods {

    private static final String ON = "-XX:-DontCompileHugeMethods";
    private static final String OFF = "-XX:+DontCompileHugeMethods";

    private HugeMethods() {
    }

    /** True where the JVM compiles huge methods; false where it does not or this cannot tell. */
    public static boolean compiledByThisJvm() {
        return Flag.COMPILED;
    }

    /**
     * Says once per JVM, through {@link System.Logger}, that a loaded file has methods this JVM will
     * not compile: it still runs correctly, but its big functions stay in the bytecode interpreter.
     */
    static void warnOnce() {
        if (!warned.getAndSet(true)) {
            System.getLogger(HugeMethods.class.getName()).log(System.Logger.Level.WARNING,
                    "a .twasm file compiled with methods of up to " + AotOptions.JVM_METHOD_LIMIT + " bytes was loaded into"
                    + " a JVM that does not JIT-compile methods over " + AotOptions.JIT_HUGE_METHOD_LIMIT
                    + " bytes: start it with -XX:-DontCompileHugeMethods -XX:-ClipInlining for full speed");
        }
    }

    private static final java.util.concurrent.atomic.AtomicBoolean warned = new java.util.concurrent.atomic.AtomicBoolean();

    /** Whether these JVM options, in the order the JVM reads them, turn huge-method compilation on. */
    static boolean compiledWith(List<String> jvmOptions) {
        boolean compiled = false;
        for (String option : jvmOptions) {
            if (option.equals(ON)) {
                compiled = true;
            } else if (option.equals(OFF)) {
                compiled = false;
            }
        }
        return compiled;
    }

    private static final class Flag {
        static final boolean COMPILED = read();

        private static boolean read() {
            // The JVM reads JAVA_TOOL_OPTIONS first; JDK_JAVA_OPTIONS and the command line after it
            // (the launcher puts JDK_JAVA_OPTIONS' words before the command line's); the last one wins.
            List<String> options = new ArrayList<>();
            words(System.getenv("JAVA_TOOL_OPTIONS"), options);
            words(System.getenv("JDK_JAVA_OPTIONS"), options);
            try {
                String cmdline = new String(Files.readAllBytes(Path.of("/proc/self/cmdline")), StandardCharsets.UTF_8);
                options.addAll(List.of(cmdline.split("\0")));
            } catch (IOException | RuntimeException e) {
                // no /proc: the variables alone
            }
            return compiledWith(options);
        }

        private static void words(String variable, List<String> into) {
            if (variable != null && !variable.isBlank()) {
                into.addAll(List.of(variable.trim().split("\\s+")));
            }
        }
    }
}
