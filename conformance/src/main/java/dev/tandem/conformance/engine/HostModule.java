package dev.tandem.conformance.engine;

import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.GlobalType;
import dev.tandem.wasm.model.MemoryType;
import dev.tandem.wasm.model.TableType;
import java.util.List;
import java.util.function.Consumer;

/**
 * A host module described as data, which each engine materializes into an instance of its own.
 * Written once (the suite's {@code spectest}, later WASI-like hosts for tests) instead of once per tier.
 */
public record HostModule(String name, List<Export> exports) {

    public HostModule {
        exports = List.copyOf(exports);
    }

    /** One export of a host module. */
    public sealed interface Export permits Function, Global, Table, Memory {
        String name();
    }

    /** A host function; {@code body} receives the arguments and returns nothing (the suite's are all void). */
    public record Function(String name, FuncType type, Consumer<List<WasmValue>> body) implements Export {
    }

    /** A global with its type and initial value. */
    public record Global(String name, GlobalType type, WasmValue value) implements Export {
    }

    /** A table, filled with null references. */
    public record Table(String name, TableType type) implements Export {
    }

    /** A memory, zero-filled at its minimum size. */
    public record Memory(String name, MemoryType type) implements Export {
    }
}
