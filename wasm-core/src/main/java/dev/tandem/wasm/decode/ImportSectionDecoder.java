package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.Import;

import java.util.ArrayList;
import java.util.List;

/** Section 2: imports (function, table, memory, global). */
final class ImportSectionDecoder {

    private ImportSectionDecoder() {
    }

    static List<Import> decode(ByteReader in) throws ModuleException {
        int count = in.length("import count");
        List<Import> imports = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            in.atEntry("import", i);
            String module = in.name("module name");
            String name = in.name("field name");
            int at = in.pos();
            int kind = in.u8();
            imports.add(switch (kind) {
                case 0x00 -> Import.function(module, name, in.u32());
                case 0x01 -> Import.table(module, name, TypeReader.tableType(in));
                case 0x02 -> Import.memory(module, name, TypeReader.memoryType(in));
                case 0x03 -> Import.global(module, name, TypeReader.globalType(in));
                default -> throw in.malformed("malformed import kind", "0x" + Integer.toHexString(kind)
                        + " (expected 0x00 func, 0x01 table, 0x02 memory or 0x03 global)", at);
            });
        }
        return imports;
    }
}
