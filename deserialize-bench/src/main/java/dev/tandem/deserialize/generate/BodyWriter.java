package dev.tandem.deserialize.generate;

import dev.tandem.wasm.model.ValType;

/**
 * Instructions of a function body, by name, for the generator: each method appends one instruction
 * with its immediates. Only the instructions the generator uses are here; opcodes are the Wasm 2.0
 * binary format's.
 */
final class BodyWriter {

    /** Block type of a block, loop or if that takes and leaves nothing. */
    private static final int EMPTY_BLOCK = 0x40;

    private final WasmWriter w = new WasmWriter();

    byte[] toByteArray() {
        return w.toByteArray();
    }

    int size() {
        return w.size();
    }

    // ---- control ---------------------------------------------------------------------------------

    BodyWriter block() {
        w.byte1(0x02).byte1(EMPTY_BLOCK);
        return this;
    }

    BodyWriter loop() {
        w.byte1(0x03).byte1(EMPTY_BLOCK);
        return this;
    }

    BodyWriter ifThen() {
        w.byte1(0x04).byte1(EMPTY_BLOCK);
        return this;
    }

    BodyWriter elseThen() {
        w.byte1(0x05);
        return this;
    }

    BodyWriter end() {
        w.byte1(0x0B);
        return this;
    }

    BodyWriter br(int depth) {
        w.byte1(0x0C).u32(depth);
        return this;
    }

    BodyWriter brIf(int depth) {
        w.byte1(0x0D).u32(depth);
        return this;
    }

    BodyWriter brTable(int[] targets, int otherwise) {
        w.byte1(0x0E).u32(targets.length);
        for (int t : targets) {
            w.u32(t);
        }
        w.u32(otherwise);
        return this;
    }

    BodyWriter call(int function) {
        w.byte1(0x10).u32(function);
        return this;
    }

    BodyWriter callIndirect(int type) {
        w.byte1(0x11).u32(type).u32(0); // table 0
        return this;
    }

    BodyWriter select() {
        w.byte1(0x1B);
        return this;
    }

    // ---- variables -------------------------------------------------------------------------------

    BodyWriter localGet(int index) {
        w.byte1(0x20).u32(index);
        return this;
    }

    BodyWriter localSet(int index) {
        w.byte1(0x21).u32(index);
        return this;
    }

    BodyWriter localTee(int index) {
        w.byte1(0x22).u32(index);
        return this;
    }

    BodyWriter globalGet(int index) {
        w.byte1(0x23).u32(index);
        return this;
    }

    BodyWriter globalSet(int index) {
        w.byte1(0x24).u32(index);
        return this;
    }

    // ---- memory (alignment hint is the natural one; memory 0) ------------------------------------

    BodyWriter load(ValType type, int offset) {
        return memory(switch (type) {
            case I32 -> 0x28;
            case I64 -> 0x29;
            case F64 -> 0x2B;
            default -> throw unsupported(type);
        }, naturalAlignment(type), offset);
    }

    BodyWriter i32Load8U(int offset) {
        return memory(0x2D, 0, offset);
    }

    BodyWriter store(ValType type, int offset) {
        return memory(switch (type) {
            case I32 -> 0x36;
            case I64 -> 0x37;
            case F64 -> 0x39;
            default -> throw unsupported(type);
        }, naturalAlignment(type), offset);
    }

    BodyWriter i32Store8(int offset) {
        return memory(0x3A, 0, offset);
    }

    private BodyWriter memory(int opcode, int alignLog2, int offset) {
        w.byte1(opcode).u32(alignLog2).u32(offset);
        return this;
    }

    private static int naturalAlignment(ValType type) {
        return type == ValType.I32 ? 2 : 3;
    }

    // ---- numbers ---------------------------------------------------------------------------------

    BodyWriter i32Const(int value) {
        w.byte1(0x41).s64(value);
        return this;
    }

    BodyWriter i64Const(long value) {
        w.byte1(0x42).s64(value);
        return this;
    }

    BodyWriter f64Const(double value) {
        w.byte1(0x44).f64(value);
        return this;
    }

    /** A numeric instruction without immediates, by its opcode (see {@link Ops}). */
    BodyWriter op(int opcode) {
        w.byte1(opcode);
        return this;
    }

    /** A saturating truncation ({@code 0xFC} prefix). */
    BodyWriter truncSat(int subOpcode) {
        w.byte1(0xFC).u32(subOpcode);
        return this;
    }

    private static IllegalArgumentException unsupported(ValType type) {
        return new IllegalArgumentException("the generator has no " + type + " memory access");
    }
}
