package dev.tandem.conformance.runtime;

import dev.tandem.conformance.engine.HostModule;
import dev.tandem.conformance.engine.WasmValue;
import dev.tandem.runtime.FunctionRef;
import dev.tandem.runtime.Global;
import dev.tandem.runtime.HostFunction;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.Memory;
import dev.tandem.runtime.Table;
import dev.tandem.wasm.model.FuncType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A host module described as data ({@link HostModule}, e.g. the suite's {@code spectest}) made into
 * the runtime's objects: {@link Global}, {@link Table}, {@link Memory} and {@link FunctionRef}. Each
 * call makes fresh objects.
 */
public final class HostModules {

    private HostModules() {
    }

    /** The exports of {@code host} by name, in its order. */
    public static Map<String, Object> exports(HostModule host) {
        Map<String, Object> exports = new LinkedHashMap<>();
        for (HostModule.Export export : host.exports()) {
            Object value = switch (export) {
                case HostModule.Function f -> function(host.name(), f);
                case HostModule.Global g -> new Global(g.type(), RuntimeTierEngine.toBoxed(g.value()));
                case HostModule.Table t -> new Table(t.type());
                case HostModule.Memory m -> new Memory(m.type());
            };
            exports.put(export.name(), value);
        }
        return exports;
    }

    /** Adds fresh exports of {@code host} to {@code builder} under the host module's name. */
    public static Imports.Builder addTo(Imports.Builder builder, HostModule host) {
        exports(host).forEach((name, value) -> builder.add(host.name(), name, value));
        return builder;
    }

    /** One function instance per host function, however many modules import it. */
    private static FunctionRef function(String module, HostModule.Function f) {
        FuncType type = f.type();
        HostFunction function = new HostFunction(type, args -> {
            List<WasmValue> values = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                values.add(RuntimeTierEngine.toWasmValue(type.params().get(i), args[i]));
            }
            f.body().accept(values);
            return new Object[0];
        });
        return (FunctionRef) Imports.builder().function(module, f.name(), function).build().resolve(module, f.name());
    }
}
