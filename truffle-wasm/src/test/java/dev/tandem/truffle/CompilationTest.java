package dev.tandem.truffle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.ByteSequence;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proves that Graal compiles Wasm code: through Truffle's normal tiers for a hot function, and by
 * on-stack replacement for a long loop in a function called once. The evidence is Truffle's own
 * compilation trace ({@code engine.TraceCompilation}), captured through the context's log handler.
 */
class CompilationTest {

    private static final long SUM_SQUARES_1000 = 332_833_500L;

    @BeforeEach
    void needsTheCompiler() {
        Assumptions.assumeTrue(TruffleTier.compilerAvailable(),
                "no Graal compiler in this JVM: run with the JVMCI flags of truffle-wasm/pom.xml (surefire's argLine has them)");
    }

    /** Runs {@code calls} calls of sum_squares(n) and returns the compilation trace. */
    private static String trace(int calls, int n, long expected) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder(WasmLanguage.ID).allowExperimentalOptions(true)
                .option("engine.TraceCompilation", "true")
                .option("engine.BackgroundCompilation", "false")
                .option("engine.CompilationFailureAction", "Throw")
                .logHandler(log).build()) {
            Value module = context.eval(Source.newBuilder(WasmLanguage.ID, ByteSequence.create(TestModules.bytes("loop")),
                    "loop.wasm").buildLiteral());
            Value sum = module.execute().getMember("sum_squares");
            for (int i = 0; i < calls; i++) {
                assertEquals(expected, sum.execute(n).asLong());
            }
        }
        return log.toString(StandardCharsets.UTF_8);
    }

    private static List<String> compiled(String trace) {
        return trace.lines().filter(line -> line.contains("opt done")).toList();
    }

    @Test
    void hotFunctionIsCompiled() {
        String trace = trace(5000, 1000, SUM_SQUARES_1000);
        assertTrue(compiled(trace).stream().anyMatch(line -> line.contains("sum_squares") && !line.contains("OSR")), trace);
    }

    @Test
    void longLoopIsCompiledByOnStackReplacement() {
        String trace = trace(1, 3_000_000, 8_999_995_500_000_500_000L);
        assertTrue(compiled(trace).stream().anyMatch(line -> line.contains("sum_squares") && line.contains("OSR")), trace);
    }
}
