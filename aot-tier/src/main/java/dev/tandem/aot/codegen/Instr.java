package dev.tandem.aot.codegen;

import dev.tandem.wasm.model.ValType;

/**
 * One instruction with its immediates, as the emitter needs them. Which field holds what depends
 * on the opcode (as {@link dev.tandem.wasm.code.CodeReader}'s accessors do): {@code a} the first
 * index (local, global, function, label, table, type, segment) or lane, {@code b} the second index,
 * {@code c} a constant's bits or a memarg offset, {@code d} the high half of a v128 constant,
 * {@code targets} the labels of {@code br_table}, {@code type} the operand type of
 * {@code drop}/{@code select} or the reference type of {@code ref.null}.
 */
final class Instr extends Item {

    final int opcode;
    int a;
    int b;
    long c;
    long d;
    int[] targets;
    ValType type;

    Instr(int opcode, int offset, int height) {
        super(offset, height);
        this.opcode = opcode;
    }
}
