package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.MemoryType;

import java.util.ArrayList;
import java.util.List;

/** Section 5: the memories the module defines (the validator allows at most one). */
final class MemorySectionDecoder {

    private MemorySectionDecoder() {
    }

    static List<MemoryType> decode(ByteReader in) throws ModuleException {
        int count = in.length("memory count");
        List<MemoryType> memories = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            in.atEntry("memory", i);
            memories.add(TypeReader.memoryType(in));
        }
        return memories;
    }
}
