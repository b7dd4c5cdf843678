package dev.tandem.aot.codegen;

import java.util.List;

/**
 * Consecutive items of one body that the {@link Splitter} moved into a method of their own: the
 * caller passes the operand stack and the locals the chunk uses through the function's spill frame,
 * and the chunk says with its int result where control goes next (0: fall through; k: branch to the
 * k-th enclosing label outside it). See {@link Splitter} for the protocol.
 */
final class Chunk extends Item {

    final List<Item> items;
    /** Locals the chunk reads or writes, nested chunks included. */
    final LocalSet used;
    /** Locals the chunk writes, nested chunks included. */
    final LocalSet written;

    Chunk(List<Item> items, LocalSet used, LocalSet written) {
        super(items.get(0).offset, items.get(0).height);
        this.items = items;
        this.used = used;
        this.written = written;
    }
}
