package dev.tandem.wasm.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.Wasm;
import dev.tandem.wasm.model.ValType;
import org.junit.jupiter.api.Test;

/** Locals declared in bulk: looked up through their declaration runs, never expanded. */
class LocalsTest {

    /** A module with one function () -> i64 that declares 50,000 i64 locals and reads local {@code index}. */
    private static byte[] manyLocals(int index) {
        byte[] index3 = {(byte) (0x80 | (index & 0x7F)), (byte) (0x80 | ((index >>> 7) & 0x7F)), (byte) (index >>> 14)};
        return new byte[] {
            0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00,
            0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7E,          // type 0: [] -> [i64]
            0x03, 0x02, 0x01, 0x00,                            // function 0: type 0
            0x0A, 0x0C, 0x01, 0x0A,                            // code: one body of 10 bytes
            0x01, (byte) 0xD0, (byte) 0x86, 0x03, 0x7E,        // 50,000 locals of i64
            0x20, index3[0], index3[1], index3[2],             // local.get index
            0x0B};
    }

    @Test
    void theLastOfFiftyThousandLocalsHasItsType() throws ModuleException {
        FunctionFacts facts = Wasm.load(manyLocals(49_999)).functionFacts(0);
        assertEquals(50_000, facts.localCount());
        assertEquals(ValType.I64, facts.localType(49_999));
        assertEquals(50_000, facts.localTypes().size());
    }

    @Test
    void oneBeyondIsUnknown() {
        ModuleException e = assertThrows(ModuleException.class, () -> Wasm.load(manyLocals(50_000)));
        assertEquals("unknown local 50000", e.specText());
    }
}
