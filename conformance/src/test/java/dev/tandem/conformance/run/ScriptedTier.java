package dev.tandem.conformance.run;

import dev.tandem.conformance.engine.Engine;
import dev.tandem.conformance.engine.EngineFailure;
import dev.tandem.conformance.engine.HostModule;
import dev.tandem.conformance.engine.Tier;
import dev.tandem.conformance.engine.WasmValue;
import dev.tandem.wasm.ModuleException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A stand-in tier for testing the runner without a real decoder or interpreter. Its "modules" are
 * one-line text files saying how they behave ({@code malformed TEXT}, {@code invalid TEXT},
 * {@code unlinkable TEXT}, {@code trap TEXT}, {@code import MODULE}, or {@code ok}); its exports
 * behave by name: {@code echo} returns its arguments, {@code count} counts its calls per instance,
 * {@code trap:TEXT} traps with TEXT, {@code exhaust} runs out of stack, {@code crash} throws an
 * exception the SPI does not allow, global {@code g} is i32 7.
 */
final class ScriptedTier implements Tier {

    private final boolean executes;

    ScriptedTier(boolean executes) {
        this.executes = executes;
    }

    @Override
    public String name() {
        return executes ? "scripted" : "validate";
    }

    @Override
    public boolean executes() {
        return executes;
    }

    @Override
    public Engine newEngine() {
        return new ScriptedEngine();
    }

    private record Behaviour(String verb, String text) implements Engine.CompiledModule {
    }

    private static final class ScriptedEngine implements Engine {

        @Override
        public CompiledModule compile(byte[] bytes) throws ModuleException {
            String line = new String(bytes, StandardCharsets.UTF_8).strip();
            int space = line.indexOf(' ');
            Behaviour b = space < 0 ? new Behaviour(line, "") : new Behaviour(line.substring(0, space), line.substring(space + 1));
            return switch (b.verb()) {
                case "malformed" -> throw ModuleException.malformed(b.text(), "scripted", 8);
                case "invalid" -> throw ModuleException.invalid(b.text(), "scripted", -1);
                default -> b;
            };
        }

        @Override
        public Instance instantiate(CompiledModule module, ImportRegistry imports) throws EngineFailure {
            Behaviour b = (Behaviour) module;
            return switch (b.verb()) {
                case "unlinkable" -> throw new EngineFailure.Unlinkable(b.text());
                case "trap" -> throw new EngineFailure.Trap(b.text());
                case "import" -> {
                    if (imports.lookup(b.text()) == null) {
                        throw new EngineFailure.Unlinkable("unknown import " + b.text() + ".x");
                    }
                    yield new ScriptedInstance();
                }
                default -> new ScriptedInstance();
            };
        }

        @Override
        public Instance materialize(HostModule host) {
            return new ScriptedInstance();
        }
    }

    private static final class ScriptedInstance implements Engine.Instance {
        private int calls;

        @Override
        public List<WasmValue> invoke(String name, List<WasmValue> args) throws EngineFailure {
            if (name.startsWith("trap:")) {
                throw new EngineFailure.Trap(name.substring(5));
            }
            return switch (name) {
                case "echo" -> args;
                case "count" -> List.of(WasmValue.i32(++calls));
                case "exhaust" -> throw new EngineFailure.Exhaustion("call stack exhausted");
                case "crash" -> throw new IllegalStateException("boom");
                default -> throw new IllegalArgumentException("no export " + name);
            };
        }

        @Override
        public WasmValue global(String name) {
            if (!name.equals("g")) {
                throw new IllegalArgumentException("no global " + name);
            }
            return WasmValue.i32(7);
        }
    }
}
