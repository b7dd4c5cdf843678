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

    InstructionEmitter(MethodEmitter m) {
        this.m = m;
        this.mv = m.mv;
        this.plan = m.plan;
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
            case Opcodes.DROP -> {
                m.pop();
                mv.visitInsn(Signatures.slots(in.type) == 2 ? POP2 : POP);
            }
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
                mv.visitInsn(store && Signatures.slots(t) == 2 ? POP2 : POP);
                if (store) {
                    mv.visitInsn(POP);
                }
                helper("MemoryArrayAccess", "outOfBounds", "()Ldev/tandem/wasm/numeric/WasmTrap;");
                mv.visitInsn(ATHROW);
                m.popN(store ? 2 : 1);
                if (!store) {
                    m.push(t);
                }
                return;
            }
            m.loadMemoryArray();
            m.pushInt((int) in.c);
            if (store) {
                m.popN(2);
                helper("MemoryArrayAccess", name, "(I" + td + "[BI)V");
            } else {
                m.pop();
                helper("MemoryArrayAccess", name, "(I[BI)" + td);
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
                helper(owner, name, "(I" + V128_DESC + "[BII)" + result);
                if (!SimdSpecials.isStore(op)) {
                    m.push(ValType.V128);
                }
            } else if (SimdSpecials.isStore(op)) {
                m.popN(2);
                helper(owner, name, "(I" + V128_DESC + "[BI)V");
            } else {
                m.pop();
                helper(owner, name, "(I[BI)" + V128_DESC);
                m.push(ValType.V128);
            }
        } else if (op == Opcodes.V128_CONST) {
            mv.visitLdcInsn(in.c);
            mv.visitLdcInsn(in.d);
            helper("SimdLanes", "v128Const", "(JJ)" + V128_DESC);
            m.push(ValType.V128);
        } else if (op == Opcodes.I8X16_SHUFFLE) {
            mv.visitLdcInsn(in.c);
            mv.visitLdcInsn(in.d);
            helper("SimdLanes", "i8x16Shuffle", "(" + V128_DESC + V128_DESC + "JJ)" + V128_DESC);
            m.popN(2);
            m.push(ValType.V128);
        } else if (SimdSpecials.isLane(op)) {
            LaneOps.Shape shape = LaneOps.shape(op);
            String scalar = MethodEmitter.type(shape.scalar()).getDescriptor();
            m.pushInt(in.a);
            if (LaneOps.isReplace(op)) {
                helper("SimdLanes", shape.prefix() + "ReplaceLane", "(" + V128_DESC + scalar + "I)" + V128_DESC);
                m.popN(2);
                m.push(ValType.V128);
            } else {
                mv.visitMethodInsn(INVOKESTATIC, shape.implementation(), SimpleOps.camelCase(Opcodes.name(op)),
                        "(" + V128_DESC + "I)" + scalar, false);
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
        if (Signatures.isWide(t)) {
            int mark = m.mark();
            int index = m.temp(ValType.I32);
            mv.visitVarInsn(ISTORE, index);
            packArguments(t.params());
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

    private void results(List<ValType> results) {
        if (results.size() <= 1) {
            for (ValType r : results) {
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
            Boxing.unbox(mv, results.get(i));
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
        m.push(t);
    }

    private void globalSet(int index) {
        ValType t = m.pop();
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

    private void helper(String owner, String name, String descriptor) {
        mv.visitMethodInsn(INVOKESTATIC, RT + owner, name, descriptor, false);
    }

    private void site(Instr in) {
        m.owner.site(m, in.offset);
    }
}
