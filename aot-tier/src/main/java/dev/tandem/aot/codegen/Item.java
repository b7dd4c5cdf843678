package dev.tandem.aot.codegen;

/**
 * One element of a function's code tree ({@link FunctionParser}): an instruction, a whole
 * block/loop/if, or a chunk of items the {@link Splitter} moved into a method of its own.
 * Unreachable code never becomes an item.
 */
abstract sealed class Item permits Instr, Construct, Chunk {

    /** Module offset of the item's first instruction. */
    final int offset;
    /** Operand-stack height (values) before the item. */
    final int height;
    /** Estimated bytecode bytes of the item, nested items included. */
    int size;
    /** True when control never continues after the item (br, return, unreachable, ...). */
    boolean terminal;

    Item(int offset, int height) {
        this.offset = offset;
        this.height = height;
    }
}
