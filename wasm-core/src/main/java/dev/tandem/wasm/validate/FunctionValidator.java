package dev.tandem.wasm.validate;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.code.CodeReader;
import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.FunctionBody;
import dev.tandem.wasm.model.Module;
import dev.tandem.wasm.model.ValType;
import java.util.Arrays;
import java.util.List;

/**
 * Type-checks function bodies with the spec's validation algorithm (appendix "Validation
 * Algorithm": an operand stack of value types that may hold "unknown", and a control stack of
 * frames that become stack-polymorphic after {@code unreachable}, {@code br}, {@code br_table}
 * and {@code return}), and records each function's {@link FunctionFacts} on the way.
 *
 * <p>One instance validates all functions of a module, reusing its stacks. Value types are ints
 * here ({@code ValType.ordinal() + 1}, 0 for unknown) so that the stacks are plain int arrays.
 */
final class FunctionValidator {

    static final int UNKNOWN = 0;
    static final int I32 = 1;
    static final int I64 = 2;
    static final int F32 = 3;
    static final int F64 = 4;
    static final int V128 = 5;

    private static final ValType[] VAL_TYPES = ValType.values();
    private static final int[] NONE = {};

    private final ModuleContext context;
    private final Module module;
    private final SideTableBuilder sideTable = new SideTableBuilder();
    private final ControlStack ctrl = new ControlStack();

    private int[] vals = new int[64];
    private int height;
    private int maxHeight;
    // The current function's locals: parameters, then the declared ones, kept as the body holds them
    // (runs, not expanded) so that validation time follows the code's size, not the locals' count.
    private int[] params = NONE;
    private List<ValType> declaredLocals = List.of();
    private long localCount;
    private CodeReader reader;
    private int op;

    FunctionValidator(ModuleContext context) {
        this.context = context;
        this.module = context.module();
    }

    static int code(ValType type) {
        return type.ordinal() + 1;
    }

    static String typeName(int code) {
        return code == UNKNOWN ? "unknown" : VAL_TYPES[code - 1].toString();
    }

    /** Validates the module's {@code defined}-th own function. */
    FunctionFacts validate(int defined) throws ModuleException {
        FunctionBody body = module.codes().get(defined);
        int functionIndex = module.importedFunctionCount() + defined;
        int typeIndex = module.functionTypeIndex(functionIndex);
        FuncType type = module.types().get(typeIndex);
        params = context.params(typeIndex);
        declaredLocals = body.locals();
        localCount = (long) params.length + declaredLocals.size();
        height = 0;
        maxHeight = 0;
        sideTable.reset();
        ctrl.reset();
        ctrl.push(Opcodes.BLOCK, NONE, context.results(typeIndex), 0);
        reader = new CodeReader(body.bytes(), body.codeStart(), body.codeEnd(), module.dataCount() >= 0);
        while (ctrl.size() > 0) {
            if (!reader.hasNext()) {
                throw ModuleException.malformed("unexpected end of section or function",
                        "function " + functionIndex + " has no final end", reader.pc());
            }
            op = reader.next();
            step();
        }
        if (reader.hasNext()) {
            throw ModuleException.malformed("section size mismatch",
                    "code after the final end of function " + functionIndex, reader.pc());
        }
        return new FunctionFacts(functionIndex, type, declaredLocals, maxHeight, sideTable.toArray());
    }

    private void step() throws ModuleException {
        switch (op) {
            case Opcodes.UNREACHABLE -> setUnreachable();
            case Opcodes.NOP -> {
            }
            case Opcodes.BLOCK, Opcodes.LOOP, Opcodes.IF -> enterBlock();
            case Opcodes.ELSE -> enterElse();
            case Opcodes.END -> exitBlock();
            case Opcodes.BR -> {
                int frame = label(reader.index());
                popAll(ctrl.labelTypes(frame));
                branchRecord(frame);
                setUnreachable();
            }
            case Opcodes.BR_IF -> {
                int frame = label(reader.index());
                pop(I32);
                int[] types = ctrl.labelTypes(frame);
                popAll(types);
                pushAll(types);
                branchRecord(frame);
            }
            case Opcodes.BR_TABLE -> brTable();
            case Opcodes.RETURN -> {
                popAll(ctrl.results(0));
                setUnreachable();
            }
            case Opcodes.CALL -> {
                int typeIndex = module.functionTypeIndex(context.function(reader.index(), reader.instructionOffset()));
                popAll(context.params(typeIndex));
                pushAll(context.results(typeIndex));
            }
            case Opcodes.CALL_INDIRECT -> {
                int table = context.table(reader.index2(), reader.instructionOffset());
                int typeIndex = context.type(reader.index(), reader.instructionOffset());
                if (context.tableElementType(table) != ValType.FUNCREF) {
                    throw mismatch("call_indirect needs a table of funcref, table " + table + " holds "
                            + context.tableElementType(table));
                }
                pop(I32);
                popAll(context.params(typeIndex));
                pushAll(context.results(typeIndex));
            }
            case Opcodes.DROP -> pop(UNKNOWN);
            case Opcodes.SELECT -> select();
            case Opcodes.SELECT_T -> {
                ValType[] types = reader.selectTypes();
                if (types.length != 1) {
                    throw invalid("invalid result arity", "typed select needs exactly one type, has " + types.length);
                }
                int type = code(types[0]);
                pop(I32);
                pop(type);
                pop(type);
                push(type);
            }
            case Opcodes.LOCAL_GET -> push(local(reader.index()));
            case Opcodes.LOCAL_SET -> pop(local(reader.index()));
            case Opcodes.LOCAL_TEE -> {
                int type = local(reader.index());
                pop(type);
                push(type);
            }
            case Opcodes.GLOBAL_GET -> {
                int global = context.global(reader.index(), reader.instructionOffset());
                push(code(module.globalType(global).type()));
            }
            case Opcodes.GLOBAL_SET -> {
                int global = context.global(reader.index(), reader.instructionOffset());
                if (!module.globalType(global).mutable()) {
                    throw invalid("global is immutable", "global.set " + global);
                }
                pop(code(module.globalType(global).type()));
            }
            case Opcodes.REF_NULL -> push(code(reader.refType()));
            case Opcodes.REF_IS_NULL -> {
                int type = pop(UNKNOWN);
                if (type != UNKNOWN && !VAL_TYPES[type - 1].isReference()) {
                    throw mismatch("ref.is_null needs a reference, got " + typeName(type));
                }
                push(I32);
            }
            case Opcodes.REF_FUNC -> {
                int function = context.function(reader.index(), reader.instructionOffset());
                if (!context.isDeclaredReference(function)) {
                    throw invalid("undeclared function reference", "ref.func " + function
                            + " in a function body needs the function in an element segment, export or global");
                }
                push(code(ValType.FUNCREF));
            }
            default -> {
                if (!TableAndMemoryTyping.step(this, context, reader, op)) {
                    fixedSignature();
                }
            }
        }
    }

    private void fixedSignature() throws ModuleException {
        int signature = InstructionSignatures.of(op);
        if (signature == 0) {
            throw new IllegalStateException("no typing rule for " + Opcodes.name(op));
        }
        int natural = InstructionSignatures.naturalAlignment(op);
        if (natural >= 0) {
            context.memory(0, reader.instructionOffset());
            if (Integer.compareUnsigned(reader.alignLog2(), natural) > 0) {
                throw invalid("alignment must not be larger than natural", Opcodes.name(op) + " alignment 2^"
                        + Integer.toUnsignedString(reader.alignLog2()) + ", at most 2^" + natural);
            }
        }
        int lanes = InstructionSignatures.laneCount(op);
        if (lanes > 0 && reader.lane() >= lanes) {
            throw invalid("invalid lane index", Opcodes.name(op) + " lane " + reader.lane() + " of " + lanes);
        }
        if (op == Opcodes.I8X16_SHUFFLE) {
            for (byte lane : reader.shuffle()) {
                if ((lane & 0xFF) >= 32) {
                    throw invalid("invalid lane index", "i8x16.shuffle lane " + (lane & 0xFF) + " of 32");
                }
            }
        }
        for (int i = InstructionSignatures.paramCount(signature) - 1; i >= 0; i--) {
            pop(InstructionSignatures.param(signature, i));
        }
        int result = InstructionSignatures.result(signature);
        if (result != UNKNOWN) {
            push(result);
        }
    }

    private void select() throws ModuleException {
        pop(I32);
        int t1 = pop(UNKNOWN);
        int t2 = pop(UNKNOWN);
        boolean numeric = isNumeric(t1) && isNumeric(t2);
        boolean vector = (t1 == V128 || t1 == UNKNOWN) && (t2 == V128 || t2 == UNKNOWN);
        if (!numeric && !vector) {
            throw mismatch("select without types needs numeric or vector operands, got "
                    + typeName(t2) + " and " + typeName(t1));
        }
        if (t1 != t2 && t1 != UNKNOWN && t2 != UNKNOWN) {
            throw mismatch("select operands differ: " + typeName(t2) + " and " + typeName(t1));
        }
        push(t1 == UNKNOWN ? t2 : t1);
    }

    private static boolean isNumeric(int type) {
        return type == UNKNOWN || (type >= I32 && type <= F64);
    }

    // Control instructions and the side table.

    private void enterBlock() throws ModuleException {
        int blockType = reader.blockType();
        int[] params;
        int[] results;
        if (blockType == CodeReader.BLOCK_EMPTY) {
            params = NONE;
            results = NONE;
        } else if (blockType < 0) {
            params = NONE;
            results = context.single(code(CodeReader.blockValType(blockType)));
        } else {
            int typeIndex = context.type(blockType, reader.instructionOffset());
            params = context.params(typeIndex);
            results = context.results(typeIndex);
        }
        if (op == Opcodes.IF) {
            pop(I32);
        }
        popAll(params);
        int base = height;
        int frame = ctrl.push(op, params, results, base);
        pushAll(params);
        int pc = reader.instructionOffset();
        switch (op) {
            case Opcodes.BLOCK -> ctrl.setPending(frame, sideTable.addPending(pc, -1, results.length, base));
            case Opcodes.LOOP -> {
                int record = sideTable.add(pc, reader.pc(), sideTable.count() + 1, params.length, base);
                ctrl.setLoopTarget(frame, reader.pc(), record + 1);
            }
            default -> ctrl.setIfRecord(frame, sideTable.add(pc, -1, -1, params.length, base));
        }
    }

    private void enterElse() throws ModuleException {
        int frame = ctrl.size() - 1;
        if (ctrl.opcode(frame) != Opcodes.IF) {
            throw ModuleException.malformed("END opcode expected", "else without if", reader.instructionOffset());
        }
        checkFrameEnd(frame);
        int base = ctrl.height(frame);
        ctrl.setPending(frame, sideTable.addPending(reader.instructionOffset(), ctrl.pending(frame),
                ctrl.results(frame).length, base));
        sideTable.resolveOne(ctrl.ifRecord(frame), reader.pc());
        ctrl.setIfRecord(frame, -1);
        ctrl.enterElse(frame);
        pushAll(ctrl.params(frame));
    }

    private void exitBlock() throws ModuleException {
        int frame = ctrl.size() - 1;
        if (ctrl.opcode(frame) == Opcodes.IF && !Arrays.equals(ctrl.params(frame), ctrl.results(frame))) {
            throw mismatch("if without else must have the same parameter and result types");
        }
        checkFrameEnd(frame);
        sideTable.resolve(ctrl.pending(frame), reader.pc());
        if (ctrl.ifRecord(frame) >= 0) {
            sideTable.resolveOne(ctrl.ifRecord(frame), reader.pc());
        }
        int[] results = ctrl.results(frame);
        ctrl.pop();
        pushAll(results);
    }

    /** The spec's pop_ctrl check: the frame's results on top, and nothing else above its base. */
    private void checkFrameEnd(int frame) throws ModuleException {
        popAll(ctrl.results(frame));
        if (height != ctrl.height(frame)) {
            throw mismatch("block leaves " + (height - ctrl.height(frame)) + " extra value(s) on the stack");
        }
    }

    private void brTable() throws ModuleException {
        int[] targets = reader.brTable();
        int[] frames = new int[targets.length];
        for (int i = 0; i < targets.length; i++) {
            frames[i] = label(targets[i]);
        }
        pop(I32);
        int defaultFrame = frames[frames.length - 1];
        int arity = ctrl.labelTypes(defaultFrame).length;
        int[] popped = new int[arity];
        for (int i = 0; i < frames.length - 1; i++) {
            int[] types = ctrl.labelTypes(frames[i]);
            if (types.length != arity) {
                throw mismatch("br_table targets carry " + types.length + " and " + arity + " values");
            }
            // Push back what was popped, not the label's types: an unknown operand must stay unknown
            // so that the next target may give it another type.
            for (int j = arity - 1; j >= 0; j--) {
                popped[j] = pop(types[j]);
            }
            for (int type : popped) {
                push(type);
            }
        }
        popAll(ctrl.labelTypes(defaultFrame));
        for (int frame : frames) {
            branchRecord(frame);
        }
        setUnreachable();
    }

    private void branchRecord(int frame) {
        int pc = reader.instructionOffset();
        int arity = ctrl.labelTypes(frame).length;
        if (ctrl.opcode(frame) == Opcodes.LOOP) {
            sideTable.add(pc, ctrl.loopPc(frame), ctrl.loopRecord(frame), arity, ctrl.height(frame));
        } else {
            ctrl.setPending(frame, sideTable.addPending(pc, ctrl.pending(frame), arity, ctrl.height(frame)));
        }
    }

    /** The control frame a label index names. */
    private int label(int depth) throws ModuleException {
        if (depth < 0 || depth >= ctrl.size()) {
            throw invalid("unknown label " + Integer.toUnsignedString(depth),
                    "only " + ctrl.size() + " enclosing block(s)");
        }
        return ctrl.size() - 1 - depth;
    }

    private int local(int index) throws ModuleException {
        if (index < 0 || index >= localCount) {
            throw invalid("unknown local " + Integer.toUnsignedString(index),
                    "function has " + localCount + " locals");
        }
        return index < params.length ? params[index] : code(declaredLocals.get(index - params.length));
    }

    // The operand stack.

    void push(int type) {
        if (height == vals.length) {
            vals = Arrays.copyOf(vals, height * 2);
        }
        vals[height++] = type;
        if (height > maxHeight) {
            maxHeight = height;
        }
    }

    private void pushAll(int[] types) {
        for (int type : types) {
            push(type);
        }
    }

    /** Pops a value of type {@code expected} (any type for {@link #UNKNOWN}); returns its actual type. */
    int pop(int expected) throws ModuleException {
        int frame = ctrl.size() - 1;
        if (height == ctrl.height(frame)) {
            if (ctrl.unreachable(frame)) {
                return UNKNOWN;
            }
            throw mismatch(Opcodes.name(op) + " expects " + (expected == UNKNOWN ? "a value" : typeName(expected))
                    + " but the stack is empty");
        }
        int actual = vals[--height];
        if (actual != expected && actual != UNKNOWN && expected != UNKNOWN) {
            throw mismatch(Opcodes.name(op) + " expects " + typeName(expected) + ", got " + typeName(actual));
        }
        return actual;
    }

    private void popAll(int[] types) throws ModuleException {
        for (int i = types.length - 1; i >= 0; i--) {
            pop(types[i]);
        }
    }

    private void setUnreachable() {
        int frame = ctrl.size() - 1;
        height = ctrl.height(frame);
        ctrl.setUnreachable(frame);
    }

    ModuleException mismatch(String detail) {
        return invalid("type mismatch", detail);
    }

    private ModuleException invalid(String specText, String detail) {
        return ModuleException.invalid(specText, detail, reader.instructionOffset());
    }
}
