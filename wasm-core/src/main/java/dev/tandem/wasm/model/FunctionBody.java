package dev.tandem.wasm.model;

import java.util.List;

/**
 * The code of one module-defined function.
 *
 * @param locals    the declared locals (not the parameters), one entry per local; the decoder gives a
 *                  {@link LocalTypes}, which stores them as runs so that memory stays proportional to the input
 * @param bytes     the module's bytes (shared, never modified)
 * @param codeStart offset of the first instruction (after the local declarations)
 * @param codeEnd   offset just past the function's final {@code end}
 * @param bodyStart offset of the body's size field in the code section (for unwind info offsets)
 */
public record FunctionBody(List<ValType> locals, byte[] bytes, int codeStart, int codeEnd, int bodyStart) {

    public FunctionBody {
        locals = LocalTypes.copyOf(locals);
    }
}
