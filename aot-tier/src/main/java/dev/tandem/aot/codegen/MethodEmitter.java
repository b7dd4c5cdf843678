package dev.tandem.aot.codegen;

import static org.objectweb.asm.Opcodes.*;

import dev.tandem.aot.rt.Signatures;
import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.ValType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Emits one JVM method: a function's top method or one of its chunks ({@link Splitter}).
 *
 * <p>The Wasm operand stack is the JVM operand stack, value for value, and {@link #stack} tracks
 * its types. Each Wasm label is one JVM label; a branch that leaves values below the ones it carries
 * moves the carried ones to temporaries, pops the rest and reloads them, since the JVM wants the same
 * stack shape at every jump to a label. A branch to a label outside a chunk (or a return from one)
 * leaves through the spill frame instead ({@link #exit}). Locals are JVM locals, but only those this
 * method's own instructions touch ({@link #direct}); the others wait in the spill frame.
 * Instructions other than control flow are emitted by {@link InstructionEmitter}.
 */
final class MethodEmitter {

    /** A label as the emitter sees it: where a branch goes, and the stack there. */
    static final class Control {
        /** The construct, or null for the function's own label (a branch to it returns). */
        final Construct construct;
        /** The JVM target: a block's end, a loop's start; null for the function label and outside labels. */
        final Label label;
        /** Stack height below the carried values. */
        final int height;
        /** The values a branch carries: a loop's parameters, else the results. */
        final List<ValType> labelTypes;
        /** True when the label belongs to an enclosing method (this one is a chunk). */
        final boolean outside;

        Control(Construct construct, Label label, int height, List<ValType> labelTypes, boolean outside) {
            this.construct = construct;
            this.label = label;
            this.height = height;
            this.labelTypes = labelTypes;
            this.outside = outside;
        }

        Control asOutside() {
            return new Control(construct, null, height, labelTypes, true);
        }
    }

    final FunctionEmitter owner;
    final MethodVisitor mv;
    final ParsedFunction fn;
    final ModulePlan plan;
    final String methodName;
    final List<ValType> stack;
    final List<Control> controls;
    private final int outsideCount;
    private final boolean chunk;
    /** Wasm locals kept in JVM locals here (the others, if any, are in the spill frame). */
    final LocalSet direct;
    /** Locals this method may write, which a chunk stores back into the frame on every exit. */
    private final LocalSet written;
    private final int[] slotOf;
    final int contextSlot;
    private final int frameLongs;
    private final int frameObjects;
    private int nextSlot;
    /** The JVM local caching memory 0's backing array, or -1 when this method has no scalar load or store. */
    private int memorySlot = -1;
    /** A comparison whose result goes straight into the next br_if or if (see {@link #emitItems}). */
    private Instr pendingCondition;
    /** Exit codes a chunk returns besides 0. */
    final BitSet exitCodes = new BitSet();
    private final InstructionEmitter instructions;

    private MethodEmitter(FunctionEmitter owner, MethodVisitor mv, String methodName, List<ValType> stack,
                          List<Control> controls, boolean chunk, LocalSet direct, LocalSet written, int firstSlot,
                          int contextSlot, int frameLongs, int frameObjects) {
        this.owner = owner;
        this.mv = mv;
        this.fn = owner.fn;
        this.plan = owner.plan;
        this.methodName = methodName;
        this.stack = stack;
        this.controls = controls;
        this.outsideCount = chunk ? controls.size() : 0;
        this.chunk = chunk;
        this.direct = direct;
        this.written = written;
        this.contextSlot = contextSlot;
        this.frameLongs = frameLongs;
        this.frameObjects = frameObjects;
        this.slotOf = new int[fn.locals().length];
        java.util.Arrays.fill(slotOf, -1);
        this.nextSlot = firstSlot;
        this.instructions = new InstructionEmitter(this);
    }

    // ---- the two kinds of method -------------------------------------------------------------

    /** The function's own method: its parameters (or an Object[] of them), then the context. */
    static MethodEmitter top(FunctionEmitter owner, MethodVisitor mv, boolean hasChunks) {
        ParsedFunction fn = owner.fn;
        FuncType type = fn.type();
        boolean wide = Signatures.isWide(type);
        LocalSet direct = new LocalSet();
        directLocals(fn.body(), direct);
        for (int i = 0; i < type.params().size(); i++) {
            direct.add(i);
        }
        int slot = 0;
        int[] paramSlots = new int[type.params().size()];
        if (wide) {
            slot = 1;
        } else {
            for (int i = 0; i < paramSlots.length; i++) {
                paramSlots[i] = slot;
                slot += Signatures.slots(type.params().get(i));
            }
        }
        int contextSlot = slot++;
        int frameLongs = -1;
        int frameObjects = -1;
        if (hasChunks) {
            frameLongs = slot++;
            frameObjects = slot++;
        }
        List<Control> controls = new ArrayList<>();
        controls.add(new Control(null, null, 0, type.results(), false));
        MethodEmitter m = new MethodEmitter(owner, mv, owner.topName(), new ArrayList<>(), controls, false, direct,
                new LocalSet(), slot, contextSlot, frameLongs, frameObjects);
        if (!wide) {
            for (int i = 0; i < paramSlots.length; i++) {
                if (type.params().get(i) != ValType.V128) {
                    m.slotOf[i] = paramSlots[i];
                }
            }
        }
        m.topPrologue(wide, paramSlots);
        return m;
    }

    /** A chunk's method: the spill frame's arrays and the context in, an exit code out. */
    static MethodEmitter chunk(FunctionEmitter owner, MethodVisitor mv, String name, Chunk chunk,
                               List<ValType> entryStack, List<Control> callerControls) {
        LocalSet direct = new LocalSet();
        directLocals(chunk.items, direct);
        List<Control> controls = new ArrayList<>(callerControls.size());
        for (Control c : callerControls) {
            controls.add(c.asOutside());
        }
        MethodEmitter m = new MethodEmitter(owner, mv, name, new ArrayList<>(), controls, true, direct, chunk.written,
                3, 2, 0, 1);
        m.chunkPrologue(entryStack, chunk.items);
        return m;
    }

    /**
     * Gives the method a local holding memory 0's backing array when its own instructions load or
     * store (see {@link dev.tandem.aot.rt.MemoryArrayAccess}); {@link #reloadMemory} refreshes it.
     */
    private void memoryPrologue(List<Item> items) {
        if (plan.module().memoryCount() > 0 && accessesMemory(items)) {
            memorySlot = nextSlot++;
            reloadMemory();
        }
    }

    /** Re-reads the backing array, which {@code memory.grow} (here or in any callee) may have replaced. */
    void reloadMemory() {
        if (memorySlot >= 0) {
            mv.visitVarInsn(ALOAD, contextSlot);
            mv.visitFieldInsn(GETFIELD, "dev/tandem/aot/rt/AotContext", "memory", "Ldev/tandem/runtime/Memory;");
            mv.visitMethodInsn(INVOKEVIRTUAL, "dev/tandem/runtime/Memory", "bytes", "()[B", false);
            mv.visitVarInsn(ASTORE, memorySlot);
        }
    }

    /** Loads the cached backing array (only in a method that has one). */
    void loadMemoryArray() {
        mv.visitVarInsn(ALOAD, memorySlot);
    }

    private static boolean accessesMemory(List<Item> items) {
        for (Item item : items) {
            switch (item) {
                case Instr in -> {
                    if ((in.opcode >= Opcodes.I32_LOAD && in.opcode <= Opcodes.I64_STORE32)
                            || SimdSpecials.isMemory(in.opcode)) {
                        return true;
                    }
                }
                case Construct c -> {
                    if (accessesMemory(c.body) || (c.elseBody != null && accessesMemory(c.elseBody))) {
                        return true;
                    }
                }
                case Chunk ignored -> {
                }
            }
        }
        return false;
    }

    /** The locals the items' own instructions touch, not looking into nested chunks. */
    private static void directLocals(List<Item> items, LocalSet out) {
        for (Item item : items) {
            switch (item) {
                case Instr in -> {
                    if (in.opcode == Opcodes.LOCAL_GET || in.opcode == Opcodes.LOCAL_SET || in.opcode == Opcodes.LOCAL_TEE) {
                        out.add(in.a);
                    }
                }
                case Construct c -> {
                    directLocals(c.body, out);
                    if (c.elseBody != null) {
                        directLocals(c.elseBody, out);
                    }
                }
                case Chunk ignored -> {
                }
            }
        }
    }

    private void topPrologue(boolean wide, int[] paramSlots) {
        mv.visitCode();
        ValType[] locals = fn.locals();
        int params = fn.type().params().size();
        for (int local : direct.toArray()) {
            if (slotOf[local] < 0) {
                slotOf[local] = nextSlot;
                nextSlot += JvmValues.slots(locals[local]);
            }
        }
        memoryPrologue(fn.body());
        for (int i = 0; i < params; i++) {
            if (wide) {
                mv.visitVarInsn(ALOAD, 0);
                pushInt(i);
                mv.visitInsn(AALOAD);
                unboxValue(locals[i]);
                JvmValues.store(mv, locals[i], slotOf[i]);
            } else if (locals[i] == ValType.V128) {
                mv.visitVarInsn(ALOAD, paramSlots[i]);
                JvmValues.fromObject(mv);
                JvmValues.store(mv, locals[i], slotOf[i]);
            }
        }
        for (int local : direct.toArray()) {
            if (local >= params) {
                JvmValues.zero(mv, locals[local]);
                JvmValues.store(mv, locals[local], slotOf[local]);
            }
        }
        if (frameLongs >= 0) {
            int size = locals.length + fn.maxHeight() + 1;
            pushInt(size);
            mv.visitIntInsn(NEWARRAY, T_LONG);
            mv.visitVarInsn(ASTORE, frameLongs);
            pushInt(size);
            mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
            mv.visitVarInsn(ASTORE, frameObjects);
            for (int i = 0; i < locals.length; i++) {
                if (locals[i] == ValType.V128 && !direct.contains(i)) {
                    mv.visitVarInsn(ALOAD, frameObjects);
                    pushInt(i);
                    mv.visitFieldInsn(GETSTATIC, "dev/tandem/wasm/numeric/V128", "ZERO", "Ldev/tandem/wasm/numeric/V128;");
                    mv.visitInsn(AASTORE);
                }
            }
        }
    }

    private void chunkPrologue(List<ValType> entryStack, List<Item> items) {
        mv.visitCode();
        memoryPrologue(items);
        for (int p = 0; p < entryStack.size(); p++) {
            loadFrame(entryStack.get(p), stackSlot(p));
            stack.add(entryStack.get(p));
        }
        ValType[] locals = fn.locals();
        for (int local : direct.toArray()) {
            slotOf[local] = nextSlot;
            nextSlot += JvmValues.slots(locals[local]);
            loadFrame(locals[local], local);
            JvmValues.store(mv, locals[local], slotOf[local]);
        }
    }

    /** Emits the items, then what ends the method, and closes it. */
    void body(List<Item> items) {
        emitItems(items);
        if (!endsTerminal(items)) {
            if (chunk) {
                for (int p = stack.size() - 1; p >= 0; p--) {
                    storeFrame(stack.get(p), stackSlot(p));
                }
                storeWrittenLocals();
                mv.visitInsn(ICONST_0);
                mv.visitInsn(IRETURN);
            } else {
                emitReturn();
            }
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    static boolean endsTerminal(List<Item> items) {
        return !items.isEmpty() && items.get(items.size() - 1).terminal;
    }

    // ---- items ---------------------------------------------------------------------------------

    void emitItems(List<Item> items) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item instanceof Instr in && i + 1 < items.size() && Conditions.isFusible(in.opcode)
                    && consumesCondition(items.get(i + 1))) {
                // Compare and branch in one JVM jump: the next br_if or if takes the operands.
                pendingCondition = in;
                SimpleOps.Op op = SimpleOps.get(in.opcode);
                popN(op.params().length);
                push(ValType.I32);
                continue;
            }
            switch (item) {
                case Instr in -> instruction(in);
                case Construct c -> construct(c);
                case Chunk ch -> callChunk(ch);
            }
        }
    }

    private static boolean consumesCondition(Item next) {
        return (next instanceof Instr in && in.opcode == Opcodes.BR_IF) || (next instanceof Construct c && c.isIf());
    }

    /**
     * Jumps to {@code target} when the i32 condition on the stack is (or, with {@code whenTrue}
     * false, is not) nonzero; a comparison fused into it is emitted here as the jump itself.
     */
    private void jumpIf(boolean whenTrue, Label target) {
        Instr compare = pendingCondition;
        pendingCondition = null;
        if (compare == null) {
            mv.visitJumpInsn(whenTrue ? IFNE : IFEQ, target);
        } else {
            mv.visitJumpInsn(Conditions.emit(mv, compare.opcode, whenTrue), target);
        }
    }

    private void construct(Construct c) {
        FuncType t = c.type;
        if (c.isLoop()) {
            Label start = new Label();
            mv.visitLabel(start);
            controls.add(new Control(c, start, c.height, t.params(), false));
            emitItems(c.body);
            controls.remove(controls.size() - 1);
        } else if (c.isIf()) {
            pop(); // the condition
            Label otherwise = new Label();
            Label end = new Label();
            jumpIf(false, otherwise);
            controls.add(new Control(c, end, c.height, t.results(), false));
            emitItems(c.body);
            if (!endsTerminal(c.body)) {
                mv.visitJumpInsn(GOTO, end);
            }
            mv.visitLabel(otherwise);
            resetStack(c.height, t.params());
            if (c.elseBody != null) {
                emitItems(c.elseBody);
            }
            controls.remove(controls.size() - 1);
            mv.visitLabel(end);
        } else {
            Label end = new Label();
            controls.add(new Control(c, end, c.height, t.results(), false));
            emitItems(c.body);
            controls.remove(controls.size() - 1);
            mv.visitLabel(end);
        }
        resetStack(c.height, t.results());
    }

    private void instruction(Instr in) {
        switch (in.opcode) {
            case Opcodes.BR -> branch(controlIndex(in.a));
            case Opcodes.BR_IF -> {
                pop();
                branchIf(controlIndex(in.a));
            }
            case Opcodes.BR_TABLE -> {
                pop();
                branchTable(in.targets);
            }
            case Opcodes.RETURN -> branch(0);
            case Opcodes.LOCAL_GET -> {
                ValType t = fn.locals()[in.a];
                JvmValues.load(mv, t, slot(in.a));
                push(t);
            }
            case Opcodes.LOCAL_SET -> JvmValues.store(mv, pop(), slot(in.a));
            case Opcodes.LOCAL_TEE -> {
                ValType t = peek();
                if (t == ValType.V128) {
                    // No JVM instruction duplicates four slots: store, then load again.
                    JvmValues.store(mv, t, slot(in.a));
                    JvmValues.load(mv, t, slot(in.a));
                } else {
                    mv.visitInsn(JvmValues.slots(t) == 2 ? DUP2 : DUP);
                    JvmValues.store(mv, t, slot(in.a));
                }
            }
            default -> instructions.emit(in);
        }
    }

    private int slot(int local) {
        int s = slotOf[local];
        if (s < 0) {
            throw new IllegalStateException("local " + local + " of function " + fn.index() + " not in " + methodName);
        }
        return s;
    }

    // ---- branches -----------------------------------------------------------------------------

    private int controlIndex(int depth) {
        return controls.size() - 1 - depth;
    }

    /** An unconditional branch to control {@code index} from the current stack (which it leaves as it is). */
    void branch(int index) {
        Control target = controls.get(index);
        if (target.outside) {
            exit(index);
        } else if (target.construct == null) {
            emitReturn();
        } else {
            adjust(target.height, target.labelTypes.size());
            mv.visitJumpInsn(GOTO, target.label);
        }
    }

    private boolean isPlainJump(Control target) {
        return !target.outside && target.construct != null
                && stack.size() == target.height + target.labelTypes.size();
    }

    private void branchIf(int index) {
        Control target = controls.get(index);
        if (isPlainJump(target)) {
            jumpIf(true, target.label);
            return;
        }
        Label skip = new Label();
        jumpIf(false, skip);
        branch(index);
        mv.visitLabel(skip);
    }

    private void branchTable(int[] targets) {
        int n = targets.length - 1;
        Map<Integer, Label> stubs = new HashMap<>();
        Label otherwise = targetLabel(controlIndex(targets[n]), stubs);
        if (n == 0) {
            mv.visitInsn(POP);
            mv.visitJumpInsn(GOTO, otherwise);
        } else if (n <= BranchTables.INLINE_TARGETS) {
            Label[] labels = new Label[n];
            for (int i = 0; i < n; i++) {
                labels[i] = targetLabel(controlIndex(targets[i]), stubs);
            }
            mv.visitTableSwitchInsn(0, n - 1, otherwise, labels);
        } else {
            BranchTables.emitIndirect(this, targets, otherwise, depth -> targetLabel(controlIndex(depth), stubs));
        }
        for (Map.Entry<Integer, Label> stub : stubs.entrySet()) {
            mv.visitLabel(stub.getValue());
            branch(stub.getKey());
        }
    }

    private Label targetLabel(int index, Map<Integer, Label> stubs) {
        Control target = controls.get(index);
        return isPlainJump(target) ? target.label : stubs.computeIfAbsent(index, k -> new Label());
    }

    /**
     * Makes the JVM stack what a label at {@code height} carrying {@code carried} values expects:
     * the carried values on top of the first {@code height}. Leaves {@link #stack} as it was (the
     * caller may be on a conditional path).
     */
    private void adjust(int height, int carried) {
        int n = stack.size();
        if (n - carried == height) {
            return;
        }
        int[] temps = new int[carried];
        int mark = nextSlot;
        for (int i = carried - 1; i >= 0; i--) {
            ValType t = stack.get(n - carried + i);
            temps[i] = temp(t);
            JvmValues.store(mv, t, temps[i]);
        }
        for (int i = n - carried - 1; i >= height; i--) {
            JvmValues.pop(mv, stack.get(i));
        }
        for (int i = 0; i < carried; i++) {
            JvmValues.load(mv, stack.get(n - carried + i), temps[i]);
        }
        nextSlot = mark;
    }

    /** Returns the function's results, which are on top of the stack (top method only). */
    private void emitReturn() {
        List<ValType> results = fn.type().results();
        if (results.isEmpty()) {
            mv.visitInsn(RETURN);
        } else if (results.size() == 1) {
            if (results.get(0) == ValType.V128) {
                JvmValues.toObject(mv);
            }
            mv.visitInsn(ModulePlan.jvmType(results.get(0)).getOpcode(IRETURN));
        } else {
            boxTop(results);
            mv.visitInsn(ARETURN);
        }
    }

    /** Replaces the top {@code types.size()} values with one Object[] of them, boxed. */
    void boxTop(List<ValType> types) {
        int mark = nextSlot;
        int[] temps = new int[types.size()];
        for (int i = types.size() - 1; i >= 0; i--) {
            temps[i] = temp(types.get(i));
            JvmValues.store(mv, types.get(i), temps[i]);
        }
        pushInt(types.size());
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int i = 0; i < types.size(); i++) {
            mv.visitInsn(DUP);
            pushInt(i);
            JvmValues.load(mv, types.get(i), temps[i]);
            boxValue(types.get(i));
            mv.visitInsn(AASTORE);
        }
        nextSlot = mark;
    }

    /** Leaves a chunk for the outside label {@code index}: carried values and locals into the frame, then the exit code. */
    private void exit(int index) {
        Control target = controls.get(index);
        int carried = target.labelTypes.size();
        int n = stack.size();
        for (int i = carried - 1; i >= 0; i--) {
            storeFrame(stack.get(n - carried + i), stackSlot(target.height + i));
        }
        storeWrittenLocals();
        int code = outsideCount - index;
        exitCodes.set(code);
        pushInt(code);
        mv.visitInsn(IRETURN);
    }

    private void storeWrittenLocals() {
        for (int local : direct.intersect(written)) {
            JvmValues.load(mv, fn.locals()[local], slotOf[local]);
            storeFrame(fn.locals()[local], local);
        }
    }

    // ---- chunks -------------------------------------------------------------------------------

    private void callChunk(Chunk ch) {
        List<ValType> entry = new ArrayList<>(stack);
        FunctionEmitter.ChunkMethod m = owner.emitChunk(ch, entry, controls);
        for (int p = stack.size() - 1; p >= 0; p--) {
            storeFrame(stack.get(p), stackSlot(p));
        }
        for (int local : direct.intersect(ch.used)) {
            JvmValues.load(mv, fn.locals()[local], slotOf[local]);
            storeFrame(fn.locals()[local], local);
        }
        mv.visitVarInsn(ALOAD, frameLongs);
        mv.visitVarInsn(ALOAD, frameObjects);
        mv.visitVarInsn(ALOAD, contextSlot);
        mv.visitMethodInsn(INVOKESTATIC, owner.className, m.name(), plan.chunkDescriptor(), false);
        reloadMemory();
        int[] reload = direct.intersect(ch.written);
        if (reload.length > 0) {
            int mark = nextSlot;
            int code = temp(ValType.I32);
            mv.visitVarInsn(ISTORE, code);
            for (int local : reload) {
                loadFrame(fn.locals()[local], local);
                JvmValues.store(mv, fn.locals()[local], slotOf[local]);
            }
            mv.visitVarInsn(ILOAD, code);
            nextSlot = mark;
        }
        int[] exits = m.exitCodes().stream().toArray();
        Label fallThrough = new Label();
        Label[] labels = new Label[exits.length];
        for (int i = 0; i < exits.length; i++) {
            labels[i] = new Label();
        }
        if (exits.length == 0) {
            mv.visitInsn(POP);
            if (!m.fallsThrough()) {
                // The chunk never returns normally (an endless loop, a trap): nothing follows the call.
                mv.visitInsn(ACONST_NULL);
                mv.visitInsn(ATHROW);
            }
        } else {
            mv.visitLookupSwitchInsn(m.fallsThrough() ? fallThrough : labels[0], exits, labels);
        }
        int callerControls = controls.size();
        for (int i = 0; i < exits.length; i++) {
            mv.visitLabel(labels[i]);
            int index = callerControls - exits[i];
            Control target = controls.get(index);
            if (target.outside) {
                storeWrittenLocals();
                int code = outsideCount - index;
                exitCodes.set(code);
                pushInt(code);
                mv.visitInsn(IRETURN);
            } else {
                List<ValType> carried = target.labelTypes;
                for (int p = 0; p < target.height; p++) {
                    loadFrame(entry.get(p), stackSlot(p));
                }
                for (int k = 0; k < carried.size(); k++) {
                    loadFrame(carried.get(k), stackSlot(target.height + k));
                }
                if (target.construct == null) {
                    emitReturn();
                } else {
                    mv.visitJumpInsn(GOTO, target.label);
                }
            }
        }
        stack.clear();
        if (m.fallsThrough()) {
            mv.visitLabel(fallThrough);
            for (int p = 0; p < m.exitStack().size(); p++) {
                loadFrame(m.exitStack().get(p), stackSlot(p));
            }
            stack.addAll(m.exitStack());
        }
    }

    /** Frame index of operand-stack position {@code p}: after the locals. */
    private int stackSlot(int p) {
        return fn.locals().length + p;
    }

    /** Pops a value of type {@code t} into frame index {@code index}. */
    private void storeFrame(ValType t, int index) {
        switch (t) {
            case I32, I64, F32, F64 -> {
                mv.visitVarInsn(ALOAD, frameLongs);
                pushInt(index);
                String name = switch (t) {
                    case I32 -> "putI32";
                    case I64 -> "putI64";
                    case F32 -> "putF32";
                    default -> "putF64";
                };
                mv.visitMethodInsn(INVOKESTATIC, "dev/tandem/aot/rt/FrameSlots", name,
                        "(" + ModulePlan.jvmType(t).getDescriptor() + "[JI)V", false);
            }
            default -> {
                if (t == ValType.V128) {
                    JvmValues.toObject(mv);
                }
                mv.visitVarInsn(ALOAD, frameObjects);
                pushInt(index);
                mv.visitMethodInsn(INVOKESTATIC, "dev/tandem/aot/rt/FrameSlots", "putObject",
                        "(Ljava/lang/Object;[Ljava/lang/Object;I)V", false);
            }
        }
    }

    /** Pushes the value of type {@code t} at frame index {@code index}. */
    private void loadFrame(ValType t, int index) {
        switch (t) {
            case I32 -> {
                mv.visitVarInsn(ALOAD, frameLongs);
                pushInt(index);
                mv.visitInsn(LALOAD);
                mv.visitInsn(L2I);
            }
            case I64 -> {
                mv.visitVarInsn(ALOAD, frameLongs);
                pushInt(index);
                mv.visitInsn(LALOAD);
            }
            case F32, F64 -> {
                mv.visitVarInsn(ALOAD, frameLongs);
                pushInt(index);
                mv.visitMethodInsn(INVOKESTATIC, "dev/tandem/aot/rt/FrameSlots", t == ValType.F32 ? "getF32" : "getF64",
                        "([JI)" + ModulePlan.jvmType(t).getDescriptor(), false);
            }
            default -> {
                mv.visitVarInsn(ALOAD, frameObjects);
                pushInt(index);
                mv.visitInsn(AALOAD);
                if (t == ValType.V128) {
                    mv.visitTypeInsn(CHECKCAST, "dev/tandem/wasm/numeric/V128");
                    JvmValues.fromObject(mv);
                }
            }
        }
    }

    // ---- small helpers the instruction emitter shares ------------------------------------------

    void push(ValType t) {
        stack.add(t);
    }

    ValType pop() {
        return stack.remove(stack.size() - 1);
    }

    ValType peek() {
        return stack.get(stack.size() - 1);
    }

    void popN(int n) {
        for (int i = 0; i < n; i++) {
            pop();
        }
    }

    private void resetStack(int height, List<ValType> top) {
        while (stack.size() > height) {
            pop();
        }
        stack.addAll(top);
    }

    /** A temporary JVM local for a value of type {@code t}; callers reset {@link #nextSlot} when done. */
    int temp(ValType t) {
        int s = nextSlot;
        nextSlot += JvmValues.slots(t);
        return s;
    }

    int mark() {
        return nextSlot;
    }

    void release(int mark) {
        nextSlot = mark;
    }

    void pushInt(int value) {
        if (value >= -1 && value <= 5) {
            mv.visitInsn(ICONST_0 + value);
        } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            mv.visitIntInsn(BIPUSH, value);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, value);
        } else {
            mv.visitLdcInsn(value);
        }
    }

    /** Replaces the value on top of the stack with its boxed form (an Object, see {@link Boxing}). */
    void boxValue(ValType t) {
        if (t == ValType.V128) {
            JvmValues.toObject(mv);
        } else {
            Boxing.box(mv, t);
        }
    }

    /** Replaces the Object on top of the stack with the value it boxes, in its in-method form. */
    void unboxValue(ValType t) {
        Boxing.unbox(mv, t);
        if (t == ValType.V128) {
            JvmValues.fromObject(mv);
        }
    }

    /** Loads the context (this instance's state) onto the stack. */
    void loadContext() {
        mv.visitVarInsn(ALOAD, contextSlot);
    }

    static Type type(ValType t) {
        return ModulePlan.jvmType(t);
    }
}
