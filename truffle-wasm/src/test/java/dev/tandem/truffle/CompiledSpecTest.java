package dev.tandem.truffle;

import dev.tandem.conformance.junit.SpecTestFactory;
import dev.tandem.conformance.run.SkipList;
import dev.tandem.conformance.runtime.RuntimeSpecTier;
import dev.tandem.spec.junit.SpecSuiteTests;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks compiled code, not only the interpreter, against the spec: numeric, conversion,
 * control-flow, call, call_indirect, memory and SIMD spec files with every function compiled by
 * Graal before its first run ({@code engine.CompileImmediately}, in the calling thread). A
 * compilation that fails (a partial-evaluation bug) fails the test ({@code CompilationFailureAction=Throw}).
 * {@code mvn test -Pcompiled-spec} runs all 146 files this way.
 */
class CompiledSpecTest {

    static final Map<String, String> COMPILE_FIRST = Map.of(
            "engine.CompileImmediately", "true",
            "engine.BackgroundCompilation", "false",
            "engine.CompilationFailureAction", "Throw");

    private static final List<String> FILES = List.of(
            "i32.json", "i64.json", "f32.json", "f64.json", "conversions.json", "float_exprs.json",
            "br_table.json", "loop.json", "if.json", "call.json", "call_indirect.json",
            "address.json", "memory_grow.json", "load.json", "store.json",
            "simd_i32x4_arith.json", "simd_f32x4_arith.json", "simd_lane.json", "simd_load.json");

    @TestFactory
    Stream<DynamicNode> compiledSubset() {
        Assumptions.assumeTrue(TruffleTier.compilerAvailable(),
                "no Graal compiler in this JVM: run with the JVMCI flags of truffle-wasm/pom.xml (surefire's argLine has them)");
        RuntimeSpecTier tier = new RuntimeSpecTier(TruffleTier.NAME, () -> new TruffleTier(COMPILE_FIRST));
        return SpecSuiteTests.forSuite(dir -> FILES.stream()
                .flatMap(file -> SpecTestFactory.files(tier, SkipList.builtIn(), dir.resolve(file))));
    }
}
