package dev.tandem.wasm.model;

/** Wasm 2.0 value types, with their binary encodings. */
public enum ValType {
    I32(0x7F, "i32"),
    I64(0x7E, "i64"),
    F32(0x7D, "f32"),
    F64(0x7C, "f64"),
    V128(0x7B, "v128"),
    FUNCREF(0x70, "funcref"),
    EXTERNREF(0x6F, "externref");

    private final int code;
    private final String text;

    ValType(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The binary encoding (a single byte). */
    public int code() {
        return code;
    }

    public boolean isReference() {
        return this == FUNCREF || this == EXTERNREF;
    }

    public boolean isNumeric() {
        return this == I32 || this == I64 || this == F32 || this == F64;
    }

    /** The type for a binary encoding, or null when the byte is no value type. */
    public static ValType fromCode(int code) {
        return switch (code) {
            case 0x7F -> I32;
            case 0x7E -> I64;
            case 0x7D -> F32;
            case 0x7C -> F64;
            case 0x7B -> V128;
            case 0x70 -> FUNCREF;
            case 0x6F -> EXTERNREF;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return text;
    }
}
