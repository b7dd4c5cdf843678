package dev.tandem.truffle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.ByteSequence;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tier as a Truffle language: {@code Context.eval} of a binary source, instantiate, call, read memory. */
class PolyglotApiTest {

    private Context context;

    @BeforeEach
    void open() {
        context = Context.newBuilder(WasmLanguage.ID).option("engine.WarnInterpreterOnly", "false").build();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Value module(String name) {
        return context.eval(Source.newBuilder(WasmLanguage.ID, ByteSequence.create(TestModules.bytes(name)), name + ".wasm")
                .buildLiteral());
    }

    private Value instantiate(ProxyExecutable twice) {
        Object imports = ProxyObject.fromMap(Map.of("host", ProxyObject.fromMap(Map.of("twice", twice))));
        return module("embedding").invokeMember("instantiate", imports);
    }

    @Test
    void instantiatesWithImportsAndCallsExports() {
        Value instance = instantiate(args -> args[0].asInt() * 2);
        assertEquals(41, instance.getMember("call_host").execute(20).asInt());
        assertEquals(250, instance.getMember("reciprocal").execute(4).asInt());
        Value swapped = instance.getMember("swap").execute(7L, 2.5);
        assertEquals(2.5, swapped.getArrayElement(0).asDouble());
        assertEquals(7L, swapped.getArrayElement(1).asLong());
        assertTrue(instance.getMember("store").execute(0, 0).isNull(), "no result reads as null");
    }

    @Test
    void memoryIsABufferForTheHost() {
        Value instance = instantiate(args -> args[0]);
        instance.getMember("store").execute(8, 0x01020304);
        Value memory = instance.getMember("memory");
        assertEquals(65536, memory.getBufferSize());
        assertEquals(4, memory.readBufferByte(8));
        assertEquals(0x01020304, memory.readBufferInt(ByteOrder.LITTLE_ENDIAN, 8));
        memory.writeBufferInt(ByteOrder.LITTLE_ENDIAN, 12, 77);
        assertEquals(77, instance.getMember("load").execute(12).asInt());
        assertThrows(IndexOutOfBoundsException.class, () -> memory.readBufferInt(ByteOrder.LITTLE_ENDIAN, 65534));
        assertEquals(1, memory.invokeMember("grow", 1).asInt());
        assertEquals(2 * 65536, memory.getBufferSize());
    }

    @Test
    void trapIsAGuestExceptionWithTheSpecMessageAndWasmFrames() {
        Value instance = instantiate(args -> args[0]);
        PolyglotException e = assertThrows(PolyglotException.class, () -> instance.getMember("reciprocal").execute(0));
        assertTrue(e.isGuestException());
        assertEquals("integer divide by zero", e.getMessage());
        List<String> frames = new ArrayList<>();
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            if (frame.isGuestFrame()) {
                frames.add(frame.getRootName());
            }
        }
        assertEquals(List.of("divide", "reciprocal"), frames);
    }

    @Test
    void stackExhaustionIsATrapAndTheContextStaysUsable() {
        Value instance = instantiate(args -> args[0]);
        PolyglotException e = assertThrows(PolyglotException.class, () -> instance.getMember("forever").execute(0));
        assertEquals("call stack exhausted", e.getMessage());
        assertEquals(100, instance.getMember("reciprocal").execute(10).asInt());
    }

    @Test
    void hostExceptionReachesTheEmbedderAsItself() {
        IllegalStateException boom = new IllegalStateException("boom");
        Value instance = instantiate(args -> {
            throw boom;
        });
        PolyglotException e = assertThrows(PolyglotException.class, () -> instance.getMember("call_host").execute(1));
        assertTrue(e.isHostException());
        assertSame(boom, e.asHostException());
    }

    @Test
    void invalidModuleIsASyntaxErrorWithWasmCoresMessage() {
        byte[] notWasm = {0, 'a', 's', 'n', 1, 0, 0, 0};
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(
                Source.newBuilder(WasmLanguage.ID, ByteSequence.create(notWasm), "bad.wasm").buildLiteral()));
        assertTrue(e.isSyntaxError());
        assertTrue(e.getMessage().startsWith("magic header not detected"), e.getMessage());
    }

    @Test
    void missingImportIsALinkError() {
        PolyglotException e = assertThrows(PolyglotException.class, () -> module("embedding").invokeMember("instantiate"));
        assertTrue(e.getMessage().startsWith("unknown import: host.twice"), e.getMessage());
    }

    @Test
    void exportedGlobalIsReadable() {
        assertEquals(7, instantiate(args -> args[0]).getMember("counter").getMember("value").asInt());
    }
}
