package dev.tandem.aot.spec;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.conformance.engine.Tiers;
import org.junit.jupiter.api.Test;

/** The CLI and the conformance runner find the AOT tier by name through the ServiceLoader, with no code of theirs. */
class AotSpecTierTest {

    @Test
    void theServiceLoaderFindsTierAot() {
        assertTrue(Tiers.find("aot").isPresent(), "tiers on the classpath: " + Tiers.names());
        assertTrue(Tiers.find("aot").get().executes());
    }
}
