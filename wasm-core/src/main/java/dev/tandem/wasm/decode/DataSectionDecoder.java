package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.ConstExpr;
import dev.tandem.wasm.model.DataSegment;

import java.util.ArrayList;
import java.util.List;

/**
 * Section 11: data segments. Flag 0: active in memory 0; 1: passive; 2: active with an explicit
 * memory index. The bytes stay in the module's array.
 */
final class DataSectionDecoder {

    private DataSectionDecoder() {
    }

    static List<DataSegment> decode(ByteReader in) throws ModuleException {
        int count = in.length("data segment count");
        List<DataSegment> segments = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            in.atEntry("data segment", i);
            int at = in.pos();
            int flags = in.u32();
            boolean active;
            int memory = 0;
            ConstExpr offset = null;
            switch (flags) {
                case 0 -> active = true;
                case 1 -> active = false;
                case 2 -> {
                    active = true;
                    memory = in.u32();
                }
                default -> throw in.malformed("malformed data segment kind",
                        "flags " + Integer.toUnsignedString(flags) + " (expected 0, 1 or 2)", at);
            }
            if (active) {
                offset = ExpressionScanner.constExpr(in, "offset");
            }
            int size = in.length("data size");
            int start = in.pos();
            in.skip(size, "data");
            segments.add(new DataSegment(active, memory, offset, in.bytes(), start, start + size));
        }
        return segments;
    }
}
