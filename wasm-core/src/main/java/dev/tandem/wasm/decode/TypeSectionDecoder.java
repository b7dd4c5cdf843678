package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.ValType;

import java.util.ArrayList;
import java.util.List;

/** Section 1: function types. Wasm 2.0 has only the {@code 0x60} form. */
final class TypeSectionDecoder {

    private static final int FUNC_FORM = 0x60;

    /**
     * Implementation limit on parameters and on results of one function type (the JS API's limits,
     * which browsers enforce). Without it a 2-byte {@code call} or {@code block (type t)} would cost
     * validation work proportional to a hostile type's length, making validation quadratic in the input.
     */
    static final int MAX_PARAMS = 1000;
    static final int MAX_RESULTS = 1000;

    private TypeSectionDecoder() {
    }

    static List<FuncType> decode(ByteReader in) throws ModuleException {
        int count = in.length("type count");
        List<FuncType> types = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            in.atEntry("type", i);
            int at = in.pos();
            int form = in.u8();
            if ((form & 0x80) != 0) {
                // The form is a one-byte s7 in the spec's grammar; a continuation bit makes it too long.
                throw in.malformed("integer representation too long",
                        "type form 0x" + Integer.toHexString(form) + " continues past one byte", at);
            }
            if (form != FUNC_FORM) {
                throw in.malformed("malformed function type",
                        "form 0x" + Integer.toHexString(form) + " (expected 0x60)", at);
            }
            ValType[] params = valTypes(in, "parameter count", "too many parameters", MAX_PARAMS);
            ValType[] results = valTypes(in, "result count", "too many results", MAX_RESULTS);
            types.add(FuncType.of(params, results));
        }
        return types;
    }

    private static ValType[] valTypes(ByteReader in, String what, String tooMany, int max) throws ModuleException {
        int at = in.pos();
        int n = in.length(what);
        if (n > max) {
            throw in.malformed(tooMany, n + " declared, this implementation allows " + max, at);
        }
        ValType[] out = new ValType[n];
        for (int i = 0; i < n; i++) {
            out[i] = TypeReader.valType(in);
        }
        return out;
    }
}
