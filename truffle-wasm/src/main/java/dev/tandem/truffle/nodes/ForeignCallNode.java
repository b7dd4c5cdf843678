package dev.tandem.truffle.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import dev.tandem.runtime.FunctionCode;

/**
 * A call to a function that is not Truffle code of this context: a host function, or another
 * tier's function. It goes through the runtime's generic {@link FunctionCode#invoke} behind a
 * boundary; exceptions the callee throws (a host's) pass through unchanged.
 */
final class ForeignCallNode extends Node {

    private final FunctionCode code;
    private final int resultCount;

    ForeignCallNode(FunctionCode code, int resultCount) {
        this.code = code;
        this.resultCount = resultCount;
    }

    Object call(Object[] args) {
        return invoke(code, resultCount, args);
    }

    /** Calls {@code code} and returns its results in the internal convention (see {@link Boxing}). */
    @TruffleBoundary(transferToInterpreterOnException = false)
    static Object invoke(FunctionCode code, int resultCount, Object[] args) {
        Object[] results = code.invoke(args);
        return resultCount == 0 ? null : resultCount == 1 ? results[0] : results;
    }
}
