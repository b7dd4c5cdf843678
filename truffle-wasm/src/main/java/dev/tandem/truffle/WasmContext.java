package dev.tandem.truffle;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;

/** Per-context state of the language: the environment, and the gate Java callers use to enter. */
public final class WasmContext {

    private static final TruffleLanguage.ContextReference<WasmContext> REFERENCE =
            TruffleLanguage.ContextReference.create(WasmLanguage.class);

    private final TruffleLanguage.Env env;
    private final EntryGate gate;

    WasmContext(TruffleLanguage.Env env) {
        this.env = env;
        this.gate = EntryGate.of(env.getContext());
    }

    /** The context of the current thread (it must be entered). */
    public static WasmContext get(Node node) {
        return REFERENCE.get(node);
    }

    public TruffleLanguage.Env env() {
        return env;
    }

    EntryGate gate() {
        return gate;
    }
}
