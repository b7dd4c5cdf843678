package dev.tandem.aot.spec;

import dev.tandem.aot.AotOptions;
import dev.tandem.aot.AotTier;
import dev.tandem.conformance.runtime.RuntimeSpecTier;
import dev.tandem.conformance.junit.SpecTestFactory;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole spec suite with a method budget of 16 bytes and no unwind info: every function of more
 * than a few instructions is split into chunks, so each chunk protocol path (stack and locals through
 * the spill frame, branch exits to every kind of label, returns, traps, nested chunks) runs against
 * the suite's expectations, not just the huge functions that need it in practice.
 */
class AotSplitSpecTest {

    @TestFactory
    Stream<DynamicNode> specWithEveryFunctionSplit() {
        return SpecTestFactory.suite(new RuntimeSpecTier("aot",
                () -> new AotTier(AotOptions.defaults().withMethodLimit(16).withUnwindInfo(false))));
    }
}
