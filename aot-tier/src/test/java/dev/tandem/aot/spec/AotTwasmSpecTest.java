package dev.tandem.aot.spec;

import dev.tandem.aot.AotCompiler;
import dev.tandem.aot.AotOptions;
import dev.tandem.aot.TwasmLoader;
import dev.tandem.conformance.engine.Engine;
import dev.tandem.conformance.engine.Tier;
import dev.tandem.conformance.junit.SpecTestFactory;
import dev.tandem.conformance.runtime.RuntimeTierEngine;
import dev.tandem.wasm.ModuleException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole spec suite through {@code .twasm} files: every module is compiled to a file, loaded back
 * from it (no decoding, no compiling) and run, so the file keeps everything instantiation and
 * execution need.
 */
class AotTwasmSpecTest {

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicNode> specThroughTwasmFiles() {
        return SpecTestFactory.suite(new Tier() {
            @Override
            public String name() {
                return "aot";
            }

            @Override
            public boolean executes() {
                return true;
            }

            @Override
            public Engine newEngine() {
                return new RuntimeTierEngine(bytes -> {
                    try {
                        Path file = Files.createTempFile(dir, "module", ".twasm");
                        AotCompiler.compileToFile(bytes, file, AotOptions.defaults());
                        try {
                            return TwasmLoader.load(file);
                        } finally {
                            Files.delete(file);
                        }
                    } catch (ModuleException e) {
                        throw new RuntimeTierEngine.Rejected(e);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        });
    }
}
