package dev.tandem.aot.codegen;

import static org.objectweb.asm.Opcodes.*;

import dev.tandem.aot.unwind.MethodNames;
import dev.tandem.aot.unwind.ModuleUnwindInfo;
import dev.tandem.wasm.model.ValType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Emits one function into its class: the top method, and a method per chunk as the top method
 * reaches it. Also numbers the function's trap and call sites for unwind info (see
 * {@link ModuleUnwindInfo}): lines relative to the function's first instruction when the function
 * is small enough for 16-bit line numbers, else 1, 2, 3, ... per method with a table of offsets.
 */
final class FunctionEmitter {

    /** What the caller of a chunk needs to know about it. */
    record ChunkMethod(String name, BitSet exitCodes, boolean fallsThrough, List<ValType> exitStack) {
    }

    final ModulePlan plan;
    final ParsedFunction fn;
    final String className;
    private final ClassVisitor cv;
    private final boolean unwindInfo;
    private final boolean ordinalLines;
    private final Map<String, int[]> lineTables;
    private int nextPiece = 1;

    /**
     * @param lineTables where methods numbered by ordinal put their offset tables (unwind info)
     */
    FunctionEmitter(ModulePlan plan, ParsedFunction fn, String className, ClassVisitor cv,
                    Map<String, int[]> lineTables) {
        this.plan = plan;
        this.fn = fn;
        this.className = className;
        this.cv = cv;
        this.unwindInfo = plan.options().unwindInfo();
        this.ordinalLines = fn.codeEnd() - fn.codeStart() >= ModuleUnwindInfo.MAX_LINE;
        this.lineTables = lineTables;
    }

    String topName() {
        return MethodNames.function(fn.index());
    }

    void emit(boolean hasChunks) {
        MethodVisitor mv = cv.visitMethod(ACC_PUBLIC | ACC_STATIC, topName(), plan.directDescriptor(fn.type()), null,
                null);
        MethodEmitter top = MethodEmitter.top(this, mv, hasChunks);
        top.body(fn.body());
        flushLines(top.methodName);
    }

    ChunkMethod emitChunk(Chunk chunk, List<ValType> entryStack, List<MethodEmitter.Control> callerControls) {
        String name = MethodNames.piece(fn.index(), nextPiece++);
        MethodVisitor mv = cv.visitMethod(ACC_PUBLIC | ACC_STATIC, name, plan.chunkDescriptor(), null, null);
        MethodEmitter m = MethodEmitter.chunk(this, mv, name, chunk, entryStack, callerControls);
        m.body(chunk.items);
        flushLines(name);
        boolean fallsThrough = !MethodEmitter.endsTerminal(chunk.items);
        return new ChunkMethod(name, m.exitCodes, fallsThrough, fallsThrough ? List.copyOf(m.stack) : List.of());
    }

    // ---- unwind info ---------------------------------------------------------------------------

    private final Map<String, List<Integer>> pendingOrdinals = new java.util.HashMap<>();

    /** Marks the instruction at module offset {@code offset}, about to be emitted in {@code m}, as a site. */
    void site(MethodEmitter m, int offset) {
        if (!unwindInfo) {
            return;
        }
        int line;
        if (ordinalLines) {
            List<Integer> offsets = pendingOrdinals.computeIfAbsent(m.methodName, k -> new ArrayList<>());
            if (offsets.size() >= ModuleUnwindInfo.MAX_LINE) {
                return; // a method this big cannot exist (64 KiB of bytecode), but never write a wrong line
            }
            offsets.add(offset);
            line = offsets.size();
        } else {
            line = offset - fn.codeStart() + 1;
        }
        Label here = new Label();
        m.mv.visitLabel(here);
        m.mv.visitLineNumber(line, here);
    }

    private void flushLines(String method) {
        List<Integer> offsets = pendingOrdinals.remove(method);
        if (offsets != null) {
            lineTables.put(method, offsets.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
