package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.Export;
import dev.tandem.wasm.model.ExternKind;

import java.util.ArrayList;
import java.util.List;

/** Section 7: exports. Duplicate names are a validation error, not a decoding one. */
final class ExportSectionDecoder {

    private ExportSectionDecoder() {
    }

    static List<Export> decode(ByteReader in) throws ModuleException {
        int count = in.length("export count");
        List<Export> exports = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            in.atEntry("export", i);
            String name = in.name("export name");
            int at = in.pos();
            int kind = in.u8();
            ExternKind k = switch (kind) {
                case 0x00 -> ExternKind.FUNCTION;
                case 0x01 -> ExternKind.TABLE;
                case 0x02 -> ExternKind.MEMORY;
                case 0x03 -> ExternKind.GLOBAL;
                default -> throw in.malformed("malformed export kind", "0x" + Integer.toHexString(kind)
                        + " (expected 0x00 func, 0x01 table, 0x02 memory or 0x03 global)", at);
            };
            exports.add(new Export(name, k, in.u32()));
        }
        return exports;
    }
}
