package dev.tandem.spec.script;

import java.util.List;

/**
 * One command of a spec script, in the order and with the line the {@code .wast} file has it. The
 * model is the script's, whichever syntax it was read from (wast2json's JSON today).
 */
public sealed interface Command {

    /** Line of the command in the {@code .wast} source. */
    int line();

    /** The command's name in the suite's JSON ("module", "assert_return", ...), for messages. */
    String type();

    /** A command that names a module file: one to define, or one asserted to fail at some stage. */
    sealed interface ModuleCommand extends Command permits DefineModule, AssertModule {

        /** The module's file, next to the script ({@link SpecScript#resolve}). */
        String filename();

        /** Whether the file is a binary module ({@code .wasm}), not text ({@code .wat}). */
        boolean binary();
    }

    /** Defines a module and makes it current; {@code name} ({@code $m}) is null when the script gave none. */
    record DefineModule(int line, String name, String filename) implements ModuleCommand {
        @Override
        public boolean binary() {
            return filename.endsWith(".wasm");
        }

        @Override
        public String type() {
            return "module";
        }
    }

    /** Makes an instance importable as {@code as}; {@code name} null means the current module. */
    record Register(int line, String name, String as) implements Command {
        @Override
        public String type() {
            return "register";
        }
    }

    /** Performs an action for its effect; it must not trap. */
    record Perform(int line, Action action) implements Command {
        @Override
        public String type() {
            return "action";
        }
    }

    record AssertReturn(int line, Action action, List<Value> expected) implements Command {
        public AssertReturn {
            expected = List.copyOf(expected);
        }

        @Override
        public String type() {
            return "assert_return";
        }
    }

    record AssertTrap(int line, Action action, String text) implements Command {
        @Override
        public String type() {
            return "assert_trap";
        }
    }

    record AssertExhaustion(int line, Action action, String text) implements Command {
        @Override
        public String type() {
            return "assert_exhaustion";
        }
    }

    /**
     * A module that must be rejected at some stage ({@code expect}), with the suite's text for why.
     * {@code textFormat} marks a {@code .wat} module (wast2json's module_type "text").
     */
    record AssertModule(int line, Rejection expect, String filename, String text, boolean textFormat)
            implements ModuleCommand {
        @Override
        public boolean binary() {
            return !textFormat && filename.endsWith(".wasm");
        }

        @Override
        public String type() {
            return expect.commandType();
        }
    }

    /** The stage at which an asserted module must fail. */
    enum Rejection {
        MALFORMED("assert_malformed"),
        INVALID("assert_invalid"),
        UNLINKABLE("assert_unlinkable"),
        UNINSTANTIABLE("assert_uninstantiable");

        private final String commandType;

        Rejection(String commandType) {
            this.commandType = commandType;
        }

        public String commandType() {
            return commandType;
        }
    }
}
