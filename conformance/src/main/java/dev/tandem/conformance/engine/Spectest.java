package dev.tandem.conformance.engine;

import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.GlobalType;
import dev.tandem.wasm.model.Limits;
import dev.tandem.wasm.model.MemoryType;
import dev.tandem.wasm.model.TableType;
import dev.tandem.wasm.model.ValType;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * The host module {@code spectest} every engine running the suite provides (the reference
 * interpreter's spectest.ml): four globals, a table, a memory and the print functions.
 */
public final class Spectest {

    public static final String NAME = "spectest";

    private Spectest() {
    }

    /** The spectest module whose print functions print nothing (the suite never checks output). */
    public static HostModule silent() {
        return describe(args -> { });
    }

    /** The spectest module whose print functions write their arguments, one call per line, to {@code out}. */
    public static HostModule printingTo(PrintStream out) {
        return describe(args -> out.println(args.isEmpty() ? "()" : args.toString()));
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
