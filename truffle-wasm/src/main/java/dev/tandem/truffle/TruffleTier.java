package dev.tandem.truffle;

import dev.tandem.runtime.CompiledModule;
import dev.tandem.runtime.ResourceLimits;
import dev.tandem.runtime.Tier;
import dev.tandem.wasm.validate.ValidatedModule;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;

/**
 * The Truffle tier behind the runtime's tier-neutral API: {@code new TruffleTier().compile(module)}
 * then {@code instantiate(imports)}, and call the instance's exports.
 *
 * <p>A tier owns one Truffle context, made on first use; every module it compiles lives there, so
 * their instances can import each other and Wasm-to-Wasm calls are Truffle calls (inlined when
 * hot). Close the tier to release the context. Engines are shared by all tiers with the same
 * options, so compiled code and Truffle's own caches outlive one tier.
 *
 * <p>Engine options are Truffle's ({@code engine.Compilation=false} for the interpreter only,
 * {@code engine.CompileImmediately=true}, ...); {@code -Dpolyglot.engine.X=...} system properties
 * apply as well.
 */
public final class TruffleTier implements Tier, AutoCloseable {

    public static final String NAME = "truffle";

    private static final Map<Map<String, String>, Engine> ENGINES = new ConcurrentHashMap<>();

    private final Map<String, String> engineOptions;
    private final ResourceLimits limits;
    private Context context;
    private WasmLanguage language;
    private EntryGate gate;

    public TruffleTier() {
        this(Map.of(), ResourceLimits.DEFAULT);
    }

    /** @param engineOptions Truffle engine options, e.g. {@code engine.Compilation=false} */
    public TruffleTier(Map<String, String> engineOptions) {
        this(engineOptions, ResourceLimits.DEFAULT);
    }

    /** @param limits what memories and tables may grow to (a {@code memory.grow} past them returns -1) */
    public TruffleTier(Map<String, String> engineOptions, ResourceLimits limits) {
        this.engineOptions = Map.copyOf(engineOptions);
        this.limits = limits;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CompiledModule compile(ValidatedModule module) {
        open();
        return new TruffleModule(language, module, gate, limits);
    }

    /** Whether Truffle compiles Wasm code in this JVM (false on a JDK without the Graal compiler). */
    public static boolean compilerAvailable() {
        return FallbackNotice.compilerAvailable();
    }

    private synchronized void open() {
        if (context != null) {
            return;
        }
        Engine engine = ENGINES.computeIfAbsent(engineOptions, TruffleTier::newEngine);
        context = Context.newBuilder(WasmLanguage.ID).engine(engine).allowExperimentalOptions(true).build();
        context.initialize(WasmLanguage.ID);
        context.enter();
        try {
            language = WasmLanguage.get(null);
        } finally {
            context.leave();
        }
        gate = EntryGate.of(context);
    }

    private static Engine newEngine(Map<String, String> options) {
        Map<String, String> all = new TreeMap<>(options);
        // The tier says itself, once, when there is no compiler (FallbackNotice); Truffle need not repeat it per engine.
        all.putIfAbsent("engine.WarnInterpreterOnly", "false");
        return Engine.newBuilder(WasmLanguage.ID).allowExperimentalOptions(true).options(all).build();
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
