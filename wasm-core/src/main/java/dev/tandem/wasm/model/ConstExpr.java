package dev.tandem.wasm.model;

/**
 * A constant expression (global initializer, segment offset, element item) as it stands in the
 * binary: the instruction bytes up to and including the final {@code end}. The decoder only
 * checks it is well formed; the validator checks it is constant and of the right type, and
 * {@link dev.tandem.wasm.validate.ConstInstr} gives the decoded instruction the tiers evaluate.
 *
 * @param code   the module's bytes (shared, never modified)
 * @param start  offset of the first instruction
 * @param end    offset just past the final {@code end} opcode
 */
public record ConstExpr(byte[] code, int start, int end) {
}
