package dev.tandem.aot.rt;

import dev.tandem.runtime.Global;
import dev.tandem.wasm.numeric.V128;

/**
 * {@code global.set} with the operands in stack order (value, then the global), which spares the
 * generated code a stack shuffle around two-slot values. {@code global.get} calls the
 * {@link Global}'s own getters.
 */
public final class GlobalAccess {

    private GlobalAccess() {
    }

    public static void setI32(int value, Global g) {
        g.setI32(value);
    }

    public static void setI64(long value, Global g) {
        g.setI64(value);
    }

    public static void setF32(float value, Global g) {
        g.setF32(value);
    }

    public static void setF64(double value, Global g) {
        g.setF64(value);
    }

    public static void setV128(V128 value, Global g) {
        g.setV128(value);
    }

    public static void setRef(Object value, Global g) {
        g.setRef(value);
    }
}
