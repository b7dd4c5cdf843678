package dev.tandem.wasm.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.wasm.Wasm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FunctionFactsTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FunctionFactsTest.class.getResourceAsStream("/validate/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void sideTableMatchesTheGoldenFile() throws Exception {
        String actual = FunctionFactsDump.render(Wasm.load(resource("side-table.wasm")));
        String expected = new String(resource("side-table.golden"), StandardCharsets.UTF_8);
        assertEquals(expected, actual);
    }
}
