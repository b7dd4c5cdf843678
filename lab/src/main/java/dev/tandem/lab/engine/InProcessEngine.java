package dev.tandem.lab.engine;

import dev.tandem.lab.fork.ForkedRun;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * An engine that runs inside a JVM: the phases are separate calls, so JMH and the start-up
 * harness can time each one. The JVM must be started with {@link #jvmArgs()} (the Graal JIT's
 * JVMCI flags, Truffle options); {@link #run(Plan)} therefore runs the plan in a forked JVM with
 * those flags, and the harnesses give them to JMH's forks.
 */
public interface InProcessEngine extends Engine {

    /** Flags the JVM running this engine needs, beyond the classpath. */
    List<String> jvmArgs();

    /** Empty when this JVM was started as {@link #jvmArgs()} require; otherwise why not. */
    Optional<String> unavailableInThisJvm();

    /**
     * Prepares a module: decodes, validates and compiles it (or loads a precompiled form), marking
     * each phase on {@code clock} with {@link RunReport.Phase} names.
     */
    PreparedModule prepare(byte[] wasm, PhaseClock clock) throws Exception;

    @Override
    default List<String> flags() {
        return jvmArgs();
    }

    @Override
    default RunReport run(Plan plan) throws EngineException {
        return ForkedRun.run(this, plan);
    }

    /** A prepared module: instantiate it any number of times. Close it to release the engine's resources. */
    interface PreparedModule extends AutoCloseable {

        /**
         * Instantiates the module; WASI output (command modules) goes to {@code stdout}. Runs no
         * export: {@code _start} is called like any other.
         */
        WasmInstance instantiate(OutputStream stdout) throws Exception;

        /**
         * Instantiates a WASI command with its argv and preopened directories (real programs), with
         * the engine's full WASI; stdout goes to {@code stdout}, stderr nowhere. Each call is a fresh
         * instance with a fresh WASI state; run it with {@link WasmInstance#runCommand()}.
         */
        WasmInstance instantiate(OutputStream stdout, WasiCommand command) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /** An instance: look its exports up once, call them many times. */
    interface WasmInstance {

        /** @throws IllegalArgumentException when there is no function export of that name */
        ExportCall function(String export);

        /** The size in bytes of the exported {@code memory}, 0 when there is none. */
        long memoryBytes();

        /**
         * Runs the command's {@code _start} and returns its exit status: the code it passed to
         * {@code proc_exit}, 0 when {@code _start} returned. Output is flushed before it returns.
         */
        default int runCommand() throws Exception {
            function("_start").call();
            return 0;
        }
    }

    /** A function export taking i32 arguments; returns its i32 or i64 result as a long, 0 for none. */
    @FunctionalInterface
    interface ExportCall {
        long call(int... args) throws Exception;
    }
}
