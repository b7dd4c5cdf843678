package dev.tandem.wasm.validate;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.code.CodeReader;
import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.model.FunctionBody;
import java.util.BitSet;

/**
 * Renders a validated module's function facts as text, walking each body the way a tier does: a
 * {@link CodeReader} over the code and a record cursor that advances at every control instruction.
 * The walk itself checks the cursor protocol (each record's pc is the instruction's) and that every
 * target is an instruction boundary (or the end of the code) whose record cursor counts exactly
 * the records before it.
 */
final class FunctionFactsDump {

    private FunctionFactsDump() {
    }

    static String render(ValidatedModule validated) throws ModuleException {
        StringBuilder out = new StringBuilder();
        for (FunctionFacts facts : validated.definedFunctionFacts()) {
            int defined = facts.functionIndex() - validated.module().importedFunctionCount();
            FunctionBody body = validated.module().codes().get(defined);
            out.append("func ").append(facts.functionIndex()).append(' ').append(facts.type())
                    .append(", locals ").append(facts.localTypes())
                    .append(", max stack ").append(facts.maxStackHeight()).append('\n');
            CodeReader code = new CodeReader(body.bytes(), body.codeStart(), body.codeEnd(), true);
            int cursor = 0;
            BitSet boundaries = new BitSet();
            boundaries.set(body.codeEnd());
            while (code.hasNext()) {
                int op = code.next();
                boundaries.set(code.instructionOffset());
                out.append(String.format("  %04x %s", code.instructionOffset(), Opcodes.name(op)));
                if (op == Opcodes.BLOCK || op == Opcodes.LOOP || op == Opcodes.IF) {
                    out.append(' ').append(validated.blockType(code.blockType()));
                }
                int records = switch (op) {
                    case Opcodes.BLOCK, Opcodes.LOOP, Opcodes.IF, Opcodes.ELSE, Opcodes.BR, Opcodes.BR_IF -> 1;
                    case Opcodes.BR_TABLE -> code.brTable().length;
                    default -> 0;
                };
                for (int i = 0; i < records; i++, cursor++) {
                    if (facts.pc(cursor) != code.instructionOffset()) {
                        throw new AssertionError("record " + cursor + " has pc " + facts.pc(cursor)
                                + ", the instruction is at " + code.instructionOffset());
                    }
                    out.append(String.format("%n       #%d -> %04x #%d, arity %d, height %d", cursor,
                            facts.targetPc(cursor), facts.targetRecord(cursor), facts.arity(cursor),
                            facts.targetHeight(cursor)));
                }
                out.append('\n');
            }
            if (cursor != facts.recordCount()) {
                throw new AssertionError(facts.recordCount() + " records, the walk used " + cursor);
            }
            checkTargets(facts, boundaries);
        }
        return out.toString();
    }

    private static void checkTargets(FunctionFacts facts, BitSet boundaries) {
        for (int r = 0; r < facts.recordCount(); r++) {
            int target = facts.targetPc(r);
            if (!boundaries.get(target)) {
                throw new AssertionError("func " + facts.functionIndex() + " record " + r + " targets "
                        + Integer.toHexString(target) + ", which is no instruction");
            }
            int before = 0;
            while (before < facts.recordCount() && facts.pc(before) < target) {
                before++;
            }
            if (facts.targetRecord(r) != before) {
                throw new AssertionError("func " + facts.functionIndex() + " record " + r + " resumes at record "
                        + facts.targetRecord(r) + ", but " + before + " records precede its target");
            }
            if (facts.targetHeight(r) + facts.arity(r) > facts.maxStackHeight()) {
                throw new AssertionError("func " + facts.functionIndex() + " record " + r + " height "
                        + facts.targetHeight(r) + " + arity " + facts.arity(r) + " above the max stack");
            }
        }
    }
}
