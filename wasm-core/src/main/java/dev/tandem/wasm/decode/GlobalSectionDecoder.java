package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.Global;
import dev.tandem.wasm.model.GlobalType;

import java.util.ArrayList;
import java.util.List;

/** Section 6: the globals the module defines, each with its initializer. */
final class GlobalSectionDecoder {

    private GlobalSectionDecoder() {
    }

    static List<Global> decode(ByteReader in) throws ModuleException {
        int count = in.length("global count");
        List<Global> globals = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            in.atEntry("global", i);
            GlobalType type = TypeReader.globalType(in);
            globals.add(new Global(type, ExpressionScanner.constExpr(in, "initializer")));
        }
        return globals;
    }
}
