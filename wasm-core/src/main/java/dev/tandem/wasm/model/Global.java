package dev.tandem.wasm.model;

/** A global defined by the module (not imported). */
public record Global(GlobalType type, ConstExpr init) {
}
