package dev.tandem.truffle.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.Wasm;
import dev.tandem.wasm.validate.ValidatedModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lowered code of the test modules, compared with golden files (src/test/resources/lowered):
 * a change in what the lowering emits shows up here as a readable diff. After an intended change,
 * regenerate a file from this test's failure message (it prints the actual text).
 */
class LoweringGoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {"lowering", "loop"})
    void loweredCodeMatchesTheGoldenFile(String name) throws IOException, ModuleException {
        assertEquals(read("/lowered/" + name + ".txt"), lower(name));
    }

    static String lower(String name) throws IOException, ModuleException {
        ValidatedModule module = Wasm.load(bytes("/wasm/" + name + ".wasm"));
        StringBuilder text = new StringBuilder();
        for (int f = module.module().importedFunctionCount(); f < module.module().functionCount(); f++) {
            LoweredFunction function = FunctionLowering.lower(module, f);
            text.append("function ").append(f).append(": locals=").append(function.localCount())
                    .append(" frame=").append(function.frameSize()).append('\n')
                    .append(Disassembler.disassemble(function));
        }
        return text.toString();
    }

    private static String read(String resource) throws IOException {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = LoweringGoldenTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no test resource " + resource);
            }
            return in.readAllBytes();
        }
    }
}
