package dev.tandem.wasm.model;

/** A global's value type and mutability. */
public record GlobalType(ValType type, boolean mutable) {
}
