package dev.tandem.wasm.validate;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.code.CodeReader;
import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.model.ConstExpr;
import dev.tandem.wasm.model.GlobalType;
import dev.tandem.wasm.model.Module;
import dev.tandem.wasm.model.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates constant expressions (global initializers, segment offsets, element items) and decodes
 * each into its one {@link ConstInstr}.
 *
 * <p>Wasm 2.0 rules: only {@code t.const}, {@code ref.null}, {@code ref.func} and
 * {@code global.get} are constant, and {@code global.get} only of an immutable global; the context
 * holds only the imported globals, so naming a module-defined global is "unknown global" (the
 * suite's global.wast, data.wast and elem.wast test this). As in the reference interpreter,
 * constness is checked for every instruction before the types are.
 */
final class ConstExprValidator {

    private final Module module;

    ConstExprValidator(Module module) {
        this.module = module;
    }

    /** Validates {@code expr} as producing one {@code expected}; {@code where} names it in errors. */
    ConstInstr validate(ConstExpr expr, ValType expected, String where) throws ModuleException {
        CodeReader reader = new CodeReader(expr.code(), expr.start(), expr.end(), true);
        List<ConstInstr> instructions = new ArrayList<>(1);
        List<Integer> offsets = new ArrayList<>(1);
        while (reader.depth() > 0 && reader.hasNext()) {
            int op = reader.next();
            if (op == Opcodes.END) {
                continue;
            }
            instructions.add(constant(reader, op, where));
            offsets.add(reader.instructionOffset());
        }
        for (int i = 0; i < instructions.size(); i++) {
            ConstInstr instruction = instructions.get(i);
            if (instruction.opcode() == Opcodes.REF_FUNC) {
                ModuleContext.check(instruction.index(), module.functionCount(), "function", offsets.get(i));
            }
        }
        if (instructions.size() != 1 || instructions.get(0).type() != expected) {
            throw ModuleException.invalid("type mismatch", where + " must produce one " + expected + ", produces "
                    + instructions.stream().map(c -> c.type().toString()).toList(), expr.start());
        }
        return instructions.get(0);
    }

    private ConstInstr constant(CodeReader reader, int op, String where) throws ModuleException {
        return switch (op) {
            case Opcodes.I32_CONST -> new ConstInstr(op, ValType.I32, reader.i32() & 0xFFFF_FFFFL, 0, -1);
            case Opcodes.I64_CONST -> new ConstInstr(op, ValType.I64, reader.i64(), 0, -1);
            case Opcodes.F32_CONST -> new ConstInstr(op, ValType.F32, reader.f32Bits() & 0xFFFF_FFFFL, 0, -1);
            case Opcodes.F64_CONST -> new ConstInstr(op, ValType.F64, reader.f64Bits(), 0, -1);
            case Opcodes.V128_CONST -> new ConstInstr(op, ValType.V128, reader.v128Lo(), reader.v128Hi(), -1);
            case Opcodes.REF_NULL -> new ConstInstr(op, reader.refType(), 0, 0, -1);
            case Opcodes.REF_FUNC -> new ConstInstr(op, ValType.FUNCREF, 0, 0, reader.index());
            case Opcodes.GLOBAL_GET -> {
                int global = ModuleContext.check(reader.index(), module.importedGlobalCount(), "global",
                        "constant expressions see only the " + module.importedGlobalCount() + " imported globals",
                        reader.instructionOffset());
                GlobalType type = module.globalType(global);
                if (type.mutable()) {
                    throw ModuleException.invalid("constant expression required",
                            "global.get of mutable global " + global + " in " + where, reader.instructionOffset());
                }
                yield new ConstInstr(op, type.type(), 0, 0, global);
            }
            default -> throw ModuleException.invalid("constant expression required",
                    Opcodes.name(op) + " in " + where, reader.instructionOffset());
        };
    }
}
