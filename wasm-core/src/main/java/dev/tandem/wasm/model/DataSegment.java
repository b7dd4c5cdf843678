package dev.tandem.wasm.model;

/**
 * A data segment: its bytes are {@code module[start, end)}.
 *
 * @param active      true when copied into {@code memoryIndex} at {@code offset} on instantiation
 * @param memoryIndex for active segments; 0 otherwise
 * @param offset      for active segments; null otherwise
 */
public record DataSegment(boolean active, int memoryIndex, ConstExpr offset, byte[] bytes, int start, int end) {

    public int length() {
        return end - start;
    }
}
