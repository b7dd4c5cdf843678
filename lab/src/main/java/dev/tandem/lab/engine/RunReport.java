package dev.tandem.lab.engine;

import java.util.List;
import java.util.Optional;

/** What running a {@link Plan} took: per round, the prepare and instantiate phases and each call. */
public record RunReport(List<Round> rounds) {

    /**
     * One pass through the plan.
     *
     * @param phases the phases before the first call, in order (names in {@link Phase})
     * @param stdout what the module wrote to its standard output (command modules); for a plan with a
     *               {@link WasiCommand} possibly only its beginning (node's runner keeps 120 characters)
     * @param stdoutSha256 the SHA-256 (hex) of all the stdout bytes, for plans with a {@link WasiCommand}; else null
     * @param stdoutBytes how many bytes that was (0 when {@code stdoutSha256} is null)
     */
    public record Round(List<Phase> phases, List<CallResult> calls, String stdout, String stdoutSha256, long stdoutBytes) {

        public Round(List<Phase> phases, List<CallResult> calls, String stdout) {
            this(phases, calls, stdout, null, 0);
        }

        public Round {
            phases = List.copyOf(phases);
            calls = List.copyOf(calls);
        }

        public Optional<Phase> phase(String name) {
            return phases.stream().filter(p -> p.name().equals(name)).findFirst();
        }

        /** The calls of one export, in order. */
        public List<CallResult> calls(String export) {
            return calls.stream().filter(c -> c.export().equals(export)).toList();
        }
    }

    /**
     * One timed phase. Names: {@link #RUNTIME_INIT} (engine or context creation, where the engine
     * has one), {@link #DECODE} (decode and validate), {@link #COMPILE}, {@link #LOAD} (a
     * precompiled file), {@link #INSTANTIATE}.
     */
    public record Phase(String name, long nanos) {
        public static final String RUNTIME_INIT = "runtime-init";
        public static final String DECODE = "decode";
        public static final String COMPILE = "compile";
        public static final String LOAD = "load";
        public static final String INSTANTIATE = "instantiate";
    }

    /** One call: its time and its result (an i32 widened, an i64, or 0 for no result). */
    public record CallResult(String export, List<Integer> args, long nanos, long result) {

        public CallResult {
            args = List.copyOf(args);
        }
    }

    public RunReport {
        rounds = List.copyOf(rounds);
    }
}
