package dev.tandem.conformance.runtime;

import dev.tandem.conformance.engine.Engine;
import dev.tandem.conformance.engine.EngineFailure;
import dev.tandem.conformance.engine.HostModule;
import dev.tandem.conformance.engine.WasmValue;
import dev.tandem.runtime.ExportedFunction;
import dev.tandem.runtime.FunctionRef;
import dev.tandem.runtime.Global;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.LinkException;
import dev.tandem.runtime.Tier;
import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.Wasm;
import dev.tandem.wasm.model.Import;
import dev.tandem.wasm.model.ValType;
import dev.tandem.wasm.numeric.TrapKind;
import dev.tandem.wasm.numeric.V128;
import dev.tandem.wasm.numeric.WasmTrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The conformance runner's engine over any tier of the runtime's tier-neutral API, shared by the
 * Truffle and AOT tiers' bindings: compile with wasm-core and the tier, instantiate with the
 * runtime's {@link Imports}, call through {@link ExportedFunction}.
 *
 * <p>Values: the runner's bit patterns become the runtime's boxed values and back; an extern
 * reference {@code ref.extern N} is a {@link HostReference}; a function reference is the runtime's
 * {@link FunctionRef}, an opaque handle to the runner. Failures: {@link LinkException} is
 * unlinkable, {@link WasmTrap} a trap, except "call stack exhausted", which is exhaustion.
 */
public final class RuntimeTierEngine implements Engine {

    private final Function<byte[], dev.tandem.runtime.CompiledModule> compiler;
    /** Compiled modules that hold resources (an AOT module's class loader), closed with the engine. */
    private final List<AutoCloseable> closeables = new ArrayList<>();
    /** The tier's own resources (the Truffle tier's context), closed after the modules; may be null. */
    private final AutoCloseable resources;

    /** An engine compiling with {@code tier}. */
    public RuntimeTierEngine(Tier tier) {
        this(tier, null);
    }

    /**
     * An engine compiling with {@code tier}; {@code resources} (the tier itself when it holds some,
     * as the Truffle tier's context does) is closed with the engine, after the compiled modules.
     */
    public RuntimeTierEngine(Tier tier, AutoCloseable resources) {
        this(bytes -> {
            try {
                return tier.compile(Wasm.load(bytes));
            } catch (ModuleException e) {
                throw new Rejected(e);
            }
        }, resources);
    }

    /**
     * An engine with its own way from bytes to a compiled module (the AOT tier's {@code .twasm}
     * round trip); it may throw {@link Rejected} for a module wasm-core rejects.
     */
    public RuntimeTierEngine(Function<byte[], dev.tandem.runtime.CompiledModule> compiler) {
        this(compiler, null);
    }

    private RuntimeTierEngine(Function<byte[], dev.tandem.runtime.CompiledModule> compiler, AutoCloseable resources) {
        this.compiler = compiler;
        this.resources = resources;
    }

    /** Carries a {@link ModuleException} out of a {@link Function}. */
    public static final class Rejected extends RuntimeException {
        public Rejected(ModuleException cause) {
            super(cause);
        }
    }

    /** An extern value from the script ({@code ref.extern N}), equal by its number. */
    public record HostReference(long number) {
    }

    @Override
    public Engine.CompiledModule compile(byte[] bytes) throws ModuleException {
        dev.tandem.runtime.CompiledModule module;
        try {
            module = compiler.apply(bytes);
        } catch (Rejected e) {
            throw (ModuleException) e.getCause();
        }
        if (module instanceof AutoCloseable c) {
            closeables.add(c);
        }
        return new Compiled(module);
    }

    @Override
    public Engine.Instance instantiate(Engine.CompiledModule module, ImportRegistry registry) throws EngineFailure {
        dev.tandem.runtime.CompiledModule compiled = ((Compiled) module).module();
        Imports.Builder imports = Imports.builder();
        for (Import wanted : compiled.module().module().imports()) {
            switch (registry.lookup(wanted.module())) {
                case RuntimeInstance instance -> imports.register(wanted.module(), instance.instance());
                case HostInstance host -> {
                    Object value = host.exports().get(wanted.name());
                    if (value != null) {
                        imports.add(wanted.module(), wanted.name(), value);
                    }
                }
                case null, default -> {
                    // left out: the runtime reports "unknown import"
                }
            }
        }
        try {
            return new RuntimeInstance(compiled.instantiate(imports.build()));
        } catch (LinkException e) {
            throw new EngineFailure.Unlinkable(e.getMessage());
        } catch (WasmTrap trap) {
            throw failure(trap);
        }
    }

    @Override
    public Engine.Instance materialize(HostModule host) {
        return new HostInstance(HostModules.exports(host));
    }

    @Override
    public void close() {
        List<AutoCloseable> toClose = new ArrayList<>(closeables);
        closeables.clear();
        if (resources != null) {
            toClose.add(resources);
        }
        try {
            for (AutoCloseable c : toClose) {
                c.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("closing the engine failed: " + e.getMessage(), e);
        }
    }

    private static EngineFailure failure(WasmTrap trap) {
        return trap.kind() == TrapKind.CALL_STACK_EXHAUSTED
                ? new EngineFailure.Exhaustion(trap.getMessage(), trap) : new EngineFailure.Trap(trap.getMessage(), trap);
    }

    static Object toBoxed(WasmValue value) {
        return switch (value.type()) {
            case I32 -> value.asI32();
            case I64 -> value.asI64();
            case F32 -> Float.intBitsToFloat(value.f32Bits());
            case F64 -> Double.longBitsToDouble(value.f64Bits());
            case V128 -> new V128(value.low(), value.high());
            case FUNCREF -> value.isNull() ? null : value.funcHandle();
            case EXTERNREF -> value.isNull() ? null : new HostReference(value.externNumber());
        };
    }

    static WasmValue toWasmValue(ValType type, Object boxed) {
        return switch (type) {
            case I32 -> WasmValue.i32((Integer) boxed);
            case I64 -> WasmValue.i64((Long) boxed);
            case F32 -> WasmValue.f32Bits(Float.floatToRawIntBits((Float) boxed));
            case F64 -> WasmValue.f64Bits(Double.doubleToRawLongBits((Double) boxed));
            case V128 -> WasmValue.v128(((V128) boxed).lo(), ((V128) boxed).hi());
            case FUNCREF -> boxed == null ? WasmValue.nullRef(ValType.FUNCREF) : WasmValue.funcRef(boxed);
            case EXTERNREF -> boxed == null ? WasmValue.nullRef(ValType.EXTERNREF)
                    : WasmValue.externRef(((HostReference) boxed).number());
        };
    }

    private record Compiled(dev.tandem.runtime.CompiledModule module) implements Engine.CompiledModule {
    }

    private record HostInstance(Map<String, Object> exports) implements Engine.Instance {

        @Override
        public List<WasmValue> invoke(String name, List<WasmValue> args) {
            throw new IllegalStateException("host module export " + name + " is not callable from a script");
        }

        @Override
        public WasmValue global(String name) {
            Global global = (Global) exports.get(name);
            return toWasmValue(global.type().type(), global.get());
        }
    }

    private record RuntimeInstance(dev.tandem.runtime.Instance instance) implements Engine.Instance {

        @Override
        public List<WasmValue> invoke(String name, List<WasmValue> args) throws EngineFailure {
            ExportedFunction function = instance.function(name);
            Object[] boxed = new Object[args.size()];
            for (int i = 0; i < boxed.length; i++) {
                boxed[i] = toBoxed(args.get(i));
            }
            Object[] results;
            try {
                results = function.call(boxed);
            } catch (WasmTrap trap) {
                throw failure(trap);
            }
            List<ValType> types = function.type().results();
            List<WasmValue> values = new ArrayList<>(types.size());
            for (int i = 0; i < types.size(); i++) {
                values.add(toWasmValue(types.get(i), results[i]));
            }
            return values;
        }

        @Override
        public WasmValue global(String name) {
            Global global = instance.global(name);
            return toWasmValue(global.type().type(), global.get());
        }
    }
}
