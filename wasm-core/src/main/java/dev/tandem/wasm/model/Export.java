package dev.tandem.wasm.model;

/** One export: a name and an index into the function, table, memory or global index space. */
public record Export(String name, ExternKind kind, int index) {
}
