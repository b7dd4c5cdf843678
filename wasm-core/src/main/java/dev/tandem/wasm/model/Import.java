package dev.tandem.wasm.model;

/**
 * One import. Exactly one of the descriptor fields is set, according to {@code kind}:
 * {@code typeIndex} (function), {@code table}, {@code memory} or {@code global}.
 */
public record Import(String module, String name, ExternKind kind, int typeIndex, TableType table,
                     MemoryType memory, GlobalType global) {

    public static Import function(String module, String name, int typeIndex) {
        return new Import(module, name, ExternKind.FUNCTION, typeIndex, null, null, null);
    }

    public static Import table(String module, String name, TableType table) {
        return new Import(module, name, ExternKind.TABLE, -1, table, null, null);
    }

    public static Import memory(String module, String name, MemoryType memory) {
        return new Import(module, name, ExternKind.MEMORY, -1, null, memory, null);
    }

    public static Import global(String module, String name, GlobalType global) {
        return new Import(module, name, ExternKind.GLOBAL, -1, null, null, global);
    }
}
