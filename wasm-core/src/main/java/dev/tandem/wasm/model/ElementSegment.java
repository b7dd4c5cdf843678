package dev.tandem.wasm.model;

import java.util.List;

/**
 * An element segment. Items are always held as constant expressions ({@code ref.func x} for the
 * function-index encodings), so the tiers have one form to evaluate.
 *
 * @param mode        active (copied into {@code tableIndex} at {@code offset} on instantiation),
 *                    passive (for {@code table.init}) or declarative (only declares references)
 * @param elementType funcref or externref
 * @param tableIndex  for active segments; 0 otherwise
 * @param offset      for active segments; null otherwise
 */
public record ElementSegment(Mode mode, ValType elementType, int tableIndex, ConstExpr offset, List<ConstExpr> items) {

    public enum Mode { ACTIVE, PASSIVE, DECLARATIVE }

    public ElementSegment {
        items = List.copyOf(items);
    }
}
