package dev.tandem.truffle;

import dev.tandem.conformance.junit.SpecTestFactory;
import dev.tandem.conformance.runtime.RuntimeSpecTier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The tier's main test: the whole Wasm 2.0 spec suite, one dynamic test per command, as Truffle runs it by default. */
class SpecSuiteTest {

    @TestFactory
    Stream<DynamicNode> spec() {
        return SpecTestFactory.suite(new RuntimeSpecTier(TruffleTier.NAME, TruffleTier::new));
    }
}
