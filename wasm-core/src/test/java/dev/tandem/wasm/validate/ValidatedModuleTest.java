package dev.tandem.wasm.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.wasm.Wasm;
import dev.tandem.wasm.code.CodeReader;
import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.ValType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What {@link ValidatedModule} hands the tiers, on const-exprs.wat. */
class ValidatedModuleTest {

    private static ValidatedModule module;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = ValidatedModuleTest.class.getResourceAsStream("/validate/const-exprs.wasm")) {
            module = Wasm.load(in.readAllBytes());
        }
    }

    @Test
    void decodesGlobalInitializers() {
        assertEquals(new ConstInstr(Opcodes.I64_CONST, ValType.I64, -2, 0, -1), module.globalInit(1));
        assertEquals(Float.floatToRawIntBits(1.5f), (int) module.globalInit(2).bits());
        assertEquals(Double.doubleToRawLongBits(-0.25), module.globalInit(3).bits());
        ConstInstr vector = module.globalInit(4);
        assertEquals(0x0000_0002_0000_0001L, vector.bits());
        assertEquals(0x0000_0004_0000_0003L, vector.bitsHi());
        assertEquals(new ConstInstr(Opcodes.REF_FUNC, ValType.FUNCREF, 0, 0, 1), module.globalInit(5));
        assertEquals(new ConstInstr(Opcodes.REF_NULL, ValType.EXTERNREF, 0, 0, -1), module.globalInit(6));
        assertEquals(new ConstInstr(Opcodes.GLOBAL_GET, ValType.I32, 0, 0, 0), module.globalInit(7));
    }

    @Test
    void decodesSegmentOffsetsAndItems() {
        assertEquals(new ConstInstr(Opcodes.I32_CONST, ValType.I32, 1, 0, -1), module.elementOffset(0));
        assertNull(module.elementItems(0), "function-index form: the items are the segment's indices");
        assertNull(module.elementOffset(1));
        assertEquals(List.of(new ConstInstr(Opcodes.REF_FUNC, ValType.FUNCREF, 0, 0, 2),
                new ConstInstr(Opcodes.REF_NULL, ValType.FUNCREF, 0, 0, -1)), module.elementItems(1));
        assertEquals(Opcodes.GLOBAL_GET, module.dataOffset(0).opcode());
        assertNull(module.dataOffset(1));
    }

    @Test
    void declaredReferencesAreExportsGlobalsAndElements() {
        assertTrue(module.isDeclaredReference(0), "in an active segment");
        assertTrue(module.isDeclaredReference(1), "exported and in a global");
        assertTrue(module.isDeclaredReference(2), "in segments");
        assertTrue(module.isDeclaredReference(3), "in a declarative segment");
        assertFalse(module.isDeclaredReference(4));
    }

    @Test
    void resolvesBlockTypes() {
        assertEquals(new FuncType(List.of(), List.of()), module.blockType(CodeReader.BLOCK_EMPTY));
        assertEquals(new FuncType(List.of(), List.of(ValType.V128)), module.blockType(-ValType.V128.code()));
        assertEquals(module.module().types().get(0), module.blockType(0));
    }

    @Test
    void factsAreIndexedInTheFunctionIndexSpace() {
        assertEquals(4, module.definedFunctionFacts().size());
        assertEquals(1, module.functionFacts(1).functionIndex());
        assertEquals(0, module.functionFacts(4).recordCount());
    }
}
