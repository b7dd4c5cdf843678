package dev.tandem.truffle;

import com.oracle.truffle.api.Truffle;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Says once per JVM that Truffle runs without a compiler. On a stock JDK that happens unless the
 * JVM starts with JVMCI enabled and the Graal compiler on the upgrade module path; Wasm then runs,
 * correctly but only interpreted, which a user comparing speeds must know.
 */
final class FallbackNotice {

    private static final AtomicBoolean SAID = new AtomicBoolean();

    private FallbackNotice() {
    }

    /** Whether Truffle has an optimizing runtime (one that can compile guest code). */
    static boolean compilerAvailable() {
        return !Truffle.getRuntime().getName().contains("Interpreted");
    }

    static void sayOnce(PrintStream err) {
        if (!compilerAvailable() && SAID.compareAndSet(false, true)) {
            err.println("tandem truffle tier: no Graal compiler, Wasm runs interpreted only. For compiled code start"
                    + " the JVM with -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI"
                    + " --upgrade-module-path=<the Graal compiler jars> (see truffle-wasm/README.md).");
        }
    }
}
