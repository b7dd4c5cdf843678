package dev.tandem.wasm.code;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;

/**
 * Every Wasm 2.0 instruction as an int, and its text-format name.
 *
 * <p>Encoding, one rule for all: a single-byte opcode is its byte ({@code I32_ADD == 0x6A}); a
 * prefixed opcode is {@code prefix << 12 | sub}, where {@code sub} is the LEB-encoded u32 after the
 * prefix byte ({@code MEMORY_COPY == 0xFC00A}, {@code I8X16_SHUFFLE == 0xFD00D}). Wasm 2.0 uses
 * {@code sub <= 0x11} after 0xFC and {@code sub <= 0xFF} after 0xFD, so the values never collide and
 * {@link #prefix(int)} / {@link #sub(int)} take them apart again.
 *
 * <p>Constant names are the text-format names in upper case with {@code .} as {@code _}; the name
 * table is derived from them, so a constant and its name cannot drift apart.
 */
public final class Opcodes {

    /** The prefix byte of the saturating-truncation, bulk-memory and table instructions. */
    public static final int PREFIX_FC = 0xFC;
    /** The prefix byte of the SIMD instructions. */
    public static final int PREFIX_FD = 0xFD;
    // Single-byte opcodes: control, parametric, variable, table, memory, numeric, reference.
    public static final int UNREACHABLE = 0x00;
    public static final int NOP = 0x01;
    public static final int BLOCK = 0x02;
    public static final int LOOP = 0x03;
    public static final int IF = 0x04;
    public static final int ELSE = 0x05;
    public static final int END = 0x0B;
    public static final int BR = 0x0C;
    public static final int BR_IF = 0x0D;
    public static final int BR_TABLE = 0x0E;
    public static final int RETURN = 0x0F;
    public static final int CALL = 0x10;
    public static final int CALL_INDIRECT = 0x11;
    public static final int DROP = 0x1A;
    public static final int SELECT = 0x1B;
    public static final int SELECT_T = 0x1C;
    public static final int LOCAL_GET = 0x20;
    public static final int LOCAL_SET = 0x21;
    public static final int LOCAL_TEE = 0x22;
    public static final int GLOBAL_GET = 0x23;
    public static final int GLOBAL_SET = 0x24;
    public static final int TABLE_GET = 0x25;
    public static final int TABLE_SET = 0x26;
    public static final int I32_LOAD = 0x28;
    public static final int I64_LOAD = 0x29;
    public static final int F32_LOAD = 0x2A;
    public static final int F64_LOAD = 0x2B;
    public static final int I32_LOAD8_S = 0x2C;
    public static final int I32_LOAD8_U = 0x2D;
    public static final int I32_LOAD16_S = 0x2E;
    public static final int I32_LOAD16_U = 0x2F;
    public static final int I64_LOAD8_S = 0x30;
    public static final int I64_LOAD8_U = 0x31;
    public static final int I64_LOAD16_S = 0x32;
    public static final int I64_LOAD16_U = 0x33;
    public static final int I64_LOAD32_S = 0x34;
    public static final int I64_LOAD32_U = 0x35;
    public static final int I32_STORE = 0x36;
    public static final int I64_STORE = 0x37;
    public static final int F32_STORE = 0x38;
    public static final int F64_STORE = 0x39;
    public static final int I32_STORE8 = 0x3A;
    public static final int I32_STORE16 = 0x3B;
    public static final int I64_STORE8 = 0x3C;
    public static final int I64_STORE16 = 0x3D;
    public static final int I64_STORE32 = 0x3E;
    public static final int MEMORY_SIZE = 0x3F;
    public static final int MEMORY_GROW = 0x40;
    public static final int I32_CONST = 0x41;
    public static final int I64_CONST = 0x42;
    public static final int F32_CONST = 0x43;
    public static final int F64_CONST = 0x44;
    public static final int I32_EQZ = 0x45;
    public static final int I32_EQ = 0x46;
    public static final int I32_NE = 0x47;
    public static final int I32_LT_S = 0x48;
    public static final int I32_LT_U = 0x49;
    public static final int I32_GT_S = 0x4A;
    public static final int I32_GT_U = 0x4B;
    public static final int I32_LE_S = 0x4C;
    public static final int I32_LE_U = 0x4D;
    public static final int I32_GE_S = 0x4E;
    public static final int I32_GE_U = 0x4F;
    public static final int I64_EQZ = 0x50;
    public static final int I64_EQ = 0x51;
    public static final int I64_NE = 0x52;
    public static final int I64_LT_S = 0x53;
    public static final int I64_LT_U = 0x54;
    public static final int I64_GT_S = 0x55;
    public static final int I64_GT_U = 0x56;
    public static final int I64_LE_S = 0x57;
    public static final int I64_LE_U = 0x58;
    public static final int I64_GE_S = 0x59;
    public static final int I64_GE_U = 0x5A;
    public static final int F32_EQ = 0x5B;
    public static final int F32_NE = 0x5C;
    public static final int F32_LT = 0x5D;
    public static final int F32_GT = 0x5E;
    public static final int F32_LE = 0x5F;
    public static final int F32_GE = 0x60;
    public static final int F64_EQ = 0x61;
    public static final int F64_NE = 0x62;
    public static final int F64_LT = 0x63;
    public static final int F64_GT = 0x64;
    public static final int F64_LE = 0x65;
    public static final int F64_GE = 0x66;
    public static final int I32_CLZ = 0x67;
    public static final int I32_CTZ = 0x68;
    public static final int I32_POPCNT = 0x69;
    public static final int I32_ADD = 0x6A;
    public static final int I32_SUB = 0x6B;
    public static final int I32_MUL = 0x6C;
    public static final int I32_DIV_S = 0x6D;
    public static final int I32_DIV_U = 0x6E;
    public static final int I32_REM_S = 0x6F;
    public static final int I32_REM_U = 0x70;
    public static final int I32_AND = 0x71;
    public static final int I32_OR = 0x72;
    public static final int I32_XOR = 0x73;
    public static final int I32_SHL = 0x74;
    public static final int I32_SHR_S = 0x75;
    public static final int I32_SHR_U = 0x76;
    public static final int I32_ROTL = 0x77;
    public static final int I32_ROTR = 0x78;
    public static final int I64_CLZ = 0x79;
    public static final int I64_CTZ = 0x7A;
    public static final int I64_POPCNT = 0x7B;
    public static final int I64_ADD = 0x7C;
    public static final int I64_SUB = 0x7D;
    public static final int I64_MUL = 0x7E;
    public static final int I64_DIV_S = 0x7F;
    public static final int I64_DIV_U = 0x80;
    public static final int I64_REM_S = 0x81;
    public static final int I64_REM_U = 0x82;
    public static final int I64_AND = 0x83;
    public static final int I64_OR = 0x84;
    public static final int I64_XOR = 0x85;
    public static final int I64_SHL = 0x86;
    public static final int I64_SHR_S = 0x87;
    public static final int I64_SHR_U = 0x88;
    public static final int I64_ROTL = 0x89;
    public static final int I64_ROTR = 0x8A;
    public static final int F32_ABS = 0x8B;
    public static final int F32_NEG = 0x8C;
    public static final int F32_CEIL = 0x8D;
    public static final int F32_FLOOR = 0x8E;
    public static final int F32_TRUNC = 0x8F;
    public static final int F32_NEAREST = 0x90;
    public static final int F32_SQRT = 0x91;
    public static final int F32_ADD = 0x92;
    public static final int F32_SUB = 0x93;
    public static final int F32_MUL = 0x94;
    public static final int F32_DIV = 0x95;
    public static final int F32_MIN = 0x96;
    public static final int F32_MAX = 0x97;
    public static final int F32_COPYSIGN = 0x98;
    public static final int F64_ABS = 0x99;
    public static final int F64_NEG = 0x9A;
    public static final int F64_CEIL = 0x9B;
    public static final int F64_FLOOR = 0x9C;
    public static final int F64_TRUNC = 0x9D;
    public static final int F64_NEAREST = 0x9E;
    public static final int F64_SQRT = 0x9F;
    public static final int F64_ADD = 0xA0;
    public static final int F64_SUB = 0xA1;
    public static final int F64_MUL = 0xA2;
    public static final int F64_DIV = 0xA3;
    public static final int F64_MIN = 0xA4;
    public static final int F64_MAX = 0xA5;
    public static final int F64_COPYSIGN = 0xA6;
    public static final int I32_WRAP_I64 = 0xA7;
    public static final int I32_TRUNC_F32_S = 0xA8;
    public static final int I32_TRUNC_F32_U = 0xA9;
    public static final int I32_TRUNC_F64_S = 0xAA;
    public static final int I32_TRUNC_F64_U = 0xAB;
    public static final int I64_EXTEND_I32_S = 0xAC;
    public static final int I64_EXTEND_I32_U = 0xAD;
    public static final int I64_TRUNC_F32_S = 0xAE;
    public static final int I64_TRUNC_F32_U = 0xAF;
    public static final int I64_TRUNC_F64_S = 0xB0;
    public static final int I64_TRUNC_F64_U = 0xB1;
    public static final int F32_CONVERT_I32_S = 0xB2;
    public static final int F32_CONVERT_I32_U = 0xB3;
    public static final int F32_CONVERT_I64_S = 0xB4;
    public static final int F32_CONVERT_I64_U = 0xB5;
    public static final int F32_DEMOTE_F64 = 0xB6;
    public static final int F64_CONVERT_I32_S = 0xB7;
    public static final int F64_CONVERT_I32_U = 0xB8;
    public static final int F64_CONVERT_I64_S = 0xB9;
    public static final int F64_CONVERT_I64_U = 0xBA;
    public static final int F64_PROMOTE_F32 = 0xBB;
    public static final int I32_REINTERPRET_F32 = 0xBC;
    public static final int I64_REINTERPRET_F64 = 0xBD;
    public static final int F32_REINTERPRET_I32 = 0xBE;
    public static final int F64_REINTERPRET_I64 = 0xBF;
    public static final int I32_EXTEND8_S = 0xC0;
    public static final int I32_EXTEND16_S = 0xC1;
    public static final int I64_EXTEND8_S = 0xC2;
    public static final int I64_EXTEND16_S = 0xC3;
    public static final int I64_EXTEND32_S = 0xC4;
    public static final int REF_NULL = 0xD0;
    public static final int REF_IS_NULL = 0xD1;
    public static final int REF_FUNC = 0xD2;

    // 0xFC prefix: non-trapping float-to-int, bulk memory, table instructions.
    public static final int I32_TRUNC_SAT_F32_S = 0xFC000;
    public static final int I32_TRUNC_SAT_F32_U = 0xFC001;
    public static final int I32_TRUNC_SAT_F64_S = 0xFC002;
    public static final int I32_TRUNC_SAT_F64_U = 0xFC003;
    public static final int I64_TRUNC_SAT_F32_S = 0xFC004;
    public static final int I64_TRUNC_SAT_F32_U = 0xFC005;
    public static final int I64_TRUNC_SAT_F64_S = 0xFC006;
    public static final int I64_TRUNC_SAT_F64_U = 0xFC007;
    public static final int MEMORY_INIT = 0xFC008;
    public static final int DATA_DROP = 0xFC009;
    public static final int MEMORY_COPY = 0xFC00A;
    public static final int MEMORY_FILL = 0xFC00B;
    public static final int TABLE_INIT = 0xFC00C;
    public static final int ELEM_DROP = 0xFC00D;
    public static final int TABLE_COPY = 0xFC00E;
    public static final int TABLE_GROW = 0xFC00F;
    public static final int TABLE_SIZE = 0xFC010;
    public static final int TABLE_FILL = 0xFC011;

    // 0xFD prefix: fixed-width SIMD.
    public static final int V128_LOAD = 0xFD000;
    public static final int V128_LOAD8X8_S = 0xFD001;
    public static final int V128_LOAD8X8_U = 0xFD002;
    public static final int V128_LOAD16X4_S = 0xFD003;
    public static final int V128_LOAD16X4_U = 0xFD004;
    public static final int V128_LOAD32X2_S = 0xFD005;
    public static final int V128_LOAD32X2_U = 0xFD006;
    public static final int V128_LOAD8_SPLAT = 0xFD007;
    public static final int V128_LOAD16_SPLAT = 0xFD008;
    public static final int V128_LOAD32_SPLAT = 0xFD009;
    public static final int V128_LOAD64_SPLAT = 0xFD00A;
    public static final int V128_STORE = 0xFD00B;
    public static final int V128_CONST = 0xFD00C;
    public static final int I8X16_SHUFFLE = 0xFD00D;
    public static final int I8X16_SWIZZLE = 0xFD00E;
    public static final int I8X16_SPLAT = 0xFD00F;
    public static final int I16X8_SPLAT = 0xFD010;
    public static final int I32X4_SPLAT = 0xFD011;
    public static final int I64X2_SPLAT = 0xFD012;
    public static final int F32X4_SPLAT = 0xFD013;
    public static final int F64X2_SPLAT = 0xFD014;
    public static final int I8X16_EXTRACT_LANE_S = 0xFD015;
    public static final int I8X16_EXTRACT_LANE_U = 0xFD016;
    public static final int I8X16_REPLACE_LANE = 0xFD017;
    public static final int I16X8_EXTRACT_LANE_S = 0xFD018;
    public static final int I16X8_EXTRACT_LANE_U = 0xFD019;
    public static final int I16X8_REPLACE_LANE = 0xFD01A;
    public static final int I32X4_EXTRACT_LANE = 0xFD01B;
    public static final int I32X4_REPLACE_LANE = 0xFD01C;
    public static final int I64X2_EXTRACT_LANE = 0xFD01D;
    public static final int I64X2_REPLACE_LANE = 0xFD01E;
    public static final int F32X4_EXTRACT_LANE = 0xFD01F;
    public static final int F32X4_REPLACE_LANE = 0xFD020;
    public static final int F64X2_EXTRACT_LANE = 0xFD021;
    public static final int F64X2_REPLACE_LANE = 0xFD022;
    public static final int I8X16_EQ = 0xFD023;
    public static final int I8X16_NE = 0xFD024;
    public static final int I8X16_LT_S = 0xFD025;
    public static final int I8X16_LT_U = 0xFD026;
    public static final int I8X16_GT_S = 0xFD027;
    public static final int I8X16_GT_U = 0xFD028;
    public static final int I8X16_LE_S = 0xFD029;
    public static final int I8X16_LE_U = 0xFD02A;
    public static final int I8X16_GE_S = 0xFD02B;
    public static final int I8X16_GE_U = 0xFD02C;
    public static final int I16X8_EQ = 0xFD02D;
    public static final int I16X8_NE = 0xFD02E;
    public static final int I16X8_LT_S = 0xFD02F;
    public static final int I16X8_LT_U = 0xFD030;
    public static final int I16X8_GT_S = 0xFD031;
    public static final int I16X8_GT_U = 0xFD032;
    public static final int I16X8_LE_S = 0xFD033;
    public static final int I16X8_LE_U = 0xFD034;
    public static final int I16X8_GE_S = 0xFD035;
    public static final int I16X8_GE_U = 0xFD036;
    public static final int I32X4_EQ = 0xFD037;
    public static final int I32X4_NE = 0xFD038;
    public static final int I32X4_LT_S = 0xFD039;
    public static final int I32X4_LT_U = 0xFD03A;
    public static final int I32X4_GT_S = 0xFD03B;
    public static final int I32X4_GT_U = 0xFD03C;
    public static final int I32X4_LE_S = 0xFD03D;
    public static final int I32X4_LE_U = 0xFD03E;
    public static final int I32X4_GE_S = 0xFD03F;
    public static final int I32X4_GE_U = 0xFD040;
    public static final int F32X4_EQ = 0xFD041;
    public static final int F32X4_NE = 0xFD042;
    public static final int F32X4_LT = 0xFD043;
    public static final int F32X4_GT = 0xFD044;
    public static final int F32X4_LE = 0xFD045;
    public static final int F32X4_GE = 0xFD046;
    public static final int F64X2_EQ = 0xFD047;
    public static final int F64X2_NE = 0xFD048;
    public static final int F64X2_LT = 0xFD049;
    public static final int F64X2_GT = 0xFD04A;
    public static final int F64X2_LE = 0xFD04B;
    public static final int F64X2_GE = 0xFD04C;
    public static final int V128_NOT = 0xFD04D;
    public static final int V128_AND = 0xFD04E;
    public static final int V128_ANDNOT = 0xFD04F;
    public static final int V128_OR = 0xFD050;
    public static final int V128_XOR = 0xFD051;
    public static final int V128_BITSELECT = 0xFD052;
    public static final int V128_ANY_TRUE = 0xFD053;
    public static final int V128_LOAD8_LANE = 0xFD054;
    public static final int V128_LOAD16_LANE = 0xFD055;
    public static final int V128_LOAD32_LANE = 0xFD056;
    public static final int V128_LOAD64_LANE = 0xFD057;
    public static final int V128_STORE8_LANE = 0xFD058;
    public static final int V128_STORE16_LANE = 0xFD059;
    public static final int V128_STORE32_LANE = 0xFD05A;
    public static final int V128_STORE64_LANE = 0xFD05B;
    public static final int V128_LOAD32_ZERO = 0xFD05C;
    public static final int V128_LOAD64_ZERO = 0xFD05D;
    public static final int F32X4_DEMOTE_F64X2_ZERO = 0xFD05E;
    public static final int F64X2_PROMOTE_LOW_F32X4 = 0xFD05F;
    public static final int I8X16_ABS = 0xFD060;
    public static final int I8X16_NEG = 0xFD061;
    public static final int I8X16_POPCNT = 0xFD062;
    public static final int I8X16_ALL_TRUE = 0xFD063;
    public static final int I8X16_BITMASK = 0xFD064;
    public static final int I8X16_NARROW_I16X8_S = 0xFD065;
    public static final int I8X16_NARROW_I16X8_U = 0xFD066;
    public static final int F32X4_CEIL = 0xFD067;
    public static final int F32X4_FLOOR = 0xFD068;
    public static final int F32X4_TRUNC = 0xFD069;
    public static final int F32X4_NEAREST = 0xFD06A;
    public static final int I8X16_SHL = 0xFD06B;
    public static final int I8X16_SHR_S = 0xFD06C;
    public static final int I8X16_SHR_U = 0xFD06D;
    public static final int I8X16_ADD = 0xFD06E;
    public static final int I8X16_ADD_SAT_S = 0xFD06F;
    public static final int I8X16_ADD_SAT_U = 0xFD070;
    public static final int I8X16_SUB = 0xFD071;
    public static final int I8X16_SUB_SAT_S = 0xFD072;
    public static final int I8X16_SUB_SAT_U = 0xFD073;
    public static final int F64X2_CEIL = 0xFD074;
    public static final int F64X2_FLOOR = 0xFD075;
    public static final int I8X16_MIN_S = 0xFD076;
    public static final int I8X16_MIN_U = 0xFD077;
    public static final int I8X16_MAX_S = 0xFD078;
    public static final int I8X16_MAX_U = 0xFD079;
    public static final int F64X2_TRUNC = 0xFD07A;
    public static final int I8X16_AVGR_U = 0xFD07B;
    public static final int I16X8_EXTADD_PAIRWISE_I8X16_S = 0xFD07C;
    public static final int I16X8_EXTADD_PAIRWISE_I8X16_U = 0xFD07D;
    public static final int I32X4_EXTADD_PAIRWISE_I16X8_S = 0xFD07E;
    public static final int I32X4_EXTADD_PAIRWISE_I16X8_U = 0xFD07F;
    public static final int I16X8_ABS = 0xFD080;
    public static final int I16X8_NEG = 0xFD081;
    public static final int I16X8_Q15MULR_SAT_S = 0xFD082;
    public static final int I16X8_ALL_TRUE = 0xFD083;
    public static final int I16X8_BITMASK = 0xFD084;
    public static final int I16X8_NARROW_I32X4_S = 0xFD085;
    public static final int I16X8_NARROW_I32X4_U = 0xFD086;
    public static final int I16X8_EXTEND_LOW_I8X16_S = 0xFD087;
    public static final int I16X8_EXTEND_HIGH_I8X16_S = 0xFD088;
    public static final int I16X8_EXTEND_LOW_I8X16_U = 0xFD089;
    public static final int I16X8_EXTEND_HIGH_I8X16_U = 0xFD08A;
    public static final int I16X8_SHL = 0xFD08B;
    public static final int I16X8_SHR_S = 0xFD08C;
    public static final int I16X8_SHR_U = 0xFD08D;
    public static final int I16X8_ADD = 0xFD08E;
    public static final int I16X8_ADD_SAT_S = 0xFD08F;
    public static final int I16X8_ADD_SAT_U = 0xFD090;
    public static final int I16X8_SUB = 0xFD091;
    public static final int I16X8_SUB_SAT_S = 0xFD092;
    public static final int I16X8_SUB_SAT_U = 0xFD093;
    public static final int F64X2_NEAREST = 0xFD094;
    public static final int I16X8_MUL = 0xFD095;
    public static final int I16X8_MIN_S = 0xFD096;
    public static final int I16X8_MIN_U = 0xFD097;
    public static final int I16X8_MAX_S = 0xFD098;
    public static final int I16X8_MAX_U = 0xFD099;
    public static final int I16X8_AVGR_U = 0xFD09B;
    public static final int I16X8_EXTMUL_LOW_I8X16_S = 0xFD09C;
    public static final int I16X8_EXTMUL_HIGH_I8X16_S = 0xFD09D;
    public static final int I16X8_EXTMUL_LOW_I8X16_U = 0xFD09E;
    public static final int I16X8_EXTMUL_HIGH_I8X16_U = 0xFD09F;
    public static final int I32X4_ABS = 0xFD0A0;
    public static final int I32X4_NEG = 0xFD0A1;
    public static final int I32X4_ALL_TRUE = 0xFD0A3;
    public static final int I32X4_BITMASK = 0xFD0A4;
    public static final int I32X4_EXTEND_LOW_I16X8_S = 0xFD0A7;
    public static final int I32X4_EXTEND_HIGH_I16X8_S = 0xFD0A8;
    public static final int I32X4_EXTEND_LOW_I16X8_U = 0xFD0A9;
    public static final int I32X4_EXTEND_HIGH_I16X8_U = 0xFD0AA;
    public static final int I32X4_SHL = 0xFD0AB;
    public static final int I32X4_SHR_S = 0xFD0AC;
    public static final int I32X4_SHR_U = 0xFD0AD;
    public static final int I32X4_ADD = 0xFD0AE;
    public static final int I32X4_SUB = 0xFD0B1;
    public static final int I32X4_MUL = 0xFD0B5;
    public static final int I32X4_MIN_S = 0xFD0B6;
    public static final int I32X4_MIN_U = 0xFD0B7;
    public static final int I32X4_MAX_S = 0xFD0B8;
    public static final int I32X4_MAX_U = 0xFD0B9;
    public static final int I32X4_DOT_I16X8_S = 0xFD0BA;
    public static final int I32X4_EXTMUL_LOW_I16X8_S = 0xFD0BC;
    public static final int I32X4_EXTMUL_HIGH_I16X8_S = 0xFD0BD;
    public static final int I32X4_EXTMUL_LOW_I16X8_U = 0xFD0BE;
    public static final int I32X4_EXTMUL_HIGH_I16X8_U = 0xFD0BF;
    public static final int I64X2_ABS = 0xFD0C0;
    public static final int I64X2_NEG = 0xFD0C1;
    public static final int I64X2_ALL_TRUE = 0xFD0C3;
    public static final int I64X2_BITMASK = 0xFD0C4;
    public static final int I64X2_EXTEND_LOW_I32X4_S = 0xFD0C7;
    public static final int I64X2_EXTEND_HIGH_I32X4_S = 0xFD0C8;
    public static final int I64X2_EXTEND_LOW_I32X4_U = 0xFD0C9;
    public static final int I64X2_EXTEND_HIGH_I32X4_U = 0xFD0CA;
    public static final int I64X2_SHL = 0xFD0CB;
    public static final int I64X2_SHR_S = 0xFD0CC;
    public static final int I64X2_SHR_U = 0xFD0CD;
    public static final int I64X2_ADD = 0xFD0CE;
    public static final int I64X2_SUB = 0xFD0D1;
    public static final int I64X2_MUL = 0xFD0D5;
    public static final int I64X2_EQ = 0xFD0D6;
    public static final int I64X2_NE = 0xFD0D7;
    public static final int I64X2_LT_S = 0xFD0D8;
    public static final int I64X2_GT_S = 0xFD0D9;
    public static final int I64X2_LE_S = 0xFD0DA;
    public static final int I64X2_GE_S = 0xFD0DB;
    public static final int I64X2_EXTMUL_LOW_I32X4_S = 0xFD0DC;
    public static final int I64X2_EXTMUL_HIGH_I32X4_S = 0xFD0DD;
    public static final int I64X2_EXTMUL_LOW_I32X4_U = 0xFD0DE;
    public static final int I64X2_EXTMUL_HIGH_I32X4_U = 0xFD0DF;
    public static final int F32X4_ABS = 0xFD0E0;
    public static final int F32X4_NEG = 0xFD0E1;
    public static final int F32X4_SQRT = 0xFD0E3;
    public static final int F32X4_ADD = 0xFD0E4;
    public static final int F32X4_SUB = 0xFD0E5;
    public static final int F32X4_MUL = 0xFD0E6;
    public static final int F32X4_DIV = 0xFD0E7;
    public static final int F32X4_MIN = 0xFD0E8;
    public static final int F32X4_MAX = 0xFD0E9;
    public static final int F32X4_PMIN = 0xFD0EA;
    public static final int F32X4_PMAX = 0xFD0EB;
    public static final int F64X2_ABS = 0xFD0EC;
    public static final int F64X2_NEG = 0xFD0ED;
    public static final int F64X2_SQRT = 0xFD0EF;
    public static final int F64X2_ADD = 0xFD0F0;
    public static final int F64X2_SUB = 0xFD0F1;
    public static final int F64X2_MUL = 0xFD0F2;
    public static final int F64X2_DIV = 0xFD0F3;
    public static final int F64X2_MIN = 0xFD0F4;
    public static final int F64X2_MAX = 0xFD0F5;
    public static final int F64X2_PMIN = 0xFD0F6;
    public static final int F64X2_PMAX = 0xFD0F7;
    public static final int I32X4_TRUNC_SAT_F32X4_S = 0xFD0F8;
    public static final int I32X4_TRUNC_SAT_F32X4_U = 0xFD0F9;
    public static final int F32X4_CONVERT_I32X4_S = 0xFD0FA;
    public static final int F32X4_CONVERT_I32X4_U = 0xFD0FB;
    public static final int I32X4_TRUNC_SAT_F64X2_S_ZERO = 0xFD0FC;
    public static final int I32X4_TRUNC_SAT_F64X2_U_ZERO = 0xFD0FD;
    public static final int F64X2_CONVERT_LOW_I32X4_S = 0xFD0FE;
    public static final int F64X2_CONVERT_LOW_I32X4_U = 0xFD0FF;

    private Opcodes() {
    }

    /** Builds the prefixed opcode {@code prefix << 12 | sub}. */
    public static int prefixed(int prefix, int sub) {
        return prefix << 12 | sub;
    }

    /** The prefix byte (0xFC or 0xFD) of a prefixed opcode, or 0 for a single-byte one. */
    public static int prefix(int opcode) {
        return opcode >>> 12;
    }

    /** The byte of a single-byte opcode, or the sub-opcode after the prefix. */
    public static int sub(int opcode) {
        return opcode & 0xFFF;
    }

    /**
     * Whether the opcode is a Wasm 2.0 instruction. The reader asks this for every instruction,
     * so it is ranges and a bit mask rather than the (reflective, lazily built) name table; a unit
     * test checks the two agree.
     */
    public static boolean isKnown(int opcode) {
        int sub = sub(opcode);
        return switch (prefix(opcode)) {
            case 0 -> sub <= 0x05 || (sub >= 0x0B && sub <= 0x11) || (sub >= 0x1A && sub <= 0x1C)
                    || (sub >= 0x20 && sub <= 0x26) || (sub >= 0x28 && sub <= 0xC4) || (sub >= 0xD0 && sub <= 0xD2);
            case PREFIX_FC -> sub <= 0x11;
            case PREFIX_FD -> sub <= 0xFF && (SIMD_GAPS[sub >>> 6] & (1L << sub)) == 0;
            default -> false;
        };
    }

    /** The 20 sub-opcodes below 0x100 that Wasm 2.0 SIMD leaves unassigned, as a 256-bit set. */
    private static final long[] SIMD_GAPS = gaps(0x9A, 0xA2, 0xA5, 0xA6, 0xAF, 0xB0, 0xB2, 0xB3, 0xB4, 0xBB,
            0xC2, 0xC5, 0xC6, 0xCF, 0xD0, 0xD2, 0xD3, 0xD4, 0xE2, 0xEE);

    private static long[] gaps(int... subs) {
        long[] set = new long[4];
        for (int sub : subs) {
            set[sub >>> 6] |= 1L << sub;
        }
        return set;
    }

    /**
     * The text-format name ({@code "i32.add"}, {@code "memory.copy"}); for an unknown opcode its
     * bytes in hex ({@code "0xfc 0x1f"}), so an error message always says something useful.
     */
    public static String name(int opcode) {
        String name = lookup(opcode);
        if (name != null) {
            return name;
        }
        int prefix = prefix(opcode);
        return prefix == 0
                ? String.format("0x%02x", opcode)
                : String.format("0x%02x 0x%02x", prefix, sub(opcode));
    }

    private static String lookup(int opcode) {
        if (!isKnown(opcode)) {
            return null;
        }
        String[] table = switch (prefix(opcode)) {
            case 0 -> NameTable.SINGLE;
            case PREFIX_FC -> NameTable.FC;
            case PREFIX_FD -> NameTable.FD;
            default -> null;
        };
        int sub = sub(opcode);
        return table == null || sub >= table.length ? null : table[sub];
    }

    /**
     * Names derived from the constants above, built on first use only: the tiers never need them
     * on a hot path, and module loading should not pay for reflection it does not use.
     */
    private static final class NameTable {
        /** Prefixes after which the first underscore of a constant name is the text format's dot. */
        private static final Set<String> DOTTED = Set.of(
                "local", "global", "table", "memory", "data", "elem", "ref", "i32", "i64", "f32", "f64",
                "v128", "i8x16", "i16x8", "i32x4", "i64x2", "f32x4", "f64x2");

        static final String[] SINGLE = new String[0x100];
        static final String[] FC = new String[0x20];
        static final String[] FD = new String[0x100];

        static {
            for (Field field : Opcodes.class.getDeclaredFields()) {
                if (field.getType() != int.class || !Modifier.isStatic(field.getModifiers())
                        || field.getName().startsWith("PREFIX_")) {
                    continue;
                }
                int opcode;
                try {
                    opcode = field.getInt(null);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                String[] table = switch (prefix(opcode)) {
                    case 0 -> SINGLE;
                    case PREFIX_FC -> FC;
                    default -> FD;
                };
                table[sub(opcode)] = textName(field.getName());
            }
        }

        private static String textName(String constant) {
            if (constant.equals("SELECT_T")) {
                return "select"; // typed select: same text name, the types are an immediate
            }
            String lower = constant.toLowerCase(java.util.Locale.ROOT);
            int underscore = lower.indexOf('_');
            if (underscore > 0 && DOTTED.contains(lower.substring(0, underscore))) {
                return lower.substring(0, underscore) + '.' + lower.substring(underscore + 1);
            }
            return lower;
        }
    }
}
