package dev.tandem.aot;

import dev.tandem.aot.twasm.TwasmReader;
import dev.tandem.runtime.CompiledModule;
import dev.tandem.runtime.PrecompilingTier;
import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.validate.ValidatedModule;
import java.io.IOException;
import java.util.Map;

/**
 * The AOT tier as the runtime's tier-neutral API sees it: compiles in memory with its options, and
 * writes and loads {@code .twasm} files ({@link PrecompilingTier}).
 */
public final class AotTier implements PrecompilingTier {

    /** The one option {@link #precompile} takes: {@code "true"} (the default) or {@code "false"}. */
    public static final String UNWIND_INFO = "unwind-info";

    private final AotOptions options;

    public AotTier() {
        this(AotOptions.defaults());
    }

    public AotTier(AotOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "aot";
    }

    @Override
    public CompiledModule compile(ValidatedModule module) {
        return AotCompiler.compile(module, options);
    }

    @Override
    public byte[] precompile(byte[] wasm, Map<String, String> switches) throws ModuleException {
        AotOptions chosen = options;
        for (Map.Entry<String, String> e : switches.entrySet()) {
            if (!e.getKey().equals(UNWIND_INFO)) {
                throw new IllegalArgumentException("unknown AOT option '" + e.getKey() + "' (known: " + UNWIND_INFO + ")");
            }
            chosen = switch (e.getValue()) {
                case "true" -> chosen.withUnwindInfo(true);
                case "false" -> chosen.withUnwindInfo(false);
                default -> throw new IllegalArgumentException(UNWIND_INFO + " must be true or false, got '" + e.getValue() + "'");
            };
        }
        return AotCompiler.compileToBytes(wasm, chosen);
    }

    @Override
    public CompiledModule load(byte[] file) throws IOException {
        return TwasmLoader.load(TwasmReader.read(file));
    }
}
