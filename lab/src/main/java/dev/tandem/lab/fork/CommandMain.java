package dev.tandem.lab.fork;

import dev.tandem.lab.engine.Engine;
import dev.tandem.lab.engine.Engines;
import dev.tandem.lab.engine.InProcessEngine;
import dev.tandem.lab.engine.PhaseClock;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs a command module on an in-process engine and nothing else: {@code CommandMain ENGINE
 * FILE.wasm} prepares, instantiates, calls {@code _start} with the module's output on this
 * process's stdout, and exits. It is what the whole-process start-up harness times for JVM engines
 * until {@code tandem run} exists, so it loads no more of the lab than the engine itself (no JSON).
 * Exit 0 on success, 1 when the engine fails (one line on stderr), 2 for a usage error.
 */
public final class CommandMain {

    private CommandMain() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: CommandMain ENGINE FILE.wasm");
            System.exit(2);
        }
        Engine engine = Engines.byId(args[0]);
        if (!(engine instanceof InProcessEngine inProcess)) {
            System.err.println(args[0] + " does not run inside a JVM");
            System.exit(2);
            return;
        }
        String unavailable = inProcess.unavailableInThisJvm().orElse(null);
        if (unavailable != null) {
            System.err.println(engine.id() + ": " + unavailable);
            System.exit(1);
        }
        PrintStream out = System.out;
        try (InProcessEngine.PreparedModule module = inProcess.prepare(Files.readAllBytes(Path.of(args[1])), new PhaseClock())) {
            module.instantiate(out).function("_start").call();
            out.flush();
        } catch (Exception | StackOverflowError e) {
            System.err.println(engine.id() + ": " + e);
            System.exit(1);
        }
        System.exit(0);
    }
}
