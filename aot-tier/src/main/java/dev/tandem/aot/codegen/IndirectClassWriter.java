package dev.tandem.aot.codegen;

import static org.objectweb.asm.Opcodes.*;

import dev.tandem.aot.unwind.MethodNames;
import dev.tandem.wasm.model.FuncType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Generates the fast path of {@code call_indirect}: one method per signature,
 * {@code indirectN(params..., FunctionRef, context)}, called once the table lookup has checked the
 * callee's type. When the callee belongs to the calling instance (the usual case: a C function
 * pointer into the module's own table) a switch on its function index calls its static method
 * directly, which C2 compiles to a jump table and may inline; only the module's declared references
 * (C.refs: element segments, exports, global initializers) can be such a callee, so only they get a
 * case. Anything else goes through the generic dispatch ({@link DispatchClassWriter}).
 *
 * <p>Switches are kept small: cases are grouped by index into blocks of 2^k, each block a method of
 * its own sized for C2's HugeMethodLimit, and the signature's method switches on the block.
 */
final class IndirectClassWriter {

    private static final String FUNCTION_REF = "dev/tandem/runtime/FunctionRef";
    private static final String INSTANCE = "dev/tandem/runtime/Instance";

    private IndirectClassWriter() {
    }

    static byte[] write(ModulePlan plan, int classNumber) {
        ClassWriter cw = new GeneratedClassWriter();
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, plan.indirectClassName(classNumber), null,
                "java/lang/Object", null);
        for (int sig = 0; sig < plan.signatures().size(); sig++) {
            if (plan.indirectClassNumber(sig) == classNumber) {
                signature(cw, plan, sig);
            }
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void signature(ClassWriter cw, ModulePlan plan, int sig) {
        FuncType type = plan.signatures().get(sig);
        int[] targets = plan.indirectTargets(sig);
        String desc = plan.indirectDescriptor(type);
        Type[] args = Type.getArgumentTypes(desc);
        int caseBytes = 16 + 2 * args.length;
        int bits = 31 - Integer.numberOfLeadingZeros(Math.max(16, Math.min(512, 6_000 / caseBytes)));
        Map<Integer, List<Integer>> blocks = new LinkedHashMap<>();
        for (int f : targets) {
            blocks.computeIfAbsent(f >>> bits, k -> new ArrayList<>()).add(f);
        }
        String name = ModulePlan.indirectMethod(sig);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, name, desc, null, null);
        mv.visitCode();
        int refSlot = slotOf(args, args.length - 2);
        int contextSlot = refSlot + 1;
        Label generic = new Label();
        if (targets.length > 0) {
            // Same instance? Then the callee's context is the caller's, and its method is known by index.
            mv.visitVarInsn(ALOAD, refSlot);
            mv.visitMethodInsn(INVOKEVIRTUAL, FUNCTION_REF, "owner", "()L" + INSTANCE + ";", false);
            mv.visitVarInsn(ALOAD, contextSlot);
            mv.visitFieldInsn(GETFIELD, "dev/tandem/aot/rt/AotContext", "instance", "L" + INSTANCE + ";");
            mv.visitJumpInsn(IF_ACMPNE, generic);
            if (blocks.size() == 1) {
                cases(mv, plan, type, args, refSlot, targets, generic);
            } else {
                mv.visitVarInsn(ALOAD, refSlot);
                mv.visitMethodInsn(INVOKEVIRTUAL, FUNCTION_REF, "index", "()I", false);
                mv.visitIntInsn(BIPUSH, bits);
                mv.visitInsn(IUSHR);
                int[] keys = blocks.keySet().stream().mapToInt(Integer::intValue).toArray();
                Label[] labels = new Label[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    labels[i] = new Label();
                }
                switchOn(mv, keys, labels, generic);
                for (int i = 0; i < keys.length; i++) {
                    mv.visitLabel(labels[i]);
                    String block = name + "_" + keys[i];
                    loadAll(mv, args, args.length);
                    mv.visitMethodInsn(INVOKESTATIC, plan.indirectClass(sig), block, desc, false);
                    mv.visitInsn(Type.getReturnType(desc).getOpcode(IRETURN));
                    blockMethod(cw, plan, sig, block, blocks.get(keys[i]));
                }
            }
        }
        mv.visitLabel(generic);
        genericCall(mv, plan, sig, type, args);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void blockMethod(ClassWriter cw, ModulePlan plan, int sig, String name, List<Integer> targets) {
        FuncType type = plan.signatures().get(sig);
        String desc = plan.indirectDescriptor(type);
        Type[] args = Type.getArgumentTypes(desc);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, name, desc, null, null);
        mv.visitCode();
        Label generic = new Label();
        cases(mv, plan, type, args, slotOf(args, args.length - 2),
                targets.stream().mapToInt(Integer::intValue).toArray(), generic);
        mv.visitLabel(generic);
        genericCall(mv, plan, sig, type, args);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** A switch on the callee's index with a direct call per target; other indices go to {@code generic}. */
    private static void cases(MethodVisitor mv, ModulePlan plan, FuncType type, Type[] args, int refSlot, int[] targets,
                              Label generic) {
        mv.visitVarInsn(ALOAD, refSlot);
        mv.visitMethodInsn(INVOKEVIRTUAL, FUNCTION_REF, "index", "()I", false);
        Label[] labels = new Label[targets.length];
        for (int i = 0; i < targets.length; i++) {
            labels[i] = new Label();
        }
        switchOn(mv, targets, labels, generic);
        String direct = plan.directDescriptor(type);
        for (int i = 0; i < targets.length; i++) {
            mv.visitLabel(labels[i]);
            loadAll(mv, args, args.length - 2);
            mv.visitVarInsn(ALOAD, refSlot + 1);
            mv.visitMethodInsn(INVOKESTATIC, plan.functionClass(targets[i]), MethodNames.function(targets[i]), direct,
                    false);
            mv.visitInsn(Type.getReturnType(direct).getOpcode(IRETURN));
        }
    }

    /** The generic dispatch: the callee's own handle, or boxed values for foreign code. */
    private static void genericCall(MethodVisitor mv, ModulePlan plan, int sig, FuncType type, Type[] args) {
        loadAll(mv, args, args.length - 1);
        String dispatch = ModulePlan.dispatchDescriptor(type);
        mv.visitMethodInsn(INVOKESTATIC, plan.dispatchClass(sig), ModulePlan.dispatchMethod(sig), dispatch, false);
        mv.visitInsn(Type.getReturnType(dispatch).getOpcode(IRETURN));
    }

    private static void switchOn(MethodVisitor mv, int[] keys, Label[] labels, Label otherwise) {
        int[] sorted = keys.clone();
        Arrays.sort(sorted);
        if (!Arrays.equals(sorted, keys)) {
            throw new IllegalArgumentException("switch keys must be sorted");
        }
        int min = keys[0];
        int max = keys[keys.length - 1];
        if ((long) max - min + 1 <= 2L * keys.length + 8) {
            Label[] table = new Label[max - min + 1];
            Arrays.fill(table, otherwise);
            for (int i = 0; i < keys.length; i++) {
                table[keys[i] - min] = labels[i];
            }
            mv.visitTableSwitchInsn(min, max, otherwise, table);
        } else {
            mv.visitLookupSwitchInsn(otherwise, keys, labels);
        }
    }

    private static void loadAll(MethodVisitor mv, Type[] args, int count) {
        int slot = 0;
        for (int i = 0; i < count; i++) {
            mv.visitVarInsn(args[i].getOpcode(ILOAD), slot);
            slot += args[i].getSize();
        }
    }

    private static int slotOf(Type[] args, int index) {
        int slot = 0;
        for (int i = 0; i < index; i++) {
            slot += args[i].getSize();
        }
        return slot;
    }
}
