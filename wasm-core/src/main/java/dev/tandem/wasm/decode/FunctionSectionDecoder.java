package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;

import java.util.ArrayList;
import java.util.List;

/** Section 3: the type index of each function the module defines (their code is in section 10). */
final class FunctionSectionDecoder {

    private FunctionSectionDecoder() {
    }

    static List<Integer> decode(ByteReader in) throws ModuleException {
        int count = in.length("function count");
        List<Integer> typeIndices = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            in.atEntry("function", i);
            typeIndices.add(in.u32());
        }
        return typeIndices;
    }
}
