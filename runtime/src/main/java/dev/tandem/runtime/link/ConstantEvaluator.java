package dev.tandem.runtime.link;

import dev.tandem.runtime.Instance;
import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.code.CodeReader;
import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.model.ConstExpr;
import dev.tandem.wasm.numeric.V128;

/**
 * Evaluates a validated constant expression against an instance under construction. In Wasm 2.0
 * such an expression is one instruction: {@code t.const}, {@code ref.null}, {@code ref.func x} or
 * {@code global.get x}. Results are boxed as {@link dev.tandem.runtime.BoxedValues} describes.
 */
final class ConstantEvaluator {

    private ConstantEvaluator() {
    }

    static Object evaluate(ConstExpr expr, Instance instance) {
        CodeReader reader = new CodeReader(expr.code(), expr.start(), expr.end(), true);
        try {
            int opcode = reader.next();
            return switch (opcode) {
                case Opcodes.I32_CONST -> reader.i32();
                case Opcodes.I64_CONST -> reader.i64();
                case Opcodes.F32_CONST -> Float.intBitsToFloat(reader.f32Bits());
                case Opcodes.F64_CONST -> Double.longBitsToDouble(reader.f64Bits());
                case Opcodes.V128_CONST -> new V128(reader.v128Lo(), reader.v128Hi());
                case Opcodes.REF_NULL -> null;
                case Opcodes.REF_FUNC -> instance.function(reader.index());
                case Opcodes.GLOBAL_GET -> instance.global(reader.index()).get();
                default -> throw new IllegalStateException("not a constant instruction: " + Opcodes.name(opcode)
                        + " at byte 0x" + Integer.toHexString(reader.instructionOffset()));
            };
        } catch (ModuleException e) {
            // The validator has read this expression already; failing here is a bug, not bad input.
            throw new IllegalStateException("constant expression unreadable after validation: " + e.getMessage(), e);
        }
    }

    /** An i32 constant expression (a segment offset). */
    static int evaluateI32(ConstExpr expr, Instance instance) {
        return (Integer) evaluate(expr, instance);
    }
}
