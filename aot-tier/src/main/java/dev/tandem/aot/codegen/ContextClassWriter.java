package dev.tandem.aot.codegen;

import static org.objectweb.asm.Opcodes.*;

import dev.tandem.wasm.model.Module;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

/**
 * Generates a module's context class: a subclass of {@link dev.tandem.aot.rt.AotContext} with one
 * final field per global ({@code g3}), table ({@code t0}) and imported function ({@code i2}), so that
 * generated code reaches each with one field load. Past {@link ModulePlan#GLOBAL_FIELDS} (and the
 * other limits) code asks the instance instead, which keeps the constructor far below 64 KiB.
 */
final class ContextClassWriter {

    private static final String BASE = "dev/tandem/aot/rt/AotContext";
    private static final String INSTANCE = "dev/tandem/runtime/Instance";

    private ContextClassWriter() {
    }

    static String globalField(int index) {
        return "g" + index;
    }

    static String tableField(int index) {
        return "t" + index;
    }

    static String importField(int index) {
        return "i" + index;
    }

    /** Descriptor of the constructor {@link dev.tandem.aot.rt.AotContext} subclasses have. */
    static final String CONSTRUCTOR = "(L" + INSTANCE + ";[I)V";

    static byte[] write(ModulePlan plan) {
        Module module = plan.module();
        ClassWriter cw = new GeneratedClassWriter();
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, plan.contextClass(), null, BASE, null);
        int globals = Math.min(module.globalCount(), ModulePlan.GLOBAL_FIELDS);
        int tables = Math.min(module.tableCount(), ModulePlan.TABLE_FIELDS);
        int imports = Math.min(module.importedFunctionCount(), ModulePlan.IMPORT_FIELDS);
        for (int i = 0; i < globals; i++) {
            cw.visitField(ACC_PUBLIC | ACC_FINAL, globalField(i), "Ldev/tandem/runtime/Global;", null, null).visitEnd();
        }
        for (int i = 0; i < tables; i++) {
            cw.visitField(ACC_PUBLIC | ACC_FINAL, tableField(i), "Ldev/tandem/runtime/Table;", null, null).visitEnd();
        }
        for (int i = 0; i < imports; i++) {
            cw.visitField(ACC_PUBLIC | ACC_FINAL, importField(i), "Ldev/tandem/runtime/FunctionRef;", null, null)
                    .visitEnd();
        }
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", CONSTRUCTOR, null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitVarInsn(ALOAD, 2);
        mv.visitMethodInsn(INVOKESPECIAL, BASE, "<init>", CONSTRUCTOR, false);
        field(mv, plan, globals, "global", "Ldev/tandem/runtime/Global;", "g");
        field(mv, plan, tables, "table", "Ldev/tandem/runtime/Table;", "t");
        field(mv, plan, imports, "function", "Ldev/tandem/runtime/FunctionRef;", "i");
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void field(MethodVisitor mv, ModulePlan plan, int count, String getter, String desc, String prefix) {
        for (int i = 0; i < count; i++) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(ALOAD, 1);
            if (i <= Short.MAX_VALUE) {
                mv.visitIntInsn(SIPUSH, i);
            } else {
                mv.visitLdcInsn(i);
            }
            mv.visitMethodInsn(INVOKEVIRTUAL, INSTANCE, getter, "(I)" + desc, false);
            mv.visitFieldInsn(PUTFIELD, plan.contextClass(), prefix + i, desc);
        }
    }
}
