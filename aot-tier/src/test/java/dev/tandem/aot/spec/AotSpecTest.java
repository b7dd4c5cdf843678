package dev.tandem.aot.spec;

import dev.tandem.aot.conformance.AotSpecTier;
import dev.tandem.conformance.junit.SpecTestFactory;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The whole spec suite on the AOT tier, compiling each module in memory. */
class AotSpecTest {

    @TestFactory
    Stream<DynamicNode> spec() {
        return SpecTestFactory.suite(new AotSpecTier());
    }
}
