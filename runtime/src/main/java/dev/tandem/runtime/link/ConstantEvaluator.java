package dev.tandem.runtime.link;

import dev.tandem.runtime.Instance;
import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.numeric.V128;
import dev.tandem.wasm.validate.ConstInstr;

/**
 * Evaluates a validated constant expression (the validator's decoded {@link ConstInstr}) against an
 * instance under construction. In Wasm 2.0 such an expression is one instruction: {@code t.const},
 * {@code ref.null}, {@code ref.func x} or {@code global.get x}. Results are boxed as
 * {@link dev.tandem.runtime.BoxedValues} describes; float constants keep their bits.
 */
final class ConstantEvaluator {

    private ConstantEvaluator() {
    }

    static Object evaluate(ConstInstr instr, Instance instance) {
        return switch (instr.opcode()) {
            case Opcodes.I32_CONST -> (int) instr.bits();
            case Opcodes.I64_CONST -> instr.bits();
            case Opcodes.F32_CONST -> Float.intBitsToFloat((int) instr.bits());
            case Opcodes.F64_CONST -> Double.longBitsToDouble(instr.bits());
            case Opcodes.V128_CONST -> new V128(instr.bits(), instr.bitsHi());
            case Opcodes.REF_NULL -> null;
            case Opcodes.REF_FUNC -> instance.function(instr.index());
            case Opcodes.GLOBAL_GET -> instance.global(instr.index()).get();
            default -> throw new IllegalStateException("not a constant instruction after validation: " + instr);
        };
    }

    /** An i32 constant expression (a segment offset). */
    static int evaluateI32(ConstInstr instr, Instance instance) {
        return (Integer) evaluate(instr, instance);
    }
}
