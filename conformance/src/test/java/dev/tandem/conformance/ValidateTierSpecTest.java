package dev.tandem.conformance;

import dev.tandem.conformance.junit.SpecTestFactory;
import dev.tandem.conformance.validate.ValidateTier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The Wasm 2.0 spec suite on the validate tier: every module must decode and validate, every
 * binary assert_malformed and assert_invalid must be rejected with the suite's text.
 */
class ValidateTierSpecTest {

    @TestFactory
    Stream<DynamicNode> spec() {
        return SpecTestFactory.suite(new ValidateTier());
    }
}
