package dev.tandem.truffle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.runtime.HostFunction;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.Instance;
import dev.tandem.runtime.LinkException;
import dev.tandem.runtime.Memory;
import dev.tandem.runtime.ResourceLimits;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.ValType;
import dev.tandem.wasm.numeric.TrapKind;
import dev.tandem.wasm.numeric.WasmTrap;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tier through the runtime's tier-neutral API: what the conformance runner, the CLI and the lab use. */
class TruffleTierTest {

    private static final FuncType I32_TO_I32 = FuncType.of(new ValType[] {ValType.I32}, new ValType[] {ValType.I32});

    private TruffleTier tier = new TruffleTier();

    @AfterEach
    void close() {
        tier.close();
    }

    private Instance embedding(Function<Integer, Integer> twice) throws LinkException {
        Imports imports = Imports.builder()
                .function("host", "twice", new HostFunction(I32_TO_I32, args -> new Object[] {twice.apply((Integer) args[0])}))
                .build();
        return tier.compile(TestModules.load("embedding")).instantiate(imports);
    }

    @Test
    void callsExportsAndImports() throws LinkException {
        Instance instance = embedding(x -> 2 * x);
        assertArrayEquals(new Object[] {41}, instance.function("call_host").call(20));
        assertArrayEquals(new Object[] {250}, instance.function("reciprocal").call(4));
    }

    @Test
    void returnsSeveralResults() throws LinkException {
        assertArrayEquals(new Object[] {2.5, 7L}, embedding(x -> x).function("swap").call(7L, 2.5));
    }

    @Test
    void trapHasTheSpecMessageAndAWasmBacktrace() throws LinkException {
        Instance instance = embedding(x -> x);
        WasmTrap trap = assertThrows(WasmTrap.class, () -> instance.function("reciprocal").call(0));
        assertEquals(TrapKind.INTEGER_DIVIDE_BY_ZERO, trap.kind());
        assertEquals("integer divide by zero: wasm backtrace: divide <- reciprocal", trap.getMessage());
    }

    @Test
    void stackExhaustionIsATrapAndTheInstanceStaysUsable() throws LinkException {
        Instance instance = embedding(x -> x);
        WasmTrap trap = assertThrows(WasmTrap.class, () -> instance.function("forever").call(0));
        assertEquals(TrapKind.CALL_STACK_EXHAUSTED, trap.kind());
        assertTrue(trap.getMessage().startsWith("call stack exhausted"), trap.getMessage());
        assertArrayEquals(new Object[] {100}, instance.function("reciprocal").call(10));
    }

    @Test
    void hostExceptionReachesTheCallerUnchanged() throws LinkException {
        IllegalStateException boom = new IllegalStateException("boom");
        Instance instance = embedding(x -> {
            throw boom;
        });
        assertSame(boom, assertThrows(IllegalStateException.class, () -> instance.function("call_host").call(1)));
        assertArrayEquals(new Object[] {500}, instance.function("reciprocal").call(2));
    }

    @Test
    void memoryIsSharedWithTheHostAndBoundsChecked() throws LinkException {
        Instance instance = embedding(x -> x);
        Memory memory = instance.memory("memory");
        instance.function("store").call(16, 0x01020304);
        assertEquals(0x04, memory.bytes()[16]);
        memory.i32Store(32, 99);
        assertArrayEquals(new Object[] {99}, instance.function("load").call(32));
        WasmTrap trap = assertThrows(WasmTrap.class, () -> instance.function("store").call(65534, 1));
        assertEquals(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, trap.kind());
        assertEquals(0, memory.bytes()[65534], "a store out of bounds writes nothing");
    }

    @Test
    void memoryGrowStopsAtTheDeclaredMaximum() throws LinkException {
        Instance instance = embedding(x -> x);
        assertArrayEquals(new Object[] {1}, instance.function("grow").call(3));
        assertArrayEquals(new Object[] {-1}, instance.function("grow").call(1));
        assertEquals(4, instance.memory("memory").pages());
    }

    @Test
    void memoryGrowStopsAtTheHostLimit() throws LinkException {
        tier = new TruffleTier(Map.of(), new ResourceLimits(2, 1000));
        Instance instance = embedding(x -> x);
        assertArrayEquals(new Object[] {1}, instance.function("grow").call(1));
        assertArrayEquals(new Object[] {-1}, instance.function("grow").call(1));
        assertEquals(2, instance.memory("memory").pages());
    }

    @Test
    void missingImportIsALinkError() {
        LinkException e = assertThrows(LinkException.class,
                () -> tier.compile(TestModules.load("embedding")).instantiate(Imports.none()));
        assertTrue(e.getMessage().startsWith("unknown import"), e.getMessage());
    }

    @Test
    void globalsAreReadableFromJava() throws LinkException {
        assertEquals(7, embedding(x -> x).global("counter").get());
    }
}
