package dev.tandem.truffle.lower;

/**
 * One module-defined function in the form the interpreter runs, shared by every instance of the
 * module (it holds no instance state).
 *
 * <p>Frame layout: slots {@code [0, localCount)} are the locals (parameters first), slots
 * {@code [localCount, frameSize)} the operand stack. An operand at stack height {@code h} (as the
 * validator counts it, from 0) is in slot {@code localCount + h}, so every stack pointer in
 * {@link #code()} is an absolute slot index.
 *
 * @param functionIndex index in the module's function index space
 * @param localKinds    {@link ValueKind} of every local, parameters first
 * @param frameSize     locals plus the maximum operand-stack height
 * @param code          the lowered code (see {@link Op})
 * @param constants     values too large for an int immediate ({@code v128.const}, shuffle lanes)
 * @param opaqueBits    float constants hidden from the compiler ({@link Op#OPAQUE_CONST})
 * @param profileCount  ints of branch profile the code uses ({@code if}, {@code br_if})
 * @param callSiteCount call sites ({@code call}, {@code call_indirect}), numbered from 0
 */
public record LoweredFunction(int functionIndex, int[] localKinds, int frameSize, int[] code, Object[] constants,
                              long[] opaqueBits,
                              int profileCount, int callSiteCount) {

    public int localCount() {
        return localKinds.length;
    }
}
