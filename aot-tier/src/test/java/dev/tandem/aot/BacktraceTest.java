package dev.tandem.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.aot.testing.Resources;
import dev.tandem.aot.unwind.UnwindRegistry;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.Instance;
import dev.tandem.wasm.numeric.TrapKind;
import dev.tandem.wasm.numeric.WasmTrap;
import org.junit.jupiter.api.Test;

/**
 * A trap's Wasm backtrace, with unwind info on (every frame: function name and the byte offset of
 * the trapping instruction or the call, as {@code wasm-objdump -d traps.wasm} shows them) and off
 * (every frame named, no offsets, nothing registered).
 */
class BacktraceTest {

    @Test
    void withUnwindInfoEveryFrameHasNameAndOffset() throws Exception {
        AotCompiledModule module = AotCompiler.compile(Resources.bytes("traps.wasm"), AotOptions.defaults());
        assertTrue(module.loaded().registered());
        Instance instance = module.instantiate(Imports.none());
        WasmTrap trap = assertThrows(WasmTrap.class, () -> instance.function("run").call(0));
        assertEquals(TrapKind.INTEGER_DIVIDE_BY_ZERO, trap.kind());
        assertEquals("integer divide by zero: wasm backtrace: traps!func 0 $divide @0x4c"
                + " <- traps!func 1 $middle @0x55 <- traps!func 2 $main @0x60", trap.getMessage());
        trap = assertThrows(WasmTrap.class, () -> instance.function("load").call(65_533));
        assertEquals("out of bounds memory access: wasm backtrace: traps!func 3 $load @0x67", trap.getMessage());
        trap = assertThrows(WasmTrap.class, () -> instance.function("spin").call(3));
        assertEquals("unreachable: wasm backtrace: traps!func 4 $unnamed_loop @0x79", trap.getMessage());
    }

    @Test
    void theSameThroughATwasmFile() throws Exception {
        byte[] file = AotCompiler.compileToBytes(Resources.bytes("traps.wasm"), AotOptions.defaults());
        Instance instance = TwasmLoader.load(dev.tandem.aot.twasm.TwasmReader.read(file)).instantiate(Imports.none());
        WasmTrap trap = assertThrows(WasmTrap.class, () -> instance.function("run").call(0));
        assertTrue(trap.getMessage().endsWith("$divide @0x4c <- traps!func 1 $middle @0x55 <- traps!func 2 $main @0x60"),
                trap.getMessage());
    }

    @Test
    void splitFunctionsReportOneFramePerWasmFunction() throws Exception {
        AotOptions tiny = AotOptions.defaults().withMethodLimit(16);
        Instance instance = AotCompiler.compile(Resources.bytes("traps.wasm"), tiny).instantiate(Imports.none());
        assertEquals(1000 / 7 + 7 + 1 + 7 * 2, instance.function("split").call(7)[0]);
        WasmTrap trap = assertThrows(WasmTrap.class, () -> instance.function("split").call(0));
        assertEquals("integer divide by zero: wasm backtrace: traps!func 0 $divide @0x4c"
                + " <- traps!func 5 $split @0x8f", trap.getMessage());
    }

    @Test
    void withoutUnwindInfoFramesAreNamedWithoutOffsetsAndNothingIsRegistered() throws Exception {
        int before = UnwindRegistry.size();
        AotCompiledModule module = AotCompiler.compile(Resources.bytes("traps.wasm"), AotOptions.defaults().withUnwindInfo(false));
        assertFalse(module.loaded().registered());
        assertNull(UnwindRegistry.lookup(module.loaded().loaderName()));
        assertEquals(before, UnwindRegistry.size());
        Instance instance = module.instantiate(Imports.none());
        WasmTrap trap = assertThrows(WasmTrap.class, () -> instance.function("run").call(0));
        assertEquals("integer divide by zero: wasm backtrace: traps!func 0 $divide <- traps!func 1 $middle"
                + " <- traps!func 2 $main", trap.getMessage());
    }

    @Test
    void closingAModuleUnregistersIt() throws Exception {
        AotCompiledModule module = AotCompiler.compile(Resources.bytes("traps.wasm"), AotOptions.defaults());
        String key = module.loaded().loaderName();
        assertTrue(UnwindRegistry.lookup(key) != null);
        module.close();
        assertNull(UnwindRegistry.lookup(key));
        module.close();
        assertNull(UnwindRegistry.lookup(key));
    }
}
