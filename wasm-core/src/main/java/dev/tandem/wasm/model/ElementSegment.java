package dev.tandem.wasm.model;

import java.util.List;

/**
 * An element segment, in one of two forms according to its binary encoding:
 * <ul>
 *   <li>function indices (encodings 0-3): {@code functionIndices} holds them, each standing for
 *       {@code ref.func x}, and {@code items} is empty. Kept as plain indices rather than synthesized
 *       constant expressions because tables of thousands of functions are common and a tier fills
 *       them straight from the array.</li>
 *   <li>expressions (encodings 4-7): {@code items} holds one constant expression per element and
 *       {@code functionIndices} is null.</li>
 * </ul>
 * Use {@link #size()} for the element count in either form.
 *
 * @param mode            active (copied into {@code tableIndex} at {@code offset} on instantiation),
 *                        passive (for {@code table.init}) or declarative (only declares references)
 * @param elementType     funcref or externref (always funcref for the function-index form)
 * @param tableIndex      for active segments; 0 otherwise
 * @param offset          for active segments; null otherwise
 * @param items           the element expressions (expression form), else empty
 * @param functionIndices the function indices (function-index form), else null; u32 values in int
 *                        bits, shared and never modified
 */
public record ElementSegment(Mode mode, ValType elementType, int tableIndex, ConstExpr offset, List<ConstExpr> items,
                             int[] functionIndices) {

    public enum Mode { ACTIVE, PASSIVE, DECLARATIVE }

    public ElementSegment {
        items = List.copyOf(items);
    }

    /** An element segment in the expression form. */
    public ElementSegment(Mode mode, ValType elementType, int tableIndex, ConstExpr offset, List<ConstExpr> items) {
        this(mode, elementType, tableIndex, offset, items, null);
    }

    /** True when the elements are function indices ({@link #functionIndices()}), not expressions. */
    public boolean hasFunctionIndices() {
        return functionIndices != null;
    }

    /** Number of elements, in either form. */
    public int size() {
        return functionIndices != null ? functionIndices.length : items.size();
    }
}
