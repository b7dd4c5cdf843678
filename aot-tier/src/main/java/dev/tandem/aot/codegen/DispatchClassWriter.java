package dev.tandem.aot.codegen;

import static org.objectweb.asm.Opcodes.*;

import dev.tandem.aot.rt.Signatures;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.ValType;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Generates the typed dispatch of calls through a {@link dev.tandem.runtime.FunctionRef} (an imported
 * function, a {@code call_indirect} target once its type has been checked): one small static method
 * per function signature, {@code callN(params..., FunctionRef)}. When the callee is this tier's code it
 * is called with {@code invokeExact} on its bound handle, unboxed, with the exact signature (the type
 * id check made that safe); any other callee (a host function, another tier's) gets boxed values.
 */
final class DispatchClassWriter {

    private static final String AOT_CODE = "dev/tandem/aot/rt/AotFunctionCode";
    private static final String FUNCTION_CODE = "dev/tandem/runtime/FunctionCode";

    private DispatchClassWriter() {
    }

    static byte[] write(ModulePlan plan, int classNumber) {
        ClassWriter cw = new GeneratedClassWriter();
        String name = plan.dispatchClass(classNumber * ModulePlan.SIGNATURES_PER_DISPATCH_CLASS);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, "java/lang/Object", null);
        List<FuncType> signatures = plan.signatures();
        int from = classNumber * ModulePlan.SIGNATURES_PER_DISPATCH_CLASS;
        int to = Math.min(signatures.size(), from + ModulePlan.SIGNATURES_PER_DISPATCH_CLASS);
        for (int s = from; s < to; s++) {
            method(cw, s, signatures.get(s));
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void method(ClassWriter cw, int signature, FuncType type) {
        String desc = ModulePlan.dispatchDescriptor(type);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, ModulePlan.dispatchMethod(signature), desc, null, null);
        mv.visitCode();
        boolean wide = Signatures.isWide(type);
        Type[] args = Type.getArgumentTypes(desc);
        int refSlot = 0;
        for (int i = 0; i < args.length - 1; i++) {
            refSlot += args[i].getSize();
        }
        int codeSlot = refSlot + 1;
        mv.visitVarInsn(ALOAD, refSlot);
        mv.visitMethodInsn(INVOKEVIRTUAL, "dev/tandem/runtime/FunctionRef", "code", "()L" + FUNCTION_CODE + ";", false);
        mv.visitVarInsn(ASTORE, codeSlot);
        mv.visitVarInsn(ALOAD, codeSlot);
        mv.visitTypeInsn(INSTANCEOF, AOT_CODE);
        Label foreign = new Label();
        mv.visitJumpInsn(IFEQ, foreign);
        // Fast path: this tier's code, called with its exact signature.
        mv.visitVarInsn(ALOAD, codeSlot);
        mv.visitTypeInsn(CHECKCAST, AOT_CODE);
        mv.visitMethodInsn(INVOKEVIRTUAL, AOT_CODE, "exact", "()Ljava/lang/invoke/MethodHandle;", false);
        int slot = 0;
        for (int i = 0; i < args.length - 1; i++) {
            mv.visitVarInsn(args[i].getOpcode(ILOAD), slot);
            slot += args[i].getSize();
        }
        String exact = Type.getMethodDescriptor(Type.getReturnType(desc), java.util.Arrays.copyOf(args, args.length - 1));
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/invoke/MethodHandle", "invokeExact", exact, false);
        mv.visitInsn(Type.getReturnType(desc).getOpcode(IRETURN));
        // Slow path: boxed values through the generic entry.
        mv.visitLabel(foreign);
        mv.visitVarInsn(ALOAD, codeSlot);
        if (wide) {
            mv.visitVarInsn(ALOAD, 0);
        } else {
            List<ValType> params = type.params();
            push(mv, params.size());
            mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
            slot = 0;
            for (int i = 0; i < params.size(); i++) {
                mv.visitInsn(DUP);
                push(mv, i);
                mv.visitVarInsn(args[i].getOpcode(ILOAD), slot);
                Boxing.box(mv, params.get(i));
                mv.visitInsn(AASTORE);
                slot += args[i].getSize();
            }
        }
        mv.visitMethodInsn(INVOKESTATIC, "dev/tandem/aot/rt/Calls", "foreign",
                "(L" + FUNCTION_CODE + ";[Ljava/lang/Object;)[Ljava/lang/Object;", false);
        List<ValType> results = type.results();
        if (results.isEmpty()) {
            mv.visitInsn(POP);
            mv.visitInsn(RETURN);
        } else if (results.size() == 1) {
            mv.visitInsn(ICONST_0);
            mv.visitInsn(AALOAD);
            Boxing.unbox(mv, results.get(0));
            mv.visitInsn(Type.getReturnType(desc).getOpcode(IRETURN));
        } else {
            mv.visitInsn(ARETURN);
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void push(MethodVisitor mv, int value) {
        if (value <= 5) {
            mv.visitInsn(ICONST_0 + value);
        } else if (value <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, value);
        } else {
            mv.visitLdcInsn(value);
        }
    }
}
