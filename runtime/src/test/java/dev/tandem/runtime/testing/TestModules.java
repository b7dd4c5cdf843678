package dev.tandem.runtime.testing;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.Wasm;
import dev.tandem.wasm.validate.ValidatedModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The checked-in test modules: src/test/resources/modules/NAME.wasm, built from NAME.wat by build.sh there. */
public final class TestModules {

    private TestModules() {
    }

    public static ValidatedModule load(String name) {
        try (InputStream in = TestModules.class.getResourceAsStream("/modules/" + name + ".wasm")) {
            if (in == null) {
                throw new IllegalArgumentException("no test module " + name + ".wasm (run src/test/resources/modules/build.sh)");
            }
            return load(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ValidatedModule load(byte[] bytes) {
        try {
            return Wasm.load(bytes);
        } catch (ModuleException e) {
            throw new IllegalStateException("test module rejected: " + e.getMessage(), e);
        }
    }
}
