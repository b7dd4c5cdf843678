package dev.tandem.truffle;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.ContextThreadLocal;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import dev.tandem.runtime.ResourceLimits;
import dev.tandem.truffle.interop.ModuleObject;
import dev.tandem.truffle.interop.WasmError;
import dev.tandem.truffle.nodes.CallDepth;
import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.Wasm;
import dev.tandem.wasm.numeric.TrapKind;
import dev.tandem.wasm.validate.ValidatedModule;
import java.io.PrintStream;

/**
 * The Truffle language {@value #ID}: evaluating a binary module (a {@link Source} built from bytes)
 * decodes and validates it with wasm-core and returns a module object to instantiate (see
 * {@link ModuleObject}). A module wasm-core rejects is a syntax error with wasm-core's message.
 *
 * <p>The id is not {@code wasm} so that GraalWasm can run beside this language in one JVM.
 */
@TruffleLanguage.Registration(id = WasmLanguage.ID, name = "Tandem WebAssembly", defaultMimeType = WasmLanguage.MIME_TYPE,
        byteMimeTypes = WasmLanguage.MIME_TYPE, contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE,
        website = "https://webassembly.github.io/spec/core/")
public final class WasmLanguage extends TruffleLanguage<WasmContext> {

    public static final String ID = "tandem-wasm";
    public static final String MIME_TYPE = "application/x-tandem-wasm";

    private static final LanguageReference<WasmLanguage> REFERENCE = LanguageReference.create(WasmLanguage.class);

    /** Active Wasm calls per thread (see {@link CallDepth}); a context thread local is a few loads in compiled code. */
    private final ContextThreadLocal<CallDepth> callDepth = locals.createContextThreadLocal((context, thread) -> new CallDepth());

    static {
        // Loaded now, not at the first trap: a class first initialised while the stack is exhausted fails for good.
        TrapKind.CALL_STACK_EXHAUSTED.text();
        WasmTrapException.class.getName();
    }

    /** The calls active on the current thread. */
    public CallDepth callDepth() {
        return callDepth.get();
    }

    /** The language of the current context (it must be entered). */
    public static WasmLanguage get(Node node) {
        return REFERENCE.get(node);
    }

    @Override
    protected WasmContext createContext(Env env) {
        FallbackNotice.sayOnce(new PrintStream(env.err(), true));
        return new WasmContext(env);
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        if (!source.hasBytes()) {
            throw WasmError.module("tandem-wasm runs binary modules: build the Source from the module's bytes"
                    + " (Source.newBuilder(\"" + ID + "\", ByteSequence.create(bytes), name))");
        }
        ValidatedModule validated;
        try {
            validated = Wasm.load(source.getBytes().toByteArray());
        } catch (ModuleException e) {
            throw WasmError.module(e.getMessage());
        }
        TruffleModule module = new TruffleModule(this, validated, WasmContext.get(null).gate(), ResourceLimits.DEFAULT);
        return RootNode.createConstantNode(new ModuleObject(module, source.getName())).getCallTarget();
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        // Instances hold no thread-confined state; Wasm 2.0 has no shared memory, so races are the embedder's.
        return true;
    }
}
