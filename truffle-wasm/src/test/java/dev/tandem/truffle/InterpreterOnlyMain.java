package dev.tandem.truffle;

import dev.tandem.runtime.Imports;
import dev.tandem.runtime.LinkException;

/** Run by {@link FallbackRuntimeTest} in a JVM without JVMCI: two tiers, one sum each, results on stdout. */
public final class InterpreterOnlyMain {

    private InterpreterOnlyMain() {
    }

    public static void main(String[] args) throws LinkException {
        for (int i = 0; i < 2; i++) {
            try (TruffleTier tier = new TruffleTier()) {
                Object[] result = tier.compile(TestModules.load("loop")).instantiate(Imports.none())
                        .function("sum_squares").call(1000);
                System.out.println(result[0]);
            }
        }
    }
}
