package dev.tandem.aot.codegen;

import static org.objectweb.asm.Opcodes.*;

import dev.tandem.aot.rt.Signatures;
import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.ValType;
import java.util.List;
import org.objectweb.asm.MethodVisitor;

/**
 * Every instruction but control flow and locals ({@link MethodEmitter} has those): calls, globals,
 * tables, memory, constants, and the table of simple instructions ({@link SimpleOps}). Anything that
 * can trap or call gets a line number first ({@link FunctionEmitter#site}), which is what unwind
 * info maps back to the instruction's Wasm offset.
 */
final class InstructionEmitter {

    private static final String RT = "dev/tandem/aot/rt/";
    private static final String CONTEXT = RT + "AotContext";
    private static final String INSTANCE = "dev/tandem/runtime/Instance";
    private static final String MEMORY = "dev/tandem/runtime/Memory";
    private static final String TABLE = "dev/tandem/runtime/Table";
    private static final String GLOBAL = "dev/tandem/runtime/Global";
    private static final String FUNCTION_REF = "dev/tandem/runtime/FunctionRef";
    private static final String V128 = "dev/tandem/wasm/numeric/V128";
    private static final String V128_DESC = "L" + V128 + ";";
    private static final String OBJECT = "Ljava/lang/Object;";

    private final MethodEmitter m;
    private final MethodVisitor mv;
    private final ModulePlan plan;
    private final SimdEmitter simd;

    InstructionEmitter(MethodEmitter m) {
        this.m = m;
        this.mv = m.mv;
        this.plan = m.plan;
        this.simd = new SimdEmitter(m);
    }

    void emit(Instr in) {
        SimpleOps.Op simple = SimpleOps.get(in.opcode);
        if (simple != null) {
            simple(in, simple);
            return;
        }
        switch (in.opcode) {
            case Opcodes.UNREACHABLE -> {
                site(in);
                mv.visitMethodInsn(INVOKESTATIC, RT + "Traps", "unreachable", "()Ldev/tandem/wasm/numeric/WasmTrap;", false);
                mv.visitInsn(ATHROW);
            }
            case Opcodes.CALL -> call(in);
            case Opcodes.CALL_INDIRECT -> callIndirect(in);
            case Opcodes.DROP -> JvmValues.pop(mv, m.pop());
            case Opcodes.SELECT, Opcodes.SELECT_T -> select(in.type);
            case Opcodes.GLOBAL_GET -> globalGet(in.a);
            case Opcodes.GLOBAL_SET -> globalSet(in.a);
            case Opcodes.TABLE_GET -> {
                site(in);
                m.pop();
                table(in.a);
                helper("TableAccess", "get", "(IL" + TABLE + ";)" + OBJECT);
                m.push(plan.module().tableType(in.a).elementType());
            }
            case Opcodes.TABLE_SET -> {
                site(in);
                m.popN(2);
                table(in.a);
                helper("TableAccess", "set", "(I" + OBJECT + "L" + TABLE + ";)V");
            }
            case Opcodes.MEMORY_SIZE -> {
                memory();
                mv.visitMethodInsn(INVOKEVIRTUAL, MEMORY, "pages", "()I", false);
                m.push(ValType.I32);
            }
            case Opcodes.MEMORY_GROW -> {
                memory();
                helper("MemoryAccess", "grow", "(IL" + MEMORY + ";)I");
                m.reloadMemory();
            }
            case Opcodes.I32_CONST -> {
                m.pushInt((int) in.c);
                m.push(ValType.I32);
            }
            case Opcodes.I64_CONST -> {
                if (in.c == 0 || in.c == 1) {
                    mv.visitInsn(LCONST_0 + (int) in.c);
                } else {
                    mv.visitLdcInsn(in.c);
                }
                m.push(ValType.I64);
            }
            case Opcodes.F32_CONST -> {
                if (in.c == 0) {
                    mv.visitInsn(FCONST_0);
                } else {
                    // The constant pool keeps the raw bits, NaN payload included.
                    mv.visitLdcInsn(Float.intBitsToFloat((int) in.c));
                }
                m.push(ValType.F32);
            }
            case Opcodes.F64_CONST -> {
                if (in.c == 0) {
                    mv.visitInsn(DCONST_0);
                } else {
                    mv.visitLdcInsn(Double.longBitsToDouble(in.c));
                }
                m.push(ValType.F64);
            }
            case Opcodes.REF_NULL -> {
                mv.visitInsn(ACONST_NULL);
                m.push(in.type);
            }
            case Opcodes.REF_IS_NULL -> {
                m.pop();
                helper("Values", "refIsNull", "(" + OBJECT + ")I");
                m.push(ValType.I32);
            }
            case Opcodes.REF_FUNC -> {
                instance();
                m.pushInt(in.a);
                mv.visitMethodInsn(INVOKEVIRTUAL, INSTANCE, "function", "(I)L" + FUNCTION_REF + ";", false);
                m.push(ValType.FUNCREF);
            }
            case Opcodes.MEMORY_INIT -> {
                site(in);
                m.popN(3);
                instance();
                m.pushInt(in.a);
                helper("MemoryAccess", "init", "(IIIL" + INSTANCE + ";I)V");
            }
            case Opcodes.DATA_DROP -> {
                instance();
                m.pushInt(in.a);
                mv.visitMethodInsn(INVOKEVIRTUAL, INSTANCE, "dataDrop", "(I)V", false);
            }
            case Opcodes.MEMORY_COPY -> {
                site(in);
                m.popN(3);
                memory();
                helper("MemoryAccess", "copy", "(IIIL" + MEMORY + ";)V");
            }
            case Opcodes.MEMORY_FILL -> {
                site(in);
                m.popN(3);
                memory();
                helper("MemoryAccess", "fill", "(IIIL" + MEMORY + ";)V");
            }
            case Opcodes.TABLE_INIT -> {
                site(in);
                m.popN(3);
                instance();
                m.pushInt(in.b);
                m.pushInt(in.a);
                helper("TableAccess", "init", "(IIIL" + INSTANCE + ";II)V");
            }
            case Opcodes.ELEM_DROP -> {
                instance();
                m.pushInt(in.a);
                mv.visitMethodInsn(INVOKEVIRTUAL, INSTANCE, "elemDrop", "(I)V", false);
            }
            case Opcodes.TABLE_COPY -> {
                site(in);
                m.popN(3);
                table(in.a);
                table(in.b);
                helper("TableAccess", "copy", "(IIIL" + TABLE + ";L" + TABLE + ";)V");
            }
            case Opcodes.TABLE_GROW -> {
                m.popN(2);
                table(in.a);
                helper("TableAccess", "grow", "(" + OBJECT + "IL" + TABLE + ";)I");
                m.push(ValType.I32);
            }
            case Opcodes.TABLE_SIZE -> {
                table(in.a);
                mv.visitMethodInsn(INVOKEVIRTUAL, TABLE, "size", "()I", false);
                m.push(ValType.I32);
            }
            case Opcodes.TABLE_FILL -> {
                site(in);
                m.popN(3);
                table(in.a);
                helper("TableAccess", "fill", "(I" + OBJECT + "IL" + TABLE + ";)V");
            }
            default -> memoryOrSimd(in);
        }
    }

    private void simple(Instr in, SimpleOps.Op op) {
        if (op.isCall() && op.usesV128()) {
            SimdEmitter.Op halves = SimdEmitter.get(in.opcode);
            if (halves != null) {
                ValType result = simd.emit(halves);
                m.popN(op.params().length);
                m.push(result);
            } else {
                callShared(op.owner(), op.name(), op.params(), op.result(), "", () -> { });
            }
            return;
        }
        if (op.isCall()) {
            if (op.owner().equals(RT + "NumericTraps")) {
                site(in);
            }
            mv.visitMethodInsn(INVOKESTATIC, op.owner(), op.name(), op.descriptor(), false);
        } else {
            for (int b : op.bytecodes()) {
                mv.visitInsn(b);
            }
        }
        m.popN(op.params().length);
        m.push(op.result());
    }

    private void memoryOrSimd(Instr in) {
        int op = in.opcode;
        if (op >= Opcodes.I32_LOAD && op <= Opcodes.I64_STORE32) {
            site(in);
            String name = SimpleOps.camelCase(Opcodes.name(op));
            ValType t = MemoryOps.valueType(op);
            String td = MethodEmitter.type(t).getDescriptor();
            boolean store = MemoryOps.isStore(op);
            if (in.c > Integer.MAX_VALUE) {
                // No memory reaches 2^31 bytes (the backing array's limit): always out of bounds.
                if (store) {
                    JvmValues.pop(mv, t);
                }
                mv.visitInsn(POP);
                helper("MemoryArrayAccess", "outOfBounds", "()Ldev/tandem/wasm/numeric/WasmTrap;");
                mv.visitInsn(ATHROW);
                m.popN(store ? 2 : 1);
                if (!store) {
                    m.push(t);
                }
                return;
            }
            m.loadMemoryArray();
            // Offset 0 has overloads without it, whose only bounds check is one C2 can hoist from a loop.
            String offset = in.c == 0 ? "" : "I";
            if (in.c != 0) {
                m.pushInt((int) in.c);
            }
            if (store) {
                m.popN(2);
                helper("MemoryArrayAccess", name, "(I" + td + "[B" + offset + ")V");
            } else {
                m.pop();
                helper("MemoryArrayAccess", name, "(I[B" + offset + ")" + td);
                m.push(t);
            }
        } else if (SimdSpecials.isMemory(op)) {
            site(in);
            String name = SimpleOps.camelCase(Opcodes.name(op));
            String owner = op == Opcodes.V128_LOAD || op == Opcodes.V128_STORE ? "MemoryArrayAccess" : "SimdMemory";
            m.loadMemoryArray();
            // An offset of 2^31 or more reads as a negative index, which the array access rejects.
            m.pushInt((int) Math.min(in.c, Integer.MAX_VALUE));
            if (SimdSpecials.isLaneMemory(op)) {
                m.pushInt(in.a);
                m.popN(2);
                String result = SimdSpecials.isStore(op) ? "V" : V128_DESC;
                helper(owner, name, "(IJJ[BII)" + result);
                if (!SimdSpecials.isStore(op)) {
                    JvmValues.fromObject(mv);
                    m.push(ValType.V128);
                }
            } else if (SimdSpecials.isStore(op)) {
                m.popN(2);
                helper(owner, name, "(IJJ[BI)V");
            } else {
                m.pop();
                helper(owner, name, "(I[BI)" + V128_DESC);
                JvmValues.fromObject(mv);
                m.push(ValType.V128);
            }
        } else if (op == Opcodes.V128_CONST) {
            pushLong(in.c);
            pushLong(in.d);
            m.push(ValType.V128);
        } else if (op == Opcodes.I8X16_SHUFFLE) {
            callShared(RT + "SimdLanes", "i8x16Shuffle", new ValType[] {ValType.V128, ValType.V128}, ValType.V128,
                    "JJ", () -> {
                        pushLong(in.c);
                        pushLong(in.d);
                    });
        } else if (SimdSpecials.isLane(op)) {
            LaneOps.Shape shape = LaneOps.shape(op);
            if (LaneOps.isReplace(op)) {
                simd.replaceLane(op, in.a);
                m.popN(2);
                m.push(ValType.V128);
            } else {
                simd.extractLane(op, in.a);
                m.pop();
                m.push(shape.scalar());
            }
        } else {
            throw new IllegalStateException("no code generation for " + Opcodes.name(op));
        }
    }

    // ---- calls --------------------------------------------------------------------------------

    private void call(Instr in) {
        site(in);
        int f = in.a;
        FuncType t = plan.module().functionType(f);
        if (Signatures.isWide(t)) {
            packArguments(t.params());
        } else {
            argumentsToCallForm(t.params());
        }
        if (f < plan.module().importedFunctionCount()) {
            importedFunction(f);
            int sig = plan.signatureOf(t);
            mv.visitMethodInsn(INVOKESTATIC, plan.dispatchClass(sig), ModulePlan.dispatchMethod(sig),
                    ModulePlan.dispatchDescriptor(t), false);
        } else {
            m.loadContext();
            mv.visitMethodInsn(INVOKESTATIC, plan.functionClass(f), dev.tandem.aot.unwind.MethodNames.function(f),
                    plan.directDescriptor(t), false);
        }
        m.reloadMemory();
        m.popN(t.params().size());
        results(t.results());
    }

    private void callIndirect(Instr in) {
        site(in);
        FuncType t = plan.module().types().get(in.a);
        m.pop(); // the table index
        if (Signatures.isWide(t) || t.params().contains(ValType.V128)) {
            int mark = m.mark();
            int index = m.temp(ValType.I32);
            mv.visitVarInsn(ISTORE, index);
            if (Signatures.isWide(t)) {
                packArguments(t.params());
            } else {
                argumentsToCallForm(t.params());
            }
            mv.visitVarInsn(ILOAD, index);
            m.release(mark);
        }
        table(in.b);
        m.loadContext();
        mv.visitFieldInsn(GETFIELD, CONTEXT, "typeIds", "[I");
        m.pushInt(in.a);
        mv.visitInsn(IALOAD);
        helper("TableAccess", "functionForCall", "(IL" + TABLE + ";I)L" + FUNCTION_REF + ";");
        int sig = plan.signatureOfType(in.a);
        m.loadContext();
        mv.visitMethodInsn(INVOKESTATIC, plan.indirectClass(sig), ModulePlan.indirectMethod(sig),
                plan.indirectDescriptor(t), false);
        m.reloadMemory();
        m.popN(t.params().size());
        results(t.results());
    }

    /** Replaces the arguments on the stack with one Object[] of them (the wide calling convention). */
    private void packArguments(List<ValType> params) {
        m.boxTop(params);
    }

    /**
     * Turns the arguments on the stack into the form a call takes: only v128s change, from two longs to
     * a {@code V128}; when one is not on top, every argument goes through a temporary.
     */
    private void argumentsToCallForm(List<ValType> params) {
        int last = params.lastIndexOf(ValType.V128);
        if (last < 0) {
            return;
        }
        if (last == params.size() - 1 && params.indexOf(ValType.V128) == last) {
            JvmValues.toObject(mv);
            return;
        }
        int mark = m.mark();
        int[] temps = new int[params.size()];
        for (int i = params.size() - 1; i >= 0; i--) {
            temps[i] = m.temp(params.get(i));
            JvmValues.store(mv, params.get(i), temps[i]);
        }
        for (int i = 0; i < params.size(); i++) {
            JvmValues.load(mv, params.get(i), temps[i]);
            if (params.get(i) == ValType.V128) {
                JvmValues.toObject(mv);
            }
        }
        m.release(mark);
    }

    /**
     * Calls a shared static method (wasm-core's SIMD operations, the lane adapters) on operands in their
     * in-method form: v128 operands become {@code V128}s for the call, a v128 result two longs again.
     * {@code extra} pushes immediates after the operands ({@code extraDescriptor} says their types).
     */
    private void callShared(String owner, String name, ValType[] params, ValType result, String extraDescriptor,
                            Runnable extra) {
        argumentsToCallForm(List.of(params));
        extra.run();
        StringBuilder desc = new StringBuilder("(");
        for (ValType p : params) {
            desc.append(JvmValues.callDescriptor(p));
        }
        desc.append(extraDescriptor).append(')').append(JvmValues.callDescriptor(result));
        mv.visitMethodInsn(INVOKESTATIC, owner, name, desc.toString(), false);
        if (result == ValType.V128) {
            JvmValues.fromObject(mv);
        }
        m.popN(params.length);
        m.push(result);
    }

    private void pushLong(long value) {
        if (value == 0 || value == 1) {
            mv.visitInsn(LCONST_0 + (int) value);
        } else {
            mv.visitLdcInsn(value);
        }
    }

    private void results(List<ValType> results) {
        if (results.size() <= 1) {
            for (ValType r : results) {
                if (r == ValType.V128) {
                    JvmValues.fromObject(mv);
                }
                m.push(r);
            }
            return;
        }
        int mark = m.mark();
        int array = m.temp(ValType.EXTERNREF);
        mv.visitVarInsn(ASTORE, array);
        for (int i = 0; i < results.size(); i++) {
            mv.visitVarInsn(ALOAD, array);
            m.pushInt(i);
            mv.visitInsn(AALOAD);
            m.unboxValue(results.get(i));
            m.push(results.get(i));
        }
        m.release(mark);
    }

    // ---- state of the instance -------------------------------------------------------------------

    private void instance() {
        m.loadContext();
        mv.visitFieldInsn(GETFIELD, CONTEXT, "instance", "L" + INSTANCE + ";");
    }

    private void memory() {
        m.loadContext();
        mv.visitFieldInsn(GETFIELD, CONTEXT, "memory", "L" + MEMORY + ";");
    }

    private void table(int index) {
        if (index < ModulePlan.TABLE_FIELDS) {
            m.loadContext();
            mv.visitFieldInsn(GETFIELD, plan.contextClass(), ContextClassWriter.tableField(index), "L" + TABLE + ";");
        } else {
            instance();
            m.pushInt(index);
            mv.visitMethodInsn(INVOKEVIRTUAL, INSTANCE, "table", "(I)L" + TABLE + ";", false);
        }
    }

    private void global(int index) {
        if (index < ModulePlan.GLOBAL_FIELDS) {
            m.loadContext();
            mv.visitFieldInsn(GETFIELD, plan.contextClass(), ContextClassWriter.globalField(index), "L" + GLOBAL + ";");
        } else {
            instance();
            m.pushInt(index);
            mv.visitMethodInsn(INVOKEVIRTUAL, INSTANCE, "global", "(I)L" + GLOBAL + ";", false);
        }
    }

    private void importedFunction(int index) {
        if (index < ModulePlan.IMPORT_FIELDS) {
            m.loadContext();
            mv.visitFieldInsn(GETFIELD, plan.contextClass(), ContextClassWriter.importField(index),
                    "L" + FUNCTION_REF + ";");
        } else {
            instance();
            m.pushInt(index);
            mv.visitMethodInsn(INVOKEVIRTUAL, INSTANCE, "function", "(I)L" + FUNCTION_REF + ";", false);
        }
    }

    private void globalGet(int index) {
        ValType t = plan.module().globalType(index).type();
        Long constant = plan.constantGlobal(index);
        if (constant != null) {
            // An immutable global of the module initialised by a constant: the constant itself.
            switch (t) {
                case I32 -> m.pushInt((int) (long) constant);
                case I64 -> pushLong(constant);
                case F32 -> mv.visitLdcInsn(Float.intBitsToFloat((int) (long) constant));
                default -> mv.visitLdcInsn(Double.longBitsToDouble(constant));
            }
            m.push(t);
            return;
        }
        global(index);
        String desc = MethodEmitter.type(t).getDescriptor();
        String name = switch (t) {
            case I32 -> "getI32";
            case I64 -> "getI64";
            case F32 -> "getF32";
            case F64 -> "getF64";
            case V128 -> "getV128";
            case FUNCREF, EXTERNREF -> "getRef";
        };
        mv.visitMethodInsn(INVOKEVIRTUAL, GLOBAL, name, "()" + desc, false);
        if (t == ValType.V128) {
            JvmValues.fromObject(mv);
        }
        m.push(t);
    }

    private void globalSet(int index) {
        ValType t = m.pop();
        if (t == ValType.V128) {
            JvmValues.toObject(mv);
        }
        global(index);
        String desc = MethodEmitter.type(t).getDescriptor();
        String name = switch (t) {
            case I32 -> "setI32";
            case I64 -> "setI64";
            case F32 -> "setF32";
            case F64 -> "setF64";
            case V128 -> "setV128";
            case FUNCREF, EXTERNREF -> "setRef";
        };
        helper("GlobalAccess", name, "(" + desc + "L" + GLOBAL + ";)V");
    }

    private void select(ValType t) {
        if (t == ValType.V128) {
            selectV128();
            return;
        }
        m.popN(3);
        String desc = MethodEmitter.type(t).getDescriptor();
        String name = switch (t) {
            case I32 -> "selectI32";
            case I64 -> "selectI64";
            case F32 -> "selectF32";
            case F64 -> "selectF64";
            case V128 -> "selectV128";
            case FUNCREF, EXTERNREF -> "selectRef";
        };
        helper("Values", name, "(" + desc + desc + "I)" + desc);
        m.push(t);
    }

    /** [a(2 longs), b(2 longs), condition] to a or b, through temporaries (four slots do not shuffle). */
    private void selectV128() {
        int mark = m.mark();
        int condition = m.temp(ValType.I32);
        int b = m.temp(ValType.V128);
        mv.visitVarInsn(ISTORE, condition);
        JvmValues.store(mv, ValType.V128, b);
        org.objectweb.asm.Label keep = new org.objectweb.asm.Label();
        mv.visitVarInsn(ILOAD, condition);
        mv.visitJumpInsn(IFNE, keep);
        JvmValues.pop(mv, ValType.V128);
        JvmValues.load(mv, ValType.V128, b);
        mv.visitLabel(keep);
        m.release(mark);
        m.popN(3);
        m.push(ValType.V128);
    }

    private void helper(String owner, String name, String descriptor) {
        mv.visitMethodInsn(INVOKESTATIC, RT + owner, name, descriptor, false);
    }

    private void site(Instr in) {
        m.owner.site(m, in.offset);
    }
}
