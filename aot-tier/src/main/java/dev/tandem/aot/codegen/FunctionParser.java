package dev.tandem.aot.codegen;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.code.CodeReader;
import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.FunctionBody;
import dev.tandem.wasm.model.Module;
import dev.tandem.wasm.model.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a validated function body into a tree of {@link Item}s, typing every operand as it goes
 * (the JVM needs a type for every stack value and local, which the validator's facts do not record
 * per instruction) and dropping unreachable code. Each item records the stack height before it and
 * an estimate of its bytecode size, which is what the {@link Splitter} decides by.
 */
final class FunctionParser {

    private final Module module;
    private final List<ValType> stack = new ArrayList<>();
    private final List<Frame> frames = new ArrayList<>();
    private ValType[] locals;
    private int maxHeight;
    private int skipDepth;

    /** An open construct (or the function body itself, with {@code construct == null}). */
    private static final class Frame {
        final Construct construct;
        final int height;
        final List<ValType> params;
        final List<ValType> results;
        List<Item> items = new ArrayList<>();
        int size;
        int thenSize;
        boolean unreachable;
        boolean targeted;
        boolean thenFallsThrough;

        Frame(Construct construct, int height, List<ValType> params, List<ValType> results) {
            this.construct = construct;
            this.height = height;
            this.params = params;
            this.results = results;
        }

        /** The values a branch to this label carries. */
        List<ValType> labelTypes() {
            return construct != null && construct.isLoop() ? params : results;
        }
    }

    FunctionParser(Module module) {
        this.module = module;
    }

    ParsedFunction parse(int functionIndex) throws ModuleException {
        FunctionBody body = module.codes().get(functionIndex - module.importedFunctionCount());
        FuncType type = module.functionType(functionIndex);
        List<ValType> declared = body.locals();
        locals = new ValType[type.params().size() + declared.size()];
        for (int i = 0; i < type.params().size(); i++) {
            locals[i] = type.params().get(i);
        }
        for (int i = 0; i < declared.size(); i++) {
            locals[type.params().size() + i] = declared.get(i);
        }
        stack.clear();
        frames.clear();
        maxHeight = 0;
        skipDepth = 0;
        Frame function = new Frame(null, 0, List.of(), type.results());
        frames.add(function);
        CodeReader reader = new CodeReader(body.bytes(), body.codeStart(), body.codeEnd(), module.dataCount() >= 0);
        while (reader.hasNext() && !frames.isEmpty()) {
            int op = reader.next();
            if (top().unreachable && skip(op)) {
                continue;
            }
            step(op, reader);
        }
        return new ParsedFunction(functionIndex, type, locals, function.items, function.unreachable, maxHeight,
                function.size, body.codeStart(), body.codeEnd());
    }

    /** In unreachable code: true when the instruction is skipped, false for the else/end that ends it. */
    private boolean skip(int op) {
        switch (op) {
            case Opcodes.BLOCK, Opcodes.LOOP, Opcodes.IF -> skipDepth++;
            case Opcodes.END -> {
                if (skipDepth == 0) {
                    return false;
                }
                skipDepth--;
            }
            case Opcodes.ELSE -> {
                return skipDepth != 0;
            }
            default -> {
            }
        }
        return true;
    }

    private Frame top() {
        return frames.get(frames.size() - 1);
    }

    private void step(int op, CodeReader r) {
        int at = r.instructionOffset();
        switch (op) {
            case Opcodes.NOP -> {
            }
            case Opcodes.BLOCK, Opcodes.LOOP, Opcodes.IF -> open(op, r, at);
            case Opcodes.ELSE -> otherwise();
            case Opcodes.END -> close();
            default -> instruction(op, r, at);
        }
    }

    private void open(int op, CodeReader r, int at) {
        if (op == Opcodes.IF) {
            pop();
        }
        FuncType bt = blockType(r.blockType());
        int height = stack.size() - bt.params().size();
        Construct c = new Construct(op, bt, at, height);
        c.body = new ArrayList<>();
        add(c);
        Frame f = new Frame(c, height, bt.params(), bt.results());
        f.items = c.body;
        frames.add(f);
    }

    private void otherwise() {
        Frame f = top();
        f.thenFallsThrough = !f.unreachable;
        f.thenSize = f.size;
        f.size = 0;
        f.construct.elseBody = new ArrayList<>();
        f.items = f.construct.elseBody;
        f.unreachable = false;
        truncate(f.height);
        pushAll(f.params);
    }

    private void close() {
        Frame f = frames.remove(frames.size() - 1);
        if (f.construct == null) {
            return; // the function's final end
        }
        Construct c = f.construct;
        boolean fallsThrough = !f.unreachable;
        boolean reachable;
        if (c.isLoop()) {
            reachable = fallsThrough;
        } else if (c.isIf() && c.elseBody == null) {
            reachable = true; // a false condition goes straight to the end
        } else if (c.isIf()) {
            reachable = f.thenFallsThrough || fallsThrough || f.targeted;
        } else {
            reachable = fallsThrough || f.targeted;
        }
        int bodies = c.elseBody == null ? f.size : f.thenSize + f.size;
        c.size = bodies + (c.isIf() ? 6 : 0);
        c.terminal = !reachable;
        top().size += c.size;
        truncate(f.height);
        pushAll(f.results);
        if (!reachable) {
            top().unreachable = true;
        }
    }

    private void add(Item item) {
        Frame f = top();
        f.items.add(item);
        if (!(item instanceof Construct)) {
            f.size += item.size;
        }
        if (item.terminal) {
            f.unreachable = true;
        }
    }

    private void instruction(int op, CodeReader r, int at) {
        Instr in = new Instr(op, at, stack.size());
        SimpleOps.Op simple = SimpleOps.get(op);
        if (simple != null) {
            for (int i = simple.params().length - 1; i >= 0; i--) {
                pop();
            }
            push(simple.result());
            in.size = simple.size();
            add(in);
            return;
        }
        switch (op) {
            case Opcodes.UNREACHABLE -> {
                in.size = 4;
                in.terminal = true;
            }
            case Opcodes.BR -> {
                in.a = r.index();
                in.size = 3 + branchAdjust(in.a, 0);
                target(in.a);
                in.terminal = true;
            }
            case Opcodes.BR_IF -> {
                pop();
                in.a = r.index();
                in.size = 3 + branchAdjust(in.a, 0) * 2;
                target(in.a);
            }
            case Opcodes.BR_TABLE -> {
                pop();
                in.targets = r.brTable();
                int adjust = 0;
                java.util.Set<Integer> distinct = new java.util.HashSet<>();
                for (int t : in.targets) {
                    target(t);
                    adjust = Math.max(adjust, branchAdjust(t, 0));
                    distinct.add(t);
                }
                in.size = in.targets.length <= BranchTables.INLINE_TARGETS + 1
                        ? 16 + 4 * in.targets.length : 60 + 4 * distinct.size() + 10 * (in.targets.length / 16_384);
                in.size += (adjust + 3) * distinct.size();
                in.terminal = true;
            }
            case Opcodes.RETURN -> {
                in.size = 2 + 4 * top0().results.size();
                in.terminal = true;
            }
            case Opcodes.CALL -> {
                in.a = r.index();
                FuncType t = module.functionType(in.a);
                popN(t.params().size());
                pushAll(t.results());
                in.size = 5 + callSize(t);
            }
            case Opcodes.CALL_INDIRECT -> {
                in.a = r.index();
                in.b = r.index2();
                FuncType t = module.types().get(in.a);
                pop();
                popN(t.params().size());
                pushAll(t.results());
                in.size = 20 + callSize(t);
            }
            case Opcodes.DROP -> {
                in.type = pop();
                in.size = 1;
            }
            case Opcodes.SELECT, Opcodes.SELECT_T -> {
                pop();
                pop();
                in.type = pop();
                push(in.type);
                in.size = 3;
            }
            case Opcodes.LOCAL_GET -> {
                in.a = r.index();
                push(locals[in.a]);
                in.size = 3;
            }
            case Opcodes.LOCAL_SET -> {
                in.a = r.index();
                pop();
                in.size = 3;
            }
            case Opcodes.LOCAL_TEE -> {
                in.a = r.index();
                in.size = 4;
            }
            case Opcodes.GLOBAL_GET -> {
                in.a = r.index();
                push(module.globalType(in.a).type());
                in.size = 7;
            }
            case Opcodes.GLOBAL_SET -> {
                in.a = r.index();
                pop();
                in.size = 7;
            }
            case Opcodes.TABLE_GET -> {
                in.a = r.index();
                pop();
                push(module.tableType(in.a).elementType());
                in.size = 7;
            }
            case Opcodes.TABLE_SET -> {
                in.a = r.index();
                popN(2);
                in.size = 7;
            }
            case Opcodes.MEMORY_SIZE -> {
                push(ValType.I32);
                in.size = 7;
            }
            case Opcodes.MEMORY_GROW -> {
                pop();
                push(ValType.I32);
                in.size = 7;
            }
            case Opcodes.I32_CONST -> {
                in.c = r.i32();
                push(ValType.I32);
                in.size = 3;
            }
            case Opcodes.I64_CONST -> {
                in.c = r.i64();
                push(ValType.I64);
                in.size = 3;
            }
            case Opcodes.F32_CONST -> {
                in.c = r.f32Bits();
                push(ValType.F32);
                in.size = 3;
            }
            case Opcodes.F64_CONST -> {
                in.c = r.f64Bits();
                push(ValType.F64);
                in.size = 3;
            }
            case Opcodes.REF_NULL -> {
                in.type = r.refType();
                push(in.type);
                in.size = 1;
            }
            case Opcodes.REF_IS_NULL -> {
                pop();
                push(ValType.I32);
                in.size = 3;
            }
            case Opcodes.REF_FUNC -> {
                in.a = r.index();
                push(ValType.FUNCREF);
                in.size = 8;
            }
            case Opcodes.MEMORY_INIT, Opcodes.TABLE_INIT, Opcodes.TABLE_COPY -> {
                in.a = r.index();
                in.b = r.index2();
                popN(3);
                in.size = 12;
            }
            case Opcodes.MEMORY_COPY, Opcodes.MEMORY_FILL -> {
                popN(3);
                in.size = 7;
            }
            case Opcodes.DATA_DROP, Opcodes.ELEM_DROP -> {
                in.a = r.index();
                in.size = 8;
            }
            case Opcodes.TABLE_GROW -> {
                in.a = r.index();
                popN(2);
                push(ValType.I32);
                in.size = 7;
            }
            case Opcodes.TABLE_SIZE -> {
                in.a = r.index();
                push(ValType.I32);
                in.size = 7;
            }
            case Opcodes.TABLE_FILL -> {
                in.a = r.index();
                popN(3);
                in.size = 7;
            }
            default -> special(op, r, in);
        }
        add(in);
    }

    /** Memory instructions (scalar and SIMD) and the SIMD instructions with immediates. */
    private void special(int op, CodeReader r, Instr in) {
        if (op >= Opcodes.I32_LOAD && op <= Opcodes.I64_STORE32) {
            in.c = r.offset();
            ValType t = MemoryOps.valueType(op);
            if (MemoryOps.isStore(op)) {
                popN(2);
            } else {
                pop();
                push(t);
            }
            in.size = 10;
        } else if (SimdSpecials.isMemory(op)) {
            in.c = r.offset();
            in.a = r.lane();
            if (SimdSpecials.isStore(op)) {
                popN(2);
            } else {
                if (SimdSpecials.isLaneMemory(op)) {
                    pop();
                }
                pop();
                push(ValType.V128);
            }
            in.size = 12;
        } else if (op == Opcodes.V128_CONST || op == Opcodes.I8X16_SHUFFLE) {
            in.c = r.v128Lo();
            in.d = r.v128Hi();
            if (op == Opcodes.I8X16_SHUFFLE) {
                popN(2);
            }
            push(ValType.V128);
            in.size = 10;
        } else if (SimdSpecials.isLane(op)) {
            in.a = r.lane();
            LaneOps.Shape shape = LaneOps.shape(op);
            if (LaneOps.isReplace(op)) {
                popN(2);
                push(ValType.V128);
            } else {
                pop();
                push(shape.scalar());
            }
            in.size = 5;
        } else {
            throw new IllegalStateException("no code generation for " + Opcodes.name(op));
        }
    }

    /** Estimated bytes to move values out of the way for a branch to {@code depth}. */
    private int branchAdjust(int depth, int extraPops) {
        Frame f = frames.get(frames.size() - 1 - depth);
        int carried = f.construct == null ? f.results.size() : f.labelTypes().size();
        int dropped = stack.size() - extraPops - carried - f.height;
        return dropped <= 0 ? 0 : 2 * dropped + 4 * carried;
    }

    private void target(int depth) {
        frames.get(frames.size() - 1 - depth).targeted = true;
    }

    private Frame top0() {
        return frames.get(0);
    }

    private static int callSize(FuncType t) {
        return t.results().size() > 1 ? 10 * t.results().size() : 0;
    }

    private FuncType blockType(int blockType) {
        if (blockType == CodeReader.BLOCK_EMPTY) {
            return new FuncType(List.of(), List.of());
        }
        ValType single = CodeReader.blockValType(blockType);
        return single != null ? new FuncType(List.of(), List.of(single)) : module.types().get(blockType);
    }

    private ValType pop() {
        return stack.remove(stack.size() - 1);
    }

    private void popN(int n) {
        for (int i = 0; i < n; i++) {
            pop();
        }
    }

    private void push(ValType t) {
        stack.add(t);
        maxHeight = Math.max(maxHeight, stack.size());
    }

    private void pushAll(List<ValType> types) {
        for (ValType t : types) {
            push(t);
        }
    }

    private void truncate(int height) {
        while (stack.size() > height) {
            pop();
        }
    }
}
