package dev.tandem.truffle.lower;

import dev.tandem.wasm.code.Opcodes;

/**
 * The internal opcodes of lowered code ({@link LoweredFunction#code()}): one int per opcode,
 * followed by its immediates, each one int.
 *
 * <p>Numbering: an instruction that keeps its Wasm meaning keeps its Wasm number (single-byte
 * opcodes, e.g. {@code I32_ADD = 0x6A}); a 0xFC-prefixed one is {@code 0x100 + sub}; a SIMD one is
 * {@code 0x200 + sub}. Instructions whose lowered form differs (branches with precomputed targets,
 * typed variable access) get numbers in 0xE0..0xFF, which Wasm 2.0 leaves unused. The numbers are
 * dense so the dispatch switch compiles to a jump table.
 *
 * <p>Operand-stack effects are fixed per opcode; the interpreter tracks the stack pointer itself and
 * only branches carry precomputed heights. Immediates listed as "target" are internal code indices,
 * "sp" are absolute frame-slot indices.
 */
public final class Op {

    private Op() {
    }

    // ---- control (Wasm numbers kept where the meaning is the same) ---------------------------------

    /** Traps with "unreachable". */
    public static final int UNREACHABLE = 0x00;
    /** {@code br}: target, sp, arity. Copies the top {@code arity} values to {@code sp}, then jumps. */
    public static final int BR = 0x0C;
    /** {@code br_if}: target, sp, arity, profile. Pops an i32; branches as {@link #BR} when non-zero. */
    public static final int BR_IF = 0x0D;
    /**
     * {@code br_table}: count, arity, distinct, then {@code distinct} pairs (target, sp), then
     * {@code count} entries, each the number of its pair, the default last. Pops an i32 index;
     * out-of-range indices take the default. Tables name few distinct labels however long they are,
     * so compiled code branches once per distinct label, not once per entry.
     */
    public static final int BR_TABLE = 0x0E;
    /** Returns the function's results from the top of the stack. */
    public static final int RETURN = 0x0F;
    /** {@code call}: function index, call-site index (into the node's call-node children). */
    public static final int CALL = 0x10;
    /** {@code call_indirect}: type index, table index, call-site index. */
    public static final int CALL_INDIRECT = 0x11;
    public static final int DROP = 0x1A;
    /** Both {@code select} forms: the operand slots are copied whole, so one opcode serves every type. */
    public static final int SELECT = 0x1B;

    // ---- variables: numeric values live in a slot's primitive half, v128 and references in its object half

    /** local index: pushes a numeric local. */
    public static final int LOCAL_GET = 0x20;
    public static final int LOCAL_SET = 0x21;
    public static final int LOCAL_TEE = 0x22;
    /** global index: numeric global. */
    public static final int GLOBAL_GET = 0x23;
    public static final int GLOBAL_SET = 0x24;
    /** table index. */
    public static final int TABLE_GET = 0x25;
    public static final int TABLE_SET = 0x26;

    // 0x28..0x3E: loads and stores, immediate: the offset (a u32 held in an int).
    // 0x3F, 0x40: memory.size, memory.grow (memory 0, the only one in Wasm 2.0).
    // 0x41: i32.const value; 0x42: i64.const low, high; 0x43: f32.const bits; 0x44: f64.const low, high.
    // 0x45..0xC4: numeric instructions, no immediates.
    public static final int MEMORY_SIZE = 0x3F;
    public static final int MEMORY_GROW = 0x40;
    public static final int I32_CONST = 0x41;
    public static final int I64_CONST = 0x42;
    public static final int F32_CONST = 0x43;
    public static final int F64_CONST = 0x44;

    public static final int REF_NULL = 0xD0;
    public static final int REF_IS_NULL = 0xD1;
    /** function index. */
    public static final int REF_FUNC = 0xD2;

    // ---- lowered-only forms ----------------------------------------------------------------------

    /** {@code if}: target, profile. Pops an i32; jumps to the else branch (or past the end) when zero. */
    public static final int IF = 0xE0;
    /** Unconditional jump without stack change (end of a then-branch): target. */
    public static final int JUMP = 0xE1;
    /** local index: pushes a v128 or reference local. */
    public static final int LOCAL_GET_OBJ = 0xE2;
    public static final int LOCAL_SET_OBJ = 0xE3;
    public static final int LOCAL_TEE_OBJ = 0xE4;
    /** global index: v128 or reference global. */
    public static final int GLOBAL_GET_OBJ = 0xE5;
    public static final int GLOBAL_SET_OBJ = 0xE6;
    /** {@code v128.const} and {@code i8x16.shuffle}'s lanes: index into the constant pool. */
    public static final int V128_CONST = 0xE7;
    /**
     * A float constant the compiler must not see: index into {@link LoweredFunction#opaqueBits()}.
     * Used for +-0.0 and +-1.0, the operands that let Graal rewrite x * 1.0, x / -1.0, x - 0.0, ...
     * to x or -x, exact in Java but not in Wasm, where the result of arithmetic on a signalling NaN
     * must be a quiet NaN. Read from memory, the constant stops no other optimization.
     */
    public static final int OPAQUE_CONST = 0xE8;

    /** First opcode of the 0xFC family: {@code FC_BASE + sub}. */
    public static final int FC_BASE = 0x100;
    /** First opcode of the SIMD family: {@code SIMD_BASE + sub}. */
    public static final int SIMD_BASE = 0x200;
    /** One past the largest opcode. */
    public static final int LIMIT = 0x300;

    /**
     * The Wasm opcode ({@link Opcodes}' encoding, {@code 0xFC << 12 | sub}) of lowered 0xFC-family
     * opcode {@code op}, so that the instruction classes name their cases by {@link Opcodes}' constants.
     * One constant addition: compiled code folds it into the jump table's own offset, and partial
     * evaluation, where {@code op} is constant, folds it away.
     */
    public static int fcOpcode(int op) {
        return op + ((Opcodes.PREFIX_FC << 12) - FC_BASE);
    }

    /** The Wasm opcode ({@code 0xFD << 12 | sub}) of lowered SIMD opcode {@code op}; as {@link #fcOpcode}. */
    public static int simdOpcode(int op) {
        return op + ((Opcodes.PREFIX_FD << 12) - SIMD_BASE);
    }

    /** Whether a lowered opcode is one of the plain numeric instructions (no immediates, no state). */
    public static boolean isNumeric(int op) {
        return op >= 0x45 && op <= 0xC4;
    }
}
