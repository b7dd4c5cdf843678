package dev.tandem.wasm.code;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.ValType;

/**
 * Reads the instructions in {@code bytes[start, end)} one at a time, with all their immediates.
 *
 * <p>One reader serves the decoder (to check code is well formed), the validator and both tiers
 * (to lower code), so it allocates nothing for the common instructions: {@link #next()} returns
 * the opcode (see {@link Opcodes} for the encoding) and leaves the immediates in fields that the
 * accessors read until the next call. Only {@code br_table}, typed {@code select} and
 * {@link #shuffle()} allocate.
 *
 * <p>Errors are {@link ModuleException.Kind#MALFORMED} with the reference interpreter's texts:
 * "illegal opcode", "integer representation too long", "integer too large", "zero byte expected",
 * "data count section required", "length out of bounds", "malformed value type", "malformed
 * reference type", and "unexpected end of section or function" when an immediate runs past
 * {@code end} (the suite's "unexpected end" is a prefix of it).
 *
 * <p>Indices are u32 held in an int: one of 2^31 or more reads as negative, which is never a valid
 * index, so a user compares {@code index < 0 || index >= count}.
 */
public final class CodeReader {

    /** {@link #blockType()} of a block with no parameters and no results ({@code 0x40}). */
    public static final int BLOCK_EMPTY = -1;

    private final byte[] bytes;
    private final int end;
    private final boolean hasDataCount;
    private int pos;
    private int depth = 1;

    private int instructionOffset;
    private int opcode;
    private int index;
    private int index2;
    private int blockType;
    private int alignLog2;
    private long offset;
    private long value;
    private long v128Hi;
    private int lane;
    private int[] brTable;
    private ValType[] selectTypes;
    private ValType refType;

    /**
     * @param bytes        the module's bytes
     * @param start        offset of the first instruction
     * @param end          offset just past the last byte this reader may read
     * @param hasDataCount whether the module has a data count section ({@code memory.init} and
     *                     {@code data.drop} are malformed without one)
     */
    public CodeReader(byte[] bytes, int start, int end, boolean hasDataCount) {
        this.bytes = bytes;
        this.pos = start;
        this.end = end;
        this.hasDataCount = hasDataCount;
    }

    public boolean hasNext() {
        return pos < end;
    }

    /** Offset of the next instruction. */
    public int pc() {
        return pos;
    }

    /** Offset of the instruction {@link #next()} returned last. */
    public int instructionOffset() {
        return instructionOffset;
    }

    /** The opcode {@link #next()} returned last. */
    public int opcode() {
        return opcode;
    }

    /**
     * Open blocks after the last instruction, counting the function's (or constant expression's)
     * own block: 1 before the first instruction, 0 once its final {@code end} has been read.
     */
    public int depth() {
        return depth;
    }

    /** Reads one instruction and its immediates; returns its opcode (see {@link Opcodes}). */
    public int next() throws ModuleException {
        instructionOffset = pos;
        int op = u8();
        switch (op) {
            case Opcodes.BLOCK, Opcodes.LOOP, Opcodes.IF -> {
                readBlockType();
                depth++;
            }
            case Opcodes.END -> depth--;
            case Opcodes.BR, Opcodes.BR_IF, Opcodes.CALL, Opcodes.LOCAL_GET, Opcodes.LOCAL_SET,
                 Opcodes.LOCAL_TEE, Opcodes.GLOBAL_GET, Opcodes.GLOBAL_SET, Opcodes.TABLE_GET,
                 Opcodes.TABLE_SET, Opcodes.REF_FUNC -> index = u32();
            case Opcodes.BR_TABLE -> readBrTable();
            case Opcodes.CALL_INDIRECT -> {
                index = u32();
                index2 = u32();
            }
            case Opcodes.SELECT_T -> readSelectTypes();
            case Opcodes.MEMORY_SIZE, Opcodes.MEMORY_GROW -> {
                zeroByte();
                index = 0;
            }
            case Opcodes.I32_CONST -> value = s32();
            case Opcodes.I64_CONST -> value = s64();
            case Opcodes.F32_CONST -> value = fixed(4);
            case Opcodes.F64_CONST -> value = fixed(8);
            case Opcodes.REF_NULL -> readRefType();
            case Opcodes.PREFIX_FC -> op = readFc();
            case Opcodes.PREFIX_FD -> op = readFd();
            default -> {
                if (op >= Opcodes.I32_LOAD && op <= Opcodes.I64_STORE32) {
                    readMemarg();
                } else if (!Opcodes.isKnown(op)) {
                    throw illegal(op);
                }
            }
        }
        opcode = op;
        return op;
    }

    // Immediates of the instruction last read.

    /**
     * The first index immediate: label ({@code br}, {@code br_if}), function ({@code call},
     * {@code ref.func}), local, global, table ({@code table.get/set/size/grow/fill}), type
     * ({@code call_indirect}), data segment ({@code memory.init}, {@code data.drop}), element
     * segment ({@code table.init}, {@code elem.drop}), destination table ({@code table.copy}),
     * memory (0 for {@code memory.size/grow/fill/copy}).
     */
    public int index() {
        return index;
    }

    /**
     * The second index immediate: table of {@code call_indirect} and {@code table.init}, source
     * table of {@code table.copy}, memory of {@code memory.init} and of {@code memory.copy}'s source.
     */
    public int index2() {
        return index2;
    }

    /**
     * Block type of {@code block}, {@code loop}, {@code if}: {@link #BLOCK_EMPTY}; a single result
     * type as {@code -code} (e.g. {@code -0x7F} for i32, see {@link #blockValType(int)}); or a
     * type index (zero or more). A type index beyond the int range reads as
     * {@link Integer#MAX_VALUE}, which no module has.
     */
    public int blockType() {
        return blockType;
    }

    /** The single result type a {@link #blockType()} stands for, or null (empty or type index). */
    public static ValType blockValType(int blockType) {
        return blockType < BLOCK_EMPTY ? ValType.fromCode(-blockType) : null;
    }

    /** Alignment exponent of a memory instruction, a u32 (the validator bounds it). */
    public int alignLog2() {
        return alignLog2;
    }

    /** Offset of a memory instruction, a u32. */
    public long offset() {
        return offset;
    }

    public int i32() {
        return (int) value;
    }

    public long i64() {
        return value;
    }

    public int f32Bits() {
        return (int) value;
    }

    public long f64Bits() {
        return value;
    }

    /** Low 8 bytes (little-endian) of {@code v128.const}, or of the lane bytes of {@code i8x16.shuffle}. */
    public long v128Lo() {
        return value;
    }

    /** High 8 bytes (little-endian) of {@code v128.const}, or of the lane bytes of {@code i8x16.shuffle}. */
    public long v128Hi() {
        return v128Hi;
    }

    /** Lane index of extract/replace-lane and load/store-lane instructions (the validator bounds it). */
    public int lane() {
        return lane;
    }

    /** The 16 lane indices of {@code i8x16.shuffle}, as a new array. */
    public byte[] shuffle() {
        byte[] lanes = new byte[16];
        for (int i = 0; i < 8; i++) {
            lanes[i] = (byte) (value >>> (8 * i));
            lanes[i + 8] = (byte) (v128Hi >>> (8 * i));
        }
        return lanes;
    }

    /** Label indices of {@code br_table}: the targets, then the default as the last element. */
    public int[] brTable() {
        return brTable;
    }

    /** The type annotation of typed {@code select} (valid only with exactly one type). */
    public ValType[] selectTypes() {
        return selectTypes;
    }

    /** Reference type of {@code ref.null}. */
    public ValType refType() {
        return refType;
    }

    // Instruction families.

    private int readFc() throws ModuleException {
        int op = prefixedOpcode(Opcodes.PREFIX_FC);
        switch (op) {
            case Opcodes.MEMORY_INIT -> {
                requireDataCount(op);
                index = u32();
                zeroByte();
                index2 = 0;
            }
            case Opcodes.DATA_DROP -> {
                requireDataCount(op);
                index = u32();
            }
            case Opcodes.MEMORY_COPY -> {
                zeroByte();
                zeroByte();
                index = 0;
                index2 = 0;
            }
            case Opcodes.MEMORY_FILL -> {
                zeroByte();
                index = 0;
            }
            case Opcodes.TABLE_INIT, Opcodes.TABLE_COPY -> {
                index = u32();
                index2 = u32();
            }
            case Opcodes.ELEM_DROP, Opcodes.TABLE_GROW, Opcodes.TABLE_SIZE, Opcodes.TABLE_FILL -> index = u32();
            default -> {
                // the saturating truncations: no immediates
            }
        }
        return op;
    }

    private int readFd() throws ModuleException {
        int op = prefixedOpcode(Opcodes.PREFIX_FD);
        if (op <= Opcodes.V128_STORE || op == Opcodes.V128_LOAD32_ZERO || op == Opcodes.V128_LOAD64_ZERO) {
            readMemarg();
        } else if (op == Opcodes.V128_CONST || op == Opcodes.I8X16_SHUFFLE) {
            value = fixed(8);
            v128Hi = fixed(8);
        } else if (op >= Opcodes.I8X16_EXTRACT_LANE_S && op <= Opcodes.F64X2_REPLACE_LANE) {
            lane = u8();
        } else if (op >= Opcodes.V128_LOAD8_LANE && op <= Opcodes.V128_STORE64_LANE) {
            readMemarg();
            lane = u8();
        }
        return op;
    }

    /** Reads the u32 sub-opcode after a prefix byte; unknown ones are illegal. */
    private int prefixedOpcode(int prefix) throws ModuleException {
        int sub = u32();
        // Bound the sub before combining: 0xFC followed by sub 0x1000 must not read as 0xFD000.
        if (sub < 0 || sub > 0xFFF || !Opcodes.isKnown(Opcodes.prefixed(prefix, sub))) {
            throw ModuleException.malformed(
                    String.format("illegal opcode %02x %s", prefix, Integer.toUnsignedString(sub, 16)), null,
                    instructionOffset);
        }
        return Opcodes.prefixed(prefix, sub);
    }

    private void readBlockType() throws ModuleException {
        int b = peek();
        if (b == 0x40) {
            pos++;
            blockType = BLOCK_EMPTY;
        } else if ((b & 0xC0) == 0x40) {
            // A one-byte negative s33 is a value type; the reference interpreter decodes it so.
            if (ValType.fromCode(b) == null) {
                throw ModuleException.malformed("malformed value type",
                        String.format("block type 0x%02x", b), pos);
            }
            pos++;
            blockType = -b;
        } else {
            long typeIndex = leb(33, true);
            blockType = typeIndex < 0 || typeIndex > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) typeIndex;
        }
    }

    private void readMemarg() throws ModuleException {
        alignLog2 = u32();
        offset = Integer.toUnsignedLong(u32());
        index = 0;
    }

    private void readBrTable() throws ModuleException {
        int count = vectorLength();
        int[] targets = new int[count + 1];
        for (int i = 0; i <= count; i++) {
            targets[i] = u32();
        }
        brTable = targets;
    }

    private void readSelectTypes() throws ModuleException {
        int count = vectorLength();
        ValType[] types = new ValType[count];
        for (int i = 0; i < count; i++) {
            int at = pos;
            int code = u8();
            types[i] = ValType.fromCode(code);
            if (types[i] == null) {
                throw ModuleException.malformed("malformed value type", String.format("0x%02x", code), at);
            }
        }
        selectTypes = types;
    }

    private void readRefType() throws ModuleException {
        int at = pos;
        int code = u8();
        refType = ValType.fromCode(code);
        if (refType == null || !refType.isReference()) {
            throw ModuleException.malformed("malformed reference type", String.format("0x%02x", code), at);
        }
    }

    private void requireDataCount(int op) throws ModuleException {
        if (!hasDataCount) {
            throw ModuleException.malformed("data count section required",
                    Opcodes.name(op) + " needs one", instructionOffset);
        }
    }

    private ModuleException illegal(int op) {
        return ModuleException.malformed(String.format("illegal opcode %02x", op), null, instructionOffset);
    }

    // Bytes and LEB128 numbers, with the reference interpreter's checks and texts.

    /** A vector length that cannot exceed the bytes left (each element takes one at least). */
    private int vectorLength() throws ModuleException {
        int at = pos;
        int count = u32();
        if (count < 0 || count > end - pos) {
            throw ModuleException.malformed("length out of bounds",
                    "vector of " + Integer.toUnsignedString(count) + " elements, " + (end - pos) + " bytes left", at);
        }
        return count;
    }

    private void zeroByte() throws ModuleException {
        int at = pos;
        if (u8() != 0) {
            throw ModuleException.malformed("zero byte expected", null, at);
        }
    }

    private int peek() throws ModuleException {
        if (pos >= end) {
            throw unexpectedEnd();
        }
        return bytes[pos] & 0xFF;
    }

    private int u8() throws ModuleException {
        if (pos >= end) {
            throw unexpectedEnd();
        }
        return bytes[pos++] & 0xFF;
    }

    private long fixed(int size) throws ModuleException {
        if (end - pos < size) {
            pos = end;
            throw unexpectedEnd();
        }
        long v = 0;
        for (int i = 0; i < size; i++) {
            v |= (long) (bytes[pos + i] & 0xFF) << (8 * i);
        }
        pos += size;
        return v;
    }

    private int u32() throws ModuleException {
        return (int) leb(32, false);
    }

    private int s32() throws ModuleException {
        return (int) leb(32, true);
    }

    private long s64() throws ModuleException {
        return leb(64, true);
    }

    /**
     * An N-bit LEB128 number, checked as the reference interpreter does: the last byte's unused
     * bits must be zero (unsigned) or copies of the sign (signed), else "integer too large"; a
     * continuation bit on that byte means "integer representation too long".
     */
    private long leb(int bits, boolean signed) throws ModuleException {
        long result = 0;
        int shift = 0;
        for (int remaining = bits; ; remaining -= 7) {
            if (remaining <= 0) {
                throw ModuleException.malformed("integer representation too long", null, pos);
            }
            int at = pos;
            int b = u8();
            if (remaining < 7) {
                if (signed) {
                    int mask = (-1 << (remaining - 1)) & 0x7F;
                    int high = b & mask;
                    if (high != 0 && high != mask) {
                        throw ModuleException.malformed("integer too large", null, at);
                    }
                } else if ((b & 0x7F) >= 1 << remaining) {
                    throw ModuleException.malformed("integer too large", null, at);
                }
            }
            result |= (long) (b & 0x7F) << shift;
            shift += 7;
            if ((b & 0x80) == 0) {
                if (signed && shift < 64 && (b & 0x40) != 0) {
                    result |= -1L << shift;
                }
                return result;
            }
        }
    }

    private ModuleException unexpectedEnd() {
        return ModuleException.malformed("unexpected end of section or function", null, pos);
    }
}
