package dev.tandem.conformance.engine;

import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.GlobalType;
import dev.tandem.wasm.model.Limits;
import dev.tandem.wasm.model.MemoryType;
import dev.tandem.wasm.model.TableType;
import dev.tandem.wasm.model.ValType;
import java.util.List;
import java.util.function.Consumer;

/**
 * The spec suite's host module {@code spectest}, as the reference interpreter defines it
 * (spectest.ml), written once for every engine and test: immutable globals {@code global_i32} and
 * {@code global_i64} (666), {@code global_f32} and {@code global_f64} (666.6), a funcref
 * {@code table} of 10..20 elements, a {@code memory} of 1..2 pages, and the functions
 * {@code print}, {@code print_i32}, {@code print_i64}, {@code print_f32}, {@code print_f64},
 * {@code print_i32_f32} and {@code print_f64_f64}, which return nothing.
 *
 * <p>It is data ({@link HostModule}); each engine materializes it into objects of its own, fresh
 * each time, so one script's modules share one table and memory and two scripts do not.
 */
public final class Spectest {

    public static final String NAME = "spectest";

    private Spectest() {
    }

    /** The spectest module whose print functions print nothing (the suite never checks output). */
    public static HostModule silent() {
        return describe(args -> { });
    }

    /**
     * The spectest module whose print functions send one line per argument to {@code lines},
     * {@code "<value> : <type>"} as the reference interpreter prints them (e.g. {@code 42 : i32}).
     */
    public static HostModule printing(Consumer<String> lines) {
        return describe(args -> args.forEach(v -> lines.accept(show(v) + " : " + v.type())));
    }

    private static String show(WasmValue v) {
        return switch (v.type()) {
            case I32 -> Integer.toString(v.asI32());
            case I64 -> Long.toString(v.asI64());
            case F32 -> Float.toString(Float.intBitsToFloat(v.f32Bits()));
            case F64 -> Double.toString(Double.longBitsToDouble(v.f64Bits()));
            default -> v.toString();
        };
    }

    private static HostModule describe(Consumer<List<WasmValue>> print) {
        ValType i32 = ValType.I32;
        ValType i64 = ValType.I64;
        ValType f32 = ValType.F32;
        ValType f64 = ValType.F64;
        return new HostModule(NAME, List.of(
                new HostModule.Global("global_i32", new GlobalType(i32, false), WasmValue.i32(666)),
                new HostModule.Global("global_i64", new GlobalType(i64, false), WasmValue.i64(666)),
                new HostModule.Global("global_f32", new GlobalType(f32, false),
                        WasmValue.f32Bits(Float.floatToRawIntBits(666.6f))),
                new HostModule.Global("global_f64", new GlobalType(f64, false),
                        WasmValue.f64Bits(Double.doubleToRawLongBits(666.6))),
                new HostModule.Table("table", new TableType(ValType.FUNCREF, new Limits(10, 20))),
                new HostModule.Memory("memory", new MemoryType(new Limits(1, 2))),
                function("print", print),
                function("print_i32", print, i32),
                function("print_i64", print, i64),
                function("print_f32", print, f32),
                function("print_f64", print, f64),
                function("print_i32_f32", print, i32, f32),
                function("print_f64_f64", print, f64, f64)));
    }

    private static HostModule.Function function(String name, Consumer<List<WasmValue>> body, ValType... params) {
        return new HostModule.Function(name, FuncType.of(params, new ValType[0]), body);
    }
}
