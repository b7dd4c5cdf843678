package dev.tandem.conformance.run;

import dev.tandem.conformance.engine.Engine;
import dev.tandem.conformance.engine.EngineFailure;
import dev.tandem.conformance.engine.Spectest;
import dev.tandem.conformance.engine.Tier;
import dev.tandem.conformance.engine.WasmValue;
import dev.tandem.conformance.expect.MessageMatcher;
import dev.tandem.conformance.expect.ResultMatcher;
import dev.tandem.conformance.expect.Expected;
import dev.tandem.conformance.script.ValueParser;
import dev.tandem.spec.script.Action;
import dev.tandem.spec.script.Command;
import dev.tandem.spec.script.SpecScript;
import dev.tandem.wasm.ModuleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the commands of one script, in order, on one engine. The state the script builds up (the
 * current module, named modules, registered imports) lives here, so commands must be run in file
 * order. Every engine call is guarded: an exception the SPI does not allow fails the command as an
 * engine error instead of ending the run.
 */
public final class ScriptRunner implements AutoCloseable {

    private final Tier tier;
    private final SkipList skips;
    private final SpecScript script;
    private final Map<String, Engine.Instance> named = new HashMap<>();
    private final Map<String, Engine.Instance> registered = new HashMap<>();
    private Engine engine;
    private Engine.Instance current;
    /** Where the module an action would use did not load (key "" for the current one), for a clear message. */
    private final Map<String, Integer> failedAt = new HashMap<>();

    public ScriptRunner(Tier tier, SkipList skips, SpecScript script) {
        this.tier = tier;
        this.skips = skips;
        this.script = script;
    }

    /** Whether {@code command} means anything on {@code tier}; a non-executing tier only compiles modules. */
    public static boolean applicable(Tier tier, Command command) {
        return tier.executes() || command instanceof Command.DefineModule || command instanceof Command.AssertModule;
    }

    public Outcome run(Command command) {
        if (!applicable(tier, command)) {
            return Outcome.NOT_APPLICABLE;
        }
        Outcome.Skipped skip = skips.skip(tier.name(), script.name(), command);
        if (skip != null) {
            if (command instanceof Command.DefineModule c) {
                forget(c); // later commands must not silently run on the module before it
            }
            return skip;
        }
        try {
            return switch (command) {
                case Command.DefineModule c -> defineModule(c);
                case Command.Register c -> register(c);
                case Command.Perform c -> perform(c);
                case Command.AssertReturn c -> assertReturn(c);
                case Command.AssertTrap c -> assertFailure(c.action(), EngineFailure.Trap.class, "trap", c.text());
                case Command.AssertExhaustion c ->
                        assertFailure(c.action(), EngineFailure.Exhaustion.class, "exhaustion", c.text());
                case Command.AssertModule c -> assertModule(c);
            };
        } catch (NoModule e) {
            return new Outcome.Failed(e.getMessage());
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            return new Outcome.Failed("expected the engine to finish, got engine error " + describe(e));
        }
    }

    /** Drops the current (and same-named) instance until {@code c} loads, remembering where it did not. */
    private void forget(Command.DefineModule c) {
        current = null;
        failedAt.put("", c.line());
        if (c.name() != null) {
            named.remove(c.name());
            failedAt.put(c.name(), c.line());
        }
    }

    private Outcome defineModule(Command.DefineModule c) {
        forget(c);
        Engine.CompiledModule compiled;
        try {
            compiled = engine().compile(read(c.filename()));
        } catch (IOException e) {
            return new Outcome.Failed("expected a module, got " + unreadable(c.filename(), e));
        } catch (ModuleException e) {
            return new Outcome.Failed("expected a valid module, got " + kind(e) + " \"" + e.getMessage() + "\"");
        }
        if (tier.executes()) {
            try {
                current = engine().instantiate(compiled, this::lookup);
            } catch (EngineFailure e) {
                return new Outcome.Failed("expected an instance, got " + e.kind() + " \"" + e.getMessage() + "\"");
            }
            if (c.name() != null) {
                named.put(c.name(), current);
            }
        }
        failedAt.remove("");
        if (c.name() != null) {
            failedAt.remove(c.name());
        }
        return Outcome.PASSED;
    }

    private Outcome register(Command.Register c) throws NoModule {
        registered.put(c.as(), instance(c.name()));
        return Outcome.PASSED;
    }

    private Outcome perform(Command.Perform c) throws NoModule {
        try {
            perform(c.action());
            return Outcome.PASSED;
        } catch (EngineFailure e) {
            return new Outcome.Failed("expected no trap, got " + e.kind() + " \"" + e.getMessage() + "\"");
        }
    }

    private Outcome assertReturn(Command.AssertReturn c) throws NoModule {
        List<Expected> expected = ValueParser.expected(c);
        List<WasmValue> results;
        try {
            results = perform(c.action());
        } catch (EngineFailure e) {
            return new Outcome.Failed("expected " + expected + ", got " + e.kind() + " \"" + e.getMessage() + "\"");
        }
        String mismatch = ResultMatcher.mismatch(expected, results);
        return mismatch == null ? Outcome.PASSED : new Outcome.Failed(mismatch);
    }

    private Outcome assertFailure(Action action, Class<? extends EngineFailure> expected, String kind, String text)
            throws NoModule {
        List<WasmValue> results;
        try {
            results = perform(action);
        } catch (EngineFailure e) {
            if (expected.isInstance(e) && MessageMatcher.matches(text, e.getMessage())) {
                return Outcome.PASSED;
            }
            return new Outcome.Failed("expected " + kind + " \"" + text + "\", got " + e.kind() + " \"" + e.getMessage() + "\"");
        }
        return new Outcome.Failed("expected " + kind + " \"" + text + "\", got " + results);
    }

    private Outcome assertModule(Command.AssertModule c) {
        String expected = switch (c.expect()) {
            case MALFORMED -> "malformed";
            case INVALID -> "invalid";
            case UNLINKABLE -> "unlinkable";
            case UNINSTANTIABLE -> "trap";
        } + " \"" + c.text() + "\"";
        Engine.CompiledModule compiled;
        try {
            compiled = engine().compile(read(c.filename()));
        } catch (IOException e) {
            return new Outcome.Failed("expected " + expected + ", got " + unreadable(c.filename(), e));
        } catch (ModuleException e) {
            // Malformed and invalid are matched by text, not by which phase caught them: a decoder
            // may reject early what the reference interpreter's validator rejects (and vice versa).
            boolean rejectionExpected = c.expect() == Command.Rejection.MALFORMED || c.expect() == Command.Rejection.INVALID;
            if (rejectionExpected && MessageMatcher.matches(c.text(), e.getMessage())) {
                return Outcome.PASSED;
            }
            return new Outcome.Failed("expected " + expected + ", got " + kind(e) + " \"" + e.getMessage() + "\"");
        }
        if (c.expect() == Command.Rejection.MALFORMED || c.expect() == Command.Rejection.INVALID) {
            return new Outcome.Failed("expected " + expected + ", got a valid module");
        }
        if (!tier.executes()) {
            return Outcome.PASSED; // the module is valid; linking and instantiation are beyond this tier
        }
        Class<? extends EngineFailure> failure = c.expect() == Command.Rejection.UNLINKABLE
                ? EngineFailure.Unlinkable.class : EngineFailure.Trap.class;
        try {
            engine().instantiate(compiled, this::lookup);
        } catch (EngineFailure e) {
            if (failure.isInstance(e) && MessageMatcher.matches(c.text(), e.getMessage())) {
                return Outcome.PASSED;
            }
            return new Outcome.Failed("expected " + expected + ", got " + e.kind() + " \"" + e.getMessage() + "\"");
        }
        return new Outcome.Failed("expected " + expected + ", got an instance");
    }

    private List<WasmValue> perform(Action action) throws EngineFailure, NoModule {
        Engine.Instance instance = instance(action.module());
        return switch (action.kind()) {
            case INVOKE -> instance.invoke(action.field(), ValueParser.arguments(action));
            case GET -> List.of(instance.global(action.field()));
        };
    }

    private Engine.Instance instance(String name) throws NoModule {
        Engine.Instance instance = name == null ? current : named.get(name);
        if (instance != null) {
            return instance;
        }
        String which = name == null ? "a current module" : "module " + name;
        Integer line = failedAt.get(name == null ? "" : name);
        throw new NoModule("expected " + which + ", got none" + (line != null ? " (the module at line " + line + " did not load)" : ""));
    }

    private Engine.Instance lookup(String moduleName) {
        Engine.Instance instance = registered.get(moduleName);
        if (instance == null && moduleName.equals(Spectest.NAME)) {
            instance = engine().materialize(Spectest.silent());
            registered.put(Spectest.NAME, instance);
        }
        return instance;
    }

    /** Closes the engine, if one was made; the runner is done after this. */
    @Override
    public void close() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    private Engine engine() {
        if (engine == null) {
            engine = tier.newEngine();
        }
        return engine;
    }

    private byte[] read(String filename) throws IOException {
        return Files.readAllBytes(script.resolve(filename));
    }

    private static String unreadable(String filename, IOException e) {
        return "unreadable " + filename + ": " + (e instanceof NoSuchFileException ? "no such file" : e.getMessage());
    }

    private static String kind(ModuleException e) {
        return e.kind() == ModuleException.Kind.MALFORMED ? "malformed" : "invalid";
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** The action names an instance that does not exist; a failure of the command, not of the engine. */
    private static final class NoModule extends Exception {
        NoModule(String message) {
            super(message, null, false, false);
        }
    }
}
