package dev.tandem.lab.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * What an engine is asked to do, in {@code rounds} repetitions: prepare the module (decode,
 * validate, compile or load), instantiate it, then make the calls in order. Library workloads are
 * {@code setup()} then {@code run(n)} a number of times; a command module is one {@code _start}.
 * A plan is data so it can cross a process boundary (forked JVMs, node) as JSON.
 *
 * @param module absolute path of the {@code .wasm} file
 * @param rounds how many times to do the whole sequence in one process (warm start-up); usually 1
 * @param command a command's argv and preopened directories (real programs), or null: then a command
 *                gets only its file name as argv[0] and no directories ({@code hello})
 */
public record Plan(Path module, Kind kind, List<Call> calls, int rounds, WasiCommand command) {

    /** A library module is called export by export; a command module prints what it computes. */
    public enum Kind { LIBRARY, COMMAND }

    /** Call {@code export(args...)} {@code reps} times in a row. */
    public record Call(String export, List<Integer> args, int reps) {

        public Call {
            args = List.copyOf(args);
            if (reps < 1) {
                throw new IllegalArgumentException("reps must be at least 1, got " + reps);
            }
        }
    }

    public Plan(Path module, Kind kind, List<Call> calls, int rounds) {
        this(module, kind, calls, rounds, null);
    }

    public Plan {
        calls = List.copyOf(calls);
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        }
    }

    /** A library workload: {@code setup()} once, then {@code run(n)} {@code reps} times. */
    public static Plan library(Path module, int n, int reps) {
        return new Plan(module, Kind.LIBRARY, List.of(new Call("setup", List.of(), 1), new Call("run", List.of(n), reps)), 1);
    }

    /** A command module: {@code _start} once per round. */
    public static Plan command(Path module, int rounds) {
        return new Plan(module, Kind.COMMAND, List.of(new Call("_start", List.of(), 1)), rounds);
    }

    /** A command module with its argv and directories: each round a fresh instance, one {@code _start}. */
    public static Plan command(Path module, int rounds, WasiCommand command) {
        return new Plan(module, Kind.COMMAND, List.of(new Call("_start", List.of(), 1)), rounds, command);
    }
}
