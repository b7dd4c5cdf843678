package dev.tandem.lab.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.lab.engine.RunReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The manifest's {@code real} array (the contract between the real-program set's two branches) and its validation. */
class RealProgramManifestTest {

    private static final String SHA = "ab".repeat(32);
    private static final String LUA = """
            {"name": "lua", "command": "real/wasm/lua.wasm", "source": "lua5.4 5.4.4", "stresses": "an interpreter",
             "dirs": {"/bench": "real/inputs/lua"},
             "sizes": {"quick": {"args": ["lua", "/bench/bench.lua", "small"], "stdout_sha256": "%s", "exit": 0},
                       "default": {"args": ["lua", "/bench/bench.lua", "big"], "stdout_sha256": "%s", "exit": 3}}}
            """.formatted(SHA, SHA);

    @TempDir
    Path folder;

    private Manifest manifest(String real) throws IOException {
        String text = """
                {"hello": {"source": "src/hello.c", "command": "wasm/command/hello.wasm", "stdout": "hi\\n"},
                 "workloads": [{"name": "nbody", "source": "s.c", "library": "l.wasm", "command": "c.wasm",
                                "sizes": {"quick": {"n": 1, "checksum": "1"}}}]%s}
                """.formatted(real == null ? "" : ", \"real\": " + real);
        Files.writeString(folder.resolve("manifest.json"), text);
        return Manifest.read(folder);
    }

    @Test
    void aManifestWithoutRealHasNone() throws IOException {
        Manifest m = manifest(null);
        assertEquals(List.of(), m.real());
        assertEquals("no real program named 'lua' in " + folder.resolve("manifest.json") + " (there are: none)",
                assertThrows(IllegalArgumentException.class, () -> m.realProgram("lua")).getMessage());
    }

    @Test
    void readsTheContractsShape() throws IOException {
        RealProgram lua = manifest("[" + LUA + "]").realProgram("lua");
        assertEquals(folder.resolve("real/wasm/lua.wasm"), lua.command());
        assertEquals(Map.of("/bench", folder.resolve("real/inputs/lua")), lua.dirs());
        assertEquals(new RealProgram.Size("quick", List.of("lua", "/bench/bench.lua", "small"), SHA, 0), lua.size("quick"));
        assertEquals(3, lua.size("default").exit());
        assertEquals(List.of("lua", "/bench/bench.lua", "big"), lua.command("default").args());
        assertEquals(Map.of("/bench", folder.resolve("real/inputs/lua").toString()), lua.command("default").dirs());
        assertEquals("real program lua has no size 'huge' in the manifest (sizes: quick, default)",
                assertThrows(IllegalArgumentException.class, () -> lua.size("huge")).getMessage());
    }

    /** Each mistake in an entry, and the one line that names it. */
    @TestFactory
    Stream<DynamicTest> mistakesAreOneLineErrors() {
        String sizes = "\"sizes\": {\"quick\": {\"args\": [\"p\"], \"stdout_sha256\": \"" + SHA + "\"}}";
        Object[][] cases = {
                {"{\"real\": 1}", "'real' must be an array of programs"},
                {"[{\"command\": \"p.wasm\", " + sizes + "}]", "missing field 'name'"},
                {"[{\"name\": \"p\", " + sizes + "}]", "missing field 'command'"},
                {"[{\"name\": \"p\", \"command\": \"p.wasm\"}]", "missing field 'sizes'"},
                {"[{\"name\": \"p\", \"command\": \"p.wasm\", \"sizes\": {}}]", "real program p: 'sizes' names no size"},
                {"[{\"name\": \"p\", \"command\": \"p.wasm\", \"sizes\": {\"quick\": {\"args\": [], \"stdout_sha256\": \"" + SHA + "\"}}}]",
                        "real program p size quick: 'args' must be the full argv, argv[0] first"},
                {"[{\"name\": \"p\", \"command\": \"p.wasm\", \"sizes\": {\"quick\": {\"args\": [\"p\", 3], \"stdout_sha256\": \"" + SHA + "\"}}}]",
                        "real program p size quick: every argument must be a string, got 3"},
                {"[{\"name\": \"p\", \"command\": \"p.wasm\", \"sizes\": {\"quick\": {\"args\": [\"p\"], \"stdout_sha256\": \"ABC\"}}}]",
                        "stdout_sha256 must be 64 lower-case hex digits, got 'ABC'"},
                {"[{\"name\": \"p\", \"command\": \"p.wasm\", \"sizes\": {\"quick\": {\"args\": [\"p\"], \"stdout_sha256\": \"" + SHA + "\", \"exit\": 256}}}]",
                        "exit must be a status from 0 to 255, got 256"},
                {"[{\"name\": \"p\", \"command\": \"p.wasm\", \"dirs\": {\"bench\": \"x\"}, " + sizes + "}]",
                        "dirs entry 'bench' must be an absolute guest path"},
                {"[{\"name\": \"nbody\", \"command\": \"p.wasm\", " + sizes + "}]", "the name 'nbody' is used twice"},
        };
        return Stream.of(cases).map(c -> DynamicTest.dynamicTest((String) c[1], () -> {
            String real = (String) c[0];
            String message;
            if (real.startsWith("{\"real\"")) {
                Files.writeString(folder.resolve("manifest.json"), "{\"hello\": {\"source\": \"h.c\", \"command\": \"h.wasm\", \"stdout\": \"\"},"
                        + " \"workloads\": [], \"real\": 1}");
                message = assertThrows(IllegalArgumentException.class, () -> Manifest.read(folder)).getMessage();
            } else {
                message = assertThrows(IllegalArgumentException.class, () -> manifest(real)).getMessage();
            }
            assertTrue(message.startsWith(folder.resolve("manifest.json").toString()), message);
            assertTrue(message.contains((String) c[1]), message);
            assertFalse(message.contains("\n"), "one line: " + message);
        }));
    }

    /** Validation of one run: (stdout, exit) against the manifest's answer. */
    @TestFactory
    Stream<DynamicTest> validationChecksExitStatusAndEveryByteOfStdout() {
        String out = "speedtest1 ok\n";
        RealProgram.Size size = new RealProgram.Size("quick", List.of("p"), digest(out).sha256(), 0);
        Object[][] cases = {
                {out, 0, null},
                {out, 1, "exit status 1, expected 0 (stdout began \"speedtest1 ok\\n\")"},
                {"speedtest1 ok", 0, "stdout sha256 "},
                {out + "\n", 0, "(15 bytes, began \"speedtest1 ok\\n\\n\")"},
                {"", 0, "(0 bytes, began \"\")"},
        };
        return Stream.of(cases).map(c -> DynamicTest.dynamicTest(c[0] + " exit " + c[1], () -> {
            Validation.Verdict v = Validation.real(size, digest((String) c[0]), (Integer) c[1]);
            assertEquals(c[2] == null, v.validated(), v.reason());
            if (c[2] != null) assertTrue(v.reason().contains((String) c[2]), v.reason());
        }));
    }

    @Test
    void aReportIsValidatedRoundByRound() {
        String out = "ok\n";
        StdoutDigest d = digest(out);
        RealProgram.Size size = new RealProgram.Size("quick", List.of("p"), d.sha256(), 0);
        RunReport.Round good = new RunReport.Round(List.of(), List.of(new RunReport.CallResult("_start", List.of(), 5, 0)), out, d.sha256(), 3);
        RunReport.Round exited = new RunReport.Round(List.of(), List.of(new RunReport.CallResult("_start", List.of(), 5, 2)), out, d.sha256(), 3);
        assertTrue(Validation.real(size, new RunReport(List.of(good, good))).validated());
        assertEquals("exit status 2, expected 0 (stdout began \"ok\\n\")", Validation.real(size, new RunReport(List.of(good, exited))).reason());
        assertEquals("a round made 0 _start calls, not 1",
                Validation.real(size, new RunReport(List.of(new RunReport.Round(List.of(), List.of(), "")))).reason());
        assertEquals("no round ran", Validation.real(size, new RunReport(List.of())).reason());
    }

    @Test
    void theDigestIsSha256OfTheBytesWritten() throws IOException {
        // sha256("abc") from FIPS 180-2's example
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", digest("abc").sha256());
        Path file = folder.resolve("out");
        Files.writeString(file, "abc");
        assertEquals(digest("abc").sha256(), StdoutDigest.of(file).sha256());
        assertEquals(3, StdoutDigest.of(file).bytes());
    }

    private static StdoutDigest digest(String text) {
        StdoutDigest d = new StdoutDigest();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        d.write(bytes, 0, bytes.length);
        return d;
    }
}
