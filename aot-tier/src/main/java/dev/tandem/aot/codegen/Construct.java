package dev.tandem.aot.codegen;

import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.model.FuncType;
import java.util.List;

/**
 * A {@code block}, {@code loop} or {@code if} with its body (and else branch): structured control
 * flow stays a tree, which is what lets the {@link Splitter} cut a function only between whole
 * constructs and the emitter give each label one JVM label.
 */
final class Construct extends Item {

    final int kind;
    final FuncType type;
    List<Item> body;
    /** The else branch of an {@code if}; null when there is none (and for block and loop). */
    List<Item> elseBody;

    Construct(int kind, FuncType type, int offset, int height) {
        super(offset, height);
        this.kind = kind;
        this.type = type;
    }

    boolean isLoop() {
        return kind == Opcodes.LOOP;
    }

    boolean isIf() {
        return kind == Opcodes.IF;
    }
}
