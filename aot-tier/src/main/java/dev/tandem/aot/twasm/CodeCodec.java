package dev.tandem.aot.twasm;

import dev.tandem.aot.code.CompiledCode;
import dev.tandem.aot.unwind.ModuleUnwindInfo;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The compiled part of a {@code .twasm} file: class files, where each function lives, and unwind info if compiled with it. */
final class CodeCodec {

    private CodeCodec() {
    }

    static void write(CompiledCode code, BinaryOutput out) {
        out.string(code.contextClass());
        out.u32(code.functionClasses().length);
        for (String name : code.functionClasses()) {
            out.string(name);
        }
        out.u32(code.classOfDefined().length);
        for (int c : code.classOfDefined()) {
            out.u32(c);
        }
        out.u32(code.classes().size());
        for (Map.Entry<String, byte[]> e : code.classes().entrySet()) {
            out.string(e.getKey());
            out.bytes(e.getValue(), 0, e.getValue().length);
        }
        ModuleUnwindInfo unwind = code.unwindInfo();
        out.bool(unwind != null);
        if (unwind != null) {
            out.u32(unwind.importedFunctions());
            out.u32(unwind.codeStarts().length);
            for (int s : unwind.codeStarts()) {
                out.u32(s);
            }
            out.u32(unwind.lineTables().size());
            for (Map.Entry<String, int[]> e : unwind.lineTables().entrySet()) {
                out.string(e.getKey());
                out.u32(e.getValue().length);
                for (int offset : e.getValue()) {
                    out.u32(offset);
                }
            }
        }
    }

    static CompiledCode read(BinaryInput in) throws IOException {
        String context = in.string();
        String[] functionClasses = new String[in.count()];
        for (int i = 0; i < functionClasses.length; i++) {
            functionClasses[i] = in.string();
        }
        int[] classOf = new int[in.count()];
        for (int i = 0; i < classOf.length; i++) {
            classOf[i] = in.u32();
            if (classOf[i] < 0 || classOf[i] >= functionClasses.length) {
                throw in.malformed("class number " + classOf[i] + " of function " + i);
            }
        }
        int n = in.count();
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            classes.put(in.string(), in.bytes());
        }
        ModuleUnwindInfo unwind = null;
        if (in.bool()) {
            int imported = in.u32();
            int[] starts = new int[in.count()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = in.u32();
            }
            int tables = in.count();
            Map<String, int[]> lineTables = new HashMap<>();
            for (int i = 0; i < tables; i++) {
                String method = in.string();
                int[] offsets = new int[in.count()];
                for (int k = 0; k < offsets.length; k++) {
                    offsets[k] = in.u32();
                }
                lineTables.put(method, offsets);
            }
            unwind = new ModuleUnwindInfo(imported, starts, lineTables);
        }
        return new CompiledCode(classes, context, functionClasses, classOf, unwind);
    }
}
