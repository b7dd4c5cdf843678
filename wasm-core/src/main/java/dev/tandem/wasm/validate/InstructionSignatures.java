package dev.tandem.wasm.validate;

import dev.tandem.wasm.code.Opcodes;

/**
 * The fixed operand types of the instructions whose typing depends on nothing but the opcode
 * (numeric, conversion, SIMD, loads and stores, constants), and the immediates the validator must
 * bound for some of them: the natural alignment of memory accesses and the lane count of lane
 * instructions. The validator handles every other instruction itself.
 *
 * <p>A signature is packed in an int: 4 bits per parameter type (up to three, bits 0-11), 4 bits
 * for the result type (bits 12-15, 0 for none), the parameter count (bits 16-17) and a bit that
 * says the opcode has a fixed signature at all (bit 18). Type codes are
 * {@link FunctionValidator}'s: {@code ValType.ordinal() + 1}.
 */
final class InstructionSignatures {

    private static final int DEFINED = 1 << 18;
    private static final int NONE = -1;

    private static final int[] SINGLE = new int[0x100];
    private static final int[] FC = new int[0x20];
    private static final int[] FD = new int[0x100];
    private static final byte[] SINGLE_ALIGN = filled(0x100, NONE);
    private static final byte[] FD_ALIGN = filled(0x100, NONE);
    private static final byte[] FD_LANES = filled(0x100, 0);

    private InstructionSignatures() {
    }

    /** The packed signature of an opcode, or 0 when its typing is not fixed by the opcode. */
    static int of(int opcode) {
        int sub = Opcodes.sub(opcode);
        return switch (Opcodes.prefix(opcode)) {
            case 0 -> SINGLE[sub];
            case Opcodes.PREFIX_FC -> sub < FC.length ? FC[sub] : 0;
            case Opcodes.PREFIX_FD -> sub < FD.length ? FD[sub] : 0;
            default -> 0;
        };
    }

    static int paramCount(int signature) {
        return (signature >>> 16) & 3;
    }

    /** Type code of parameter {@code i} (0-based, left to right). */
    static int param(int signature, int i) {
        return (signature >>> (4 * i)) & 0xF;
    }

    /** Type code of the result, or 0 when the instruction has none. */
    static int result(int signature) {
        return (signature >>> 12) & 0xF;
    }

    /** log2 of the access size of a load or store (its largest valid alignment), or -1. */
    static int naturalAlignment(int opcode) {
        int sub = Opcodes.sub(opcode);
        return switch (Opcodes.prefix(opcode)) {
            case 0 -> SINGLE_ALIGN[sub];
            case Opcodes.PREFIX_FD -> sub < FD_ALIGN.length ? FD_ALIGN[sub] : NONE;
            default -> NONE;
        };
    }

    /** Number of lanes a lane immediate indexes (extract/replace/load/store lane), or 0. */
    static int laneCount(int opcode) {
        return Opcodes.prefix(opcode) == Opcodes.PREFIX_FD && Opcodes.sub(opcode) < FD_LANES.length
                ? FD_LANES[Opcodes.sub(opcode)] : 0;
    }

    // Tables. Signatures are written "params>result" with i = i32, l = i64, f = f32, d = f64, v = v128.

    static {
        // Loads and stores, with their natural alignment.
        sig(SINGLE, 0x28, 0x28, "i>i");
        sig(SINGLE, 0x29, 0x29, "i>l");
        sig(SINGLE, 0x2A, 0x2A, "i>f");
        sig(SINGLE, 0x2B, 0x2B, "i>d");
        sig(SINGLE, 0x2C, 0x2F, "i>i");
        sig(SINGLE, 0x30, 0x35, "i>l");
        sig(SINGLE, 0x36, 0x36, "ii>");
        sig(SINGLE, 0x37, 0x37, "il>");
        sig(SINGLE, 0x38, 0x38, "if>");
        sig(SINGLE, 0x39, 0x39, "id>");
        sig(SINGLE, 0x3A, 0x3B, "ii>");
        sig(SINGLE, 0x3C, 0x3E, "il>");
        int[] align = {2, 3, 2, 3, 0, 0, 1, 1, 0, 0, 1, 1, 2, 2, 2, 3, 2, 3, 0, 1, 0, 1, 2};
        for (int i = 0; i < align.length; i++) {
            SINGLE_ALIGN[0x28 + i] = (byte) align[i];
        }
        // Constants (their immediates need no checking).
        sig(SINGLE, 0x41, 0x41, ">i");
        sig(SINGLE, 0x42, 0x42, ">l");
        sig(SINGLE, 0x43, 0x43, ">f");
        sig(SINGLE, 0x44, 0x44, ">d");
        // Comparisons, arithmetic.
        sig(SINGLE, 0x45, 0x45, "i>i");
        sig(SINGLE, 0x46, 0x4F, "ii>i");
        sig(SINGLE, 0x50, 0x50, "l>i");
        sig(SINGLE, 0x51, 0x5A, "ll>i");
        sig(SINGLE, 0x5B, 0x60, "ff>i");
        sig(SINGLE, 0x61, 0x66, "dd>i");
        sig(SINGLE, 0x67, 0x69, "i>i");
        sig(SINGLE, 0x6A, 0x78, "ii>i");
        sig(SINGLE, 0x79, 0x7B, "l>l");
        sig(SINGLE, 0x7C, 0x8A, "ll>l");
        sig(SINGLE, 0x8B, 0x91, "f>f");
        sig(SINGLE, 0x92, 0x98, "ff>f");
        sig(SINGLE, 0x99, 0x9F, "d>d");
        sig(SINGLE, 0xA0, 0xA6, "dd>d");
        // Conversions, reinterpretations, sign extension.
        String[] conversions = {"l>i", "f>i", "f>i", "d>i", "d>i", "i>l", "i>l", "f>l", "f>l", "d>l", "d>l",
            "i>f", "i>f", "l>f", "l>f", "d>f", "i>d", "i>d", "l>d", "l>d", "f>d", "f>i", "d>l", "i>f", "l>d",
            "i>i", "i>i", "l>l", "l>l", "l>l"};
        for (int i = 0; i < conversions.length; i++) {
            sig(SINGLE, 0xA7 + i, 0xA7 + i, conversions[i]);
        }
        // 0xFC: saturating truncations.
        sig(FC, 0x00, 0x01, "f>i");
        sig(FC, 0x02, 0x03, "d>i");
        sig(FC, 0x04, 0x05, "f>l");
        sig(FC, 0x06, 0x07, "d>l");
        simd();
    }

    private static void simd() {
        sig(FD, 0x00, 0x0A, "i>v");
        sig(FD, 0x0B, 0x0B, "iv>");
        int[] align = {4, 3, 3, 3, 3, 3, 3, 0, 1, 2, 3, 4};
        for (int i = 0; i < align.length; i++) {
            FD_ALIGN[i] = (byte) align[i];
        }
        sig(FD, 0x0C, 0x0C, ">v");
        sig(FD, 0x0D, 0x0E, "vv>v");
        sig(FD, 0x0F, 0x11, "i>v");
        sig(FD, 0x12, 0x12, "l>v");
        sig(FD, 0x13, 0x13, "f>v");
        sig(FD, 0x14, 0x14, "d>v");
        // Extract and replace lane: i8x16 (s, u, replace), i16x8 (s, u, replace), i32x4, i64x2, f32x4, f64x2.
        String[] lanes = {"v>i", "v>i", "vi>v", "v>i", "v>i", "vi>v", "v>i", "vi>v", "v>l", "vl>v",
            "v>f", "vf>v", "v>d", "vd>v"};
        int[] laneCounts = {16, 16, 16, 8, 8, 8, 4, 4, 2, 2, 4, 4, 2, 2};
        for (int i = 0; i < lanes.length; i++) {
            sig(FD, 0x15 + i, 0x15 + i, lanes[i]);
            FD_LANES[0x15 + i] = (byte) laneCounts[i];
        }
        sig(FD, 0x23, 0x4C, "vv>v");
        sig(FD, 0x4D, 0x4D, "v>v");
        sig(FD, 0x4E, 0x51, "vv>v");
        sig(FD, 0x52, 0x52, "vvv>v");
        sig(FD, 0x53, 0x53, "v>i");
        sig(FD, 0x54, 0x57, "iv>v");
        sig(FD, 0x58, 0x5B, "iv>");
        for (int i = 0; i < 4; i++) {
            FD_ALIGN[0x54 + i] = (byte) i;
            FD_ALIGN[0x58 + i] = (byte) i;
            FD_LANES[0x54 + i] = (byte) (16 >> i);
            FD_LANES[0x58 + i] = (byte) (16 >> i);
        }
        sig(FD, 0x5C, 0x5D, "i>v");
        FD_ALIGN[0x5C] = 2;
        FD_ALIGN[0x5D] = 3;
        sig(FD, 0x5E, 0x5F, "v>v");
        // 0x60 onwards: mostly binary v128 operations; the rest are unary, reductions to i32, or shifts.
        sig(FD, 0x60, 0xFF, "vv>v");
        for (int sub : new int[] {0x9A, 0xA2, 0xA5, 0xA6, 0xAF, 0xB0, 0xB2, 0xB3, 0xB4, 0xBB, 0xC2, 0xC5, 0xC6,
            0xCF, 0xD0, 0xD2, 0xD3, 0xD4, 0xE2, 0xEE}) {
            FD[sub] = 0;
        }
        for (int sub : new int[] {0x60, 0x61, 0x62, 0x67, 0x68, 0x69, 0x6A, 0x74, 0x75, 0x7A, 0x7C, 0x7D, 0x7E, 0x7F,
            0x80, 0x81, 0x87, 0x88, 0x89, 0x8A, 0x94, 0xA0, 0xA1, 0xA7, 0xA8, 0xA9, 0xAA, 0xC0, 0xC1, 0xC7, 0xC8,
            0xC9, 0xCA, 0xE0, 0xE1, 0xE3, 0xEC, 0xED, 0xEF}) {
            sig(FD, sub, sub, "v>v");
        }
        sig(FD, 0xF8, 0xFF, "v>v");
        for (int sub : new int[] {0x63, 0x64, 0x83, 0x84, 0xA3, 0xA4, 0xC3, 0xC4}) {
            sig(FD, sub, sub, "v>i");
        }
        for (int sub : new int[] {0x6B, 0x6C, 0x6D, 0x8B, 0x8C, 0x8D, 0xAB, 0xAC, 0xAD, 0xCB, 0xCC, 0xCD}) {
            sig(FD, sub, sub, "vi>v");
        }
    }

    private static void sig(int[] table, int from, int to, String text) {
        int arrow = text.indexOf('>');
        int signature = DEFINED | arrow << 16;
        for (int i = 0; i < arrow; i++) {
            signature |= code(text.charAt(i)) << (4 * i);
        }
        if (arrow + 1 < text.length()) {
            signature |= code(text.charAt(arrow + 1)) << 12;
        }
        for (int op = from; op <= to; op++) {
            table[op] = signature;
        }
    }

    private static int code(char c) {
        return switch (c) {
            case 'i' -> FunctionValidator.I32;
            case 'l' -> FunctionValidator.I64;
            case 'f' -> FunctionValidator.F32;
            case 'd' -> FunctionValidator.F64;
            case 'v' -> FunctionValidator.V128;
            default -> throw new IllegalArgumentException("type letter " + c);
        };
    }

    private static byte[] filled(int size, int value) {
        byte[] array = new byte[size];
        java.util.Arrays.fill(array, (byte) value);
        return array;
    }
}
