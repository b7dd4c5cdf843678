package dev.tandem.aot.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * A {@code br_table} too long for a {@code tableswitch}: at 4 bytes per entry, 16,384 targets alone
 * would fill a method. Such tables have few distinct targets (the spec suite's has two, repeated),
 * so the index is first mapped to the ordinal of its distinct target by a string constant read with
 * {@code charAt} (one constant-pool entry per 16,384 indices), and a small {@code tableswitch} over
 * the ordinals does the branch.
 */
final class BranchTables {

    /** Up to this many targets a br_table is a plain tableswitch. */
    static final int INLINE_TARGETS = 512;
    /** Indices per string constant: even at three bytes of modified UTF-8 per char, under 64 KiB. */
    private static final int PER_STRING = 16_384;

    private BranchTables() {
    }

    /** Emits the dispatch for the index on top of the stack; {@code label} gives the JVM label of a target depth. */
    static void emitIndirect(MethodEmitter m, int[] targets, Label otherwise, IntFunction<Label> label) {
        MethodVisitor mv = m.mv;
        int n = targets.length - 1;
        Map<Integer, Integer> ordinals = new HashMap<>();
        List<Label> distinct = new ArrayList<>();
        char[] table = new char[n];
        for (int i = 0; i < n; i++) {
            int depth = targets[i];
            Integer ordinal = ordinals.get(depth);
            if (ordinal == null) {
                ordinal = distinct.size();
                ordinals.put(depth, ordinal);
                distinct.add(label.apply(depth));
            }
            // ordinal + 1: a char 0 takes two bytes in a class file's strings, 1..127 take one.
            table[i] = (char) (ordinal + 1);
        }
        Label outOfRange = new Label();
        // Stack: [index]. Unsigned index >= n goes to the default target.
        mv.visitInsn(DUP);
        m.pushInt(n);
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "compareUnsigned", "(II)I", false);
        mv.visitJumpInsn(IFGE, outOfRange);
        int segments = (n + PER_STRING - 1) / PER_STRING;
        Label ordinalReady = new Label();
        for (int s = 0; s < segments; s++) {
            Label next = new Label();
            if (s < segments - 1) {
                mv.visitInsn(DUP);
                m.pushInt((s + 1) * PER_STRING);
                mv.visitJumpInsn(IF_ICMPGE, next);
            }
            m.pushInt(s * PER_STRING);
            mv.visitInsn(ISUB);
            mv.visitLdcInsn(new String(table, s * PER_STRING, Math.min(PER_STRING, n - s * PER_STRING)));
            mv.visitInsn(SWAP);
            mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "charAt", "(I)C", false);
            mv.visitJumpInsn(GOTO, ordinalReady);
            if (s < segments - 1) {
                mv.visitLabel(next);
            }
        }
        mv.visitLabel(ordinalReady);
        mv.visitTableSwitchInsn(1, distinct.size(), otherwise, distinct.toArray(Label[]::new));
        mv.visitLabel(outOfRange);
        mv.visitInsn(POP);
        mv.visitJumpInsn(GOTO, otherwise);
    }
}
