package dev.tandem.wasm.model;

/** A table's element type (funcref or externref) and limits. */
public record TableType(ValType elementType, Limits limits) {
}
