package dev.tandem.truffle;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.Wasm;
import dev.tandem.wasm.validate.ValidatedModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The test modules in src/test/resources/wasm (each .wasm built from the .wat beside it with wat2wasm --debug-names). */
final class TestModules {

    private TestModules() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = TestModules.class.getResourceAsStream("/wasm/" + name + ".wasm")) {
            if (in == null) {
                throw new IllegalArgumentException("no test module " + name + ".wasm");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ValidatedModule load(String name) {
        try {
            return Wasm.load(bytes(name));
        } catch (ModuleException e) {
            throw new IllegalStateException("test module " + name + " does not load: " + e.getMessage(), e);
        }
    }
}
