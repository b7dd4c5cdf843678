package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.TableType;

import java.util.ArrayList;
import java.util.List;

/** Section 4: the tables the module defines. */
final class TableSectionDecoder {

    private TableSectionDecoder() {
    }

    static List<TableType> decode(ByteReader in) throws ModuleException {
        int count = in.length("table count");
        List<TableType> tables = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            in.atEntry("table", i);
            tables.add(TypeReader.tableType(in));
        }
        return tables;
    }
}
