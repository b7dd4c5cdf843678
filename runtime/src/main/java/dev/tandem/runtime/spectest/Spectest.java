package dev.tandem.runtime.spectest;

import dev.tandem.runtime.FunctionCode;
import dev.tandem.runtime.Global;
import dev.tandem.runtime.HostFunction;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.Memory;
import dev.tandem.runtime.Table;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.GlobalType;
import dev.tandem.wasm.model.Limits;
import dev.tandem.wasm.model.MemoryType;
import dev.tandem.wasm.model.TableType;
import dev.tandem.wasm.model.ValType;
import java.util.List;
import java.util.function.Consumer;

/**
 * The spec suite's host module {@code spectest}, as the reference interpreter defines it:
 * immutable globals {@code global_i32} and {@code global_i64} (666), {@code global_f32} and
 * {@code global_f64} (666.6), a funcref {@code table} of 10..20 elements, a {@code memory} of 1..2
 * pages, and the functions {@code print}, {@code print_i32}, {@code print_i64}, {@code print_f32},
 * {@code print_f64}, {@code print_i32_f32} and {@code print_f64_f64}, which return nothing and
 * print one line per argument, {@code "<value> : <type>"} as the reference interpreter does.
 *
 * <p>Each call to {@link #addTo} makes fresh objects: one script's modules share one table and one
 * memory (keep adding through the same builder), two scripts do not.
 */
public final class Spectest {

    /** The module name the suite imports from. */
    public static final String MODULE = "spectest";

    private Spectest() {
    }

    /** Imports holding only {@code spectest}; print functions send their lines to {@code sink}. */
    public static Imports imports(Consumer<String> sink) {
        return addTo(Imports.builder(), sink).build();
    }

    /** Adds {@code spectest}'s exports to {@code builder}; print functions send their lines to {@code sink}. */
    public static Imports.Builder addTo(Imports.Builder builder, Consumer<String> sink) {
        builder.global(MODULE, "global_i32", new Global(new GlobalType(ValType.I32, false), 666));
        builder.global(MODULE, "global_i64", new Global(new GlobalType(ValType.I64, false), 666L));
        builder.global(MODULE, "global_f32", new Global(new GlobalType(ValType.F32, false), 666.6f));
        builder.global(MODULE, "global_f64", new Global(new GlobalType(ValType.F64, false), 666.6d));
        builder.table(MODULE, "table", new Table(new TableType(ValType.FUNCREF, new Limits(10, 20))));
        builder.memory(MODULE, "memory", new Memory(new MemoryType(new Limits(1, 2))));
        builder.function(MODULE, "print", print(sink));
        builder.function(MODULE, "print_i32", print(sink, ValType.I32));
        builder.function(MODULE, "print_i64", print(sink, ValType.I64));
        builder.function(MODULE, "print_f32", print(sink, ValType.F32));
        builder.function(MODULE, "print_f64", print(sink, ValType.F64));
        builder.function(MODULE, "print_i32_f32", print(sink, ValType.I32, ValType.F32));
        builder.function(MODULE, "print_f64_f64", print(sink, ValType.F64, ValType.F64));
        return builder;
    }

    private static HostFunction print(Consumer<String> sink, ValType... params) {
        FuncType type = new FuncType(List.of(params), List.of());
        FunctionCode code = args -> {
            for (int i = 0; i < args.length; i++) {
                sink.accept(args[i] + " : " + params[i]);
            }
            return null;
        };
        return new HostFunction(type, code);
    }
}
