package dev.tandem.truffle;

import com.oracle.truffle.api.TruffleContext;
import org.graalvm.polyglot.Context;

/**
 * How Java code outside Truffle (the runtime API's callers, the instantiator running a start
 * function) enters the context a module's code belongs to before calling into it. Entering is
 * re-entrant: code already inside the context enters again and leaves again.
 */
interface EntryGate {

    /** Enters the context on this thread; returns what {@link #leave} needs. */
    Object enter();

    void leave(Object previous);

    /** A context the tier created and owns (the runtime API's {@link TruffleTier}). */
    static EntryGate of(Context context) {
        return new EntryGate() {
            @Override
            public Object enter() {
                context.enter();
                return null;
            }

            @Override
            public void leave(Object previous) {
                context.leave();
            }
        };
    }

    /** The context an embedder created through the Polyglot API. */
    static EntryGate of(TruffleContext context) {
        return new EntryGate() {
            @Override
            public Object enter() {
                return context.enter(null);
            }

            @Override
            public void leave(Object previous) {
                context.leave(null, previous);
            }
        };
    }
}
