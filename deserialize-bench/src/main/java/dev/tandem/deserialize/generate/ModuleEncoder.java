package dev.tandem.deserialize.generate;

import dev.tandem.wasm.model.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated module's sections, in the binary format's order: types (all of {@link Signatures}),
 * functions, a funcref table holding every function at its own index (for {@code call_indirect}),
 * one page of memory, one mutable i32 global, the exports {@code run} (the last function) and
 * {@code memory}, the element segment filling the table, the code, one data segment, and a name
 * section with the module's name.
 */
final class ModuleEncoder {

    private static final byte[] MAGIC_AND_VERSION = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00};
    private static final int END = 0x0B;
    private static final int I32_CONST = 0x41;

    /**
     * @param functionTypes each function's type, the entry last
     * @param codeEntries   each function's code section entry ({@link FunctionGenerator#generate})
     * @param globalInit    the global's initial value (distinct per module of a set)
     */
    record Content(List<Signatures> functionTypes, List<byte[]> codeEntries, int globalInit, int dataOffset,
                   byte[] data, String moduleName) {
    }

    private ModuleEncoder() {
    }

    static byte[] encode(Content c) {
        int functions = c.functionTypes().size();
        WasmWriter m = new WasmWriter().bytes(MAGIC_AND_VERSION);

        List<byte[]> types = new ArrayList<>();
        for (Signatures s : Signatures.values()) {
            types.add(s.encode());
        }
        m.section(1, new WasmWriter().vector(types).toByteArray());

        WasmWriter functionSection = new WasmWriter().u32(functions);
        c.functionTypes().forEach(t -> functionSection.u32(t.typeIndex()));
        m.section(3, functionSection.toByteArray());

        m.section(4, new WasmWriter().u32(1).byte1(ValType.FUNCREF.code()).byte1(0x00).u32(functions).toByteArray());
        m.section(5, new WasmWriter().u32(1).byte1(0x00).u32(1).toByteArray()); // min 1 page, no max

        m.section(6, new WasmWriter().u32(1).byte1(ValType.I32.code()).byte1(0x01) // mutable
                .byte1(I32_CONST).s64(c.globalInit()).byte1(END).toByteArray());

        m.section(7, new WasmWriter().u32(2)
                .name("run").byte1(0x00).u32(functions - 1)
                .name("memory").byte1(0x02).u32(0).toByteArray());

        WasmWriter elements = new WasmWriter().u32(1).byte1(0x00) // active, table 0, function indices
                .byte1(I32_CONST).s64(0).byte1(END).u32(functions);
        for (int i = 0; i < functions; i++) {
            elements.u32(i);
        }
        m.section(9, elements.toByteArray());

        m.section(10, new WasmWriter().vector(c.codeEntries()).toByteArray());

        m.section(11, new WasmWriter().u32(1).byte1(0x00) // active, memory 0
                .byte1(I32_CONST).s64(c.dataOffset()).byte1(END).u32(c.data().length).bytes(c.data()).toByteArray());

        byte[] moduleName = new WasmWriter().name(c.moduleName()).toByteArray();
        m.section(0, new WasmWriter().name("name").byte1(0x00).u32(moduleName.length).bytes(moduleName).toByteArray());
        return m.toByteArray();
    }
}
