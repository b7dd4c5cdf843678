package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.GlobalType;
import dev.tandem.wasm.model.Limits;
import dev.tandem.wasm.model.MemoryType;
import dev.tandem.wasm.model.TableType;
import dev.tandem.wasm.model.ValType;

/**
 * Reads the type encodings several sections share: value and reference types, limits, table,
 * memory and global types.
 *
 * <p>Type bytes are, in the spec's grammar, one-byte signed LEB128 numbers (i32 is -1 = 0x7F), so
 * a byte with the continuation bit set is "integer representation too long", not an unknown type.
 */
final class TypeReader {

    private TypeReader() {
    }

    static ValType valType(ByteReader in) throws ModuleException {
        int at = in.pos();
        int b = typeByte(in);
        ValType t = ValType.fromCode(b);
        if (t == null) {
            throw in.malformed("malformed value type", "0x" + Integer.toHexString(b) + " is no value type", at);
        }
        return t;
    }

    static ValType refType(ByteReader in) throws ModuleException {
        int at = in.pos();
        int b = typeByte(in);
        ValType t = ValType.fromCode(b);
        if (t == null || !t.isReference()) {
            throw in.malformed("malformed reference type",
                    "0x" + Integer.toHexString(b) + " is no reference type (expected funcref 0x70 or externref 0x6f)", at);
        }
        return t;
    }

    private static int typeByte(ByteReader in) throws ModuleException {
        int at = in.pos();
        int b = in.u8();
        if ((b & 0x80) != 0) {
            throw in.malformed("integer representation too long", "type encoding 0x" + Integer.toHexString(b)
                    + " continues past one byte", at);
        }
        return b;
    }

    /** Limits: a one-bit LEB128 flag (max present), min, and max if present; u32 values. */
    static Limits limits(ByteReader in) throws ModuleException {
        int hasMax = in.u1();
        long min = in.u32Long();
        long max = hasMax == 1 ? in.u32Long() : Limits.NO_MAX;
        return new Limits(min, max);
    }

    static TableType tableType(ByteReader in) throws ModuleException {
        ValType element = refType(in);
        return new TableType(element, limits(in));
    }

    static MemoryType memoryType(ByteReader in) throws ModuleException {
        return new MemoryType(limits(in));
    }

    static GlobalType globalType(ByteReader in) throws ModuleException {
        ValType t = valType(in);
        int at = in.pos();
        int m = in.u8();
        if (m > 1) {
            throw in.malformed("malformed mutability", "0x" + Integer.toHexString(m)
                    + " (expected 0x00 const or 0x01 var)", at);
        }
        return new GlobalType(t, m == 1);
    }
}
