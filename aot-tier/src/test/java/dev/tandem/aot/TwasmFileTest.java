package dev.tandem.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.aot.load.AotClassLoader;
import dev.tandem.aot.testing.Resources;
import dev.tandem.aot.twasm.TwasmException;
import dev.tandem.aot.twasm.TwasmFile;
import dev.tandem.runtime.Imports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Precompiled files: the round trip, and the refusals. A file cut short anywhere, with any single bit
 * flipped, or from another format or compiler version, is refused with a one-line message that says
 * which, before any class is defined (no class loader is even made).
 */
class TwasmFileTest {

    private static byte[] wasm;
    private static byte[] file;

    @TempDir
    Path dir;

    @BeforeAll
    static void compile() throws Exception {
        wasm = Resources.bytes("traps.wasm");
        file = AotCompiler.compileToBytes(wasm, AotOptions.defaults());
    }

    @Test
    void roundTripThroughAFileOnDisk() throws Exception {
        Path path = dir.resolve("traps.twasm");
        AotCompiler.compileToFile(wasm, path, AotOptions.defaults());
        AotCompiledModule module = TwasmLoader.load(path);
        assertEquals(1000 / 7 + 1, module.instantiate(Imports.none()).function("run").call(7)[0]);
        TwasmFile read = TwasmLoader.read(path);
        assertTrue(read.compiledFrom(wasm));
        assertFalse(read.compiledFrom(Arrays.copyOf(wasm, wasm.length - 1)));
        assertEquals(AotOptions.defaults(), read.options());
    }

    @Test
    void optionsAreKept() throws Exception {
        AotOptions options = AotOptions.defaults().withUnwindInfo(false).withMethodLimit(1234);
        TwasmFile read = dev.tandem.aot.twasm.TwasmReader.read(AotCompiler.compileToBytes(wasm, options));
        assertEquals(options, read.options());
    }

    @Test
    void everyTruncationIsRefused() {
        for (int length = 0; length < file.length; length++) {
            byte[] cut = Arrays.copyOf(file, length);
            String message = refused(cut, "cut to " + length + " bytes");
            assertTrue(message.contains("truncated") || message.contains("not a .twasm file"),
                    "cut to " + length + " bytes: " + message);
        }
    }

    @Test
    void everyFlippedBitIsRefused() {
        for (int i = 0; i < file.length; i++) {
            byte[] altered = file.clone();
            altered[i] ^= (byte) (1 << (i % 8));
            refused(altered, "bit " + (i % 8) + " of byte " + i + " flipped");
        }
    }

    @Test
    void anotherFormatVersionIsRefusedAsSuch() {
        byte[] other = file.clone();
        other[9] = 2; // the low byte of the format version, after the 8 magic bytes
        assertTrue(refused(other, "format version 2").contains("unsupported .twasm format version 2"));
    }

    @Test
    void anotherCompilerVersionIsRefusedAsSuch() {
        byte[] other = file.clone();
        int at = indexOf(other, "codegen".getBytes(StandardCharsets.US_ASCII));
        other[at] = 'C';
        String message = refused(other, "compiler Codegen");
        assertTrue(message.contains("compiled by \"tandem-aot") && message.contains("compile the .wasm again"), message);
    }

    @Test
    void aWasmFileIsNotATwasmFile() {
        assertTrue(refused(wasm, "a .wasm file").contains("not a .twasm file"));
    }

    @Test
    void theLoaderNamesTheFile() throws Exception {
        Path path = dir.resolve("cut.twasm");
        Files.write(path, Arrays.copyOf(file, file.length / 2));
        TwasmException e = assertThrows(TwasmException.class, () -> TwasmLoader.load(path));
        assertTrue(e.getMessage().startsWith(path + ": truncated .twasm file"), e.getMessage());
    }

    /** Loads the bytes, which must fail with one line, having made no class loader; returns the message. */
    private static String refused(byte[] bytes, String what) {
        long loaders = AotClassLoader.created();
        TwasmException e = assertThrows(TwasmException.class,
                () -> TwasmLoader.load(dev.tandem.aot.twasm.TwasmReader.read(bytes)), what);
        assertEquals(loaders, AotClassLoader.created(), what + ": a class loader was made");
        assertFalse(e.getMessage().contains("\n"), what + ": " + e.getMessage());
        return e.getMessage();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
