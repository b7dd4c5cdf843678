package dev.tandem.conformance.engine;

/**
 * A failure the spec suite asserts on, reported by an engine as a typed result: the runner
 * switches on the subclass and matches the message against the suite's text. Malformed and
 * invalid modules are not here: they are wasm-core's {@link dev.tandem.wasm.ModuleException}.
 * Anything else an engine throws is an engine bug and fails the command as such.
 */
public abstract sealed class EngineFailure extends Exception
        permits EngineFailure.Unlinkable, EngineFailure.Trap, EngineFailure.Exhaustion {

    private EngineFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** A short name of the failure class for messages: "unlinkable", "trap", "exhaustion". */
    public abstract String kind();

    /** Imports could not be resolved or do not match (spec: "unknown import", "incompatible import type"). */
    public static final class Unlinkable extends EngineFailure {
        public Unlinkable(String message) {
            super(message, null);
        }

        @Override
        public String kind() {
            return "unlinkable";
        }
    }

    /** Execution trapped, during a call or while instantiating (spec: "integer divide by zero", ...). */
    public static final class Trap extends EngineFailure {
        public Trap(String message) {
            super(message, null);
        }

        public Trap(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String kind() {
            return "trap";
        }
    }

    /** A resource ran out, in the suite the call stack (spec: "call stack exhausted"). */
    public static final class Exhaustion extends EngineFailure {
        public Exhaustion(String message) {
            super(message, null);
        }

        public Exhaustion(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public String kind() {
            return "exhaustion";
        }
    }
}
