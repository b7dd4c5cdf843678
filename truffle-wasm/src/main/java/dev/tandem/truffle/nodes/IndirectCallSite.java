package dev.tandem.truffle.nodes;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import dev.tandem.runtime.FunctionRef;
import dev.tandem.truffle.TruffleFunctionCode;
import dev.tandem.truffle.WasmLanguage;

/**
 * The call of one {@code call_indirect} site, after the table lookup and type check
 * ({@link dev.tandem.runtime.Table#functionForCall}, an int comparison of type ids).
 *
 * <p>A monomorphic inline cache: while the site has only ever called one function, it calls it
 * through a {@link DirectCallNode}, which Truffle can inline like a direct call; the identity test
 * against the cached function is all that remains of the indirection. A second function turns the
 * site generic for good: an {@link IndirectCallNode} for Truffle code, the generic path otherwise.
 */
final class IndirectCallSite extends Node {

    private final WasmLanguage language;
    @CompilationFinal private FunctionRef cached;
    @Child private DirectCallNode cachedCall;
    @CompilationFinal private boolean generic;
    @Child private IndirectCallNode indirect;

    IndirectCallSite(WasmLanguage language) {
        this.language = language;
    }

    Object call(FunctionRef function, int resultCount, Object[] args) {
        if (!generic) {
            if (function == cached) {
                return cachedCall != null ? cachedCall.call(args)
                        : ForeignCallNode.invoke(function.code(), resultCount, args);
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            specialize(function);
            return call(function, resultCount, args);
        }
        CallTarget target = TruffleFunctionCode.targetFor(function, language);
        return target != null ? indirect.call(target, args) : ForeignCallNode.invoke(function.code(), resultCount, args);
    }

    private void specialize(FunctionRef function) {
        if (cached == null) {
            CallTarget target = TruffleFunctionCode.targetFor(function, language);
            cachedCall = target == null ? null : insert(DirectCallNode.create(target));
            cached = function;
        } else {
            generic = true;
            cachedCall = null;
            indirect = insert(IndirectCallNode.create());
        }
    }
}
