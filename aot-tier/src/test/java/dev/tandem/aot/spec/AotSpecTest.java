package dev.tandem.aot.spec;

import dev.tandem.aot.AotTier;
import dev.tandem.conformance.junit.SpecTestFactory;
import dev.tandem.conformance.runtime.RuntimeSpecTier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The whole spec suite on the AOT tier, compiling each module in memory. */
class AotSpecTest {

    @TestFactory
    Stream<DynamicNode> spec() {
        return SpecTestFactory.suite(new RuntimeSpecTier("aot", AotTier::new));
    }
}
