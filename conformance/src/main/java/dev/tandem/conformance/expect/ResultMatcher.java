package dev.tandem.conformance.expect;

import dev.tandem.conformance.engine.WasmValue;
import java.util.ArrayList;
import java.util.List;

/** Compares the results of a call with what an {@code assert_return} expects, per the suite's rules. */
public final class ResultMatcher {

    private ResultMatcher() {
    }

    /** Null when {@code actual} satisfies {@code expected}; otherwise "expected [...], got [...]". */
    public static String mismatch(List<Expected> expected, List<WasmValue> actual) {
        boolean same = expected.size() == actual.size();
        for (int i = 0; same && i < expected.size(); i++) {
            same = expected.get(i).matches(actual.get(i));
        }
        if (same) {
            return null;
        }
        List<String> got = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            // Print a v128 the way it was expected (lanes), so the differing lane is visible.
            if (i < expected.size() && expected.get(i) instanceof Expected.Lanes lanes) {
                got.add(lanes.describe(actual.get(i)));
            } else {
                got.add(actual.get(i).toString());
            }
        }
        return "expected " + expected + ", got " + got;
    }
}
