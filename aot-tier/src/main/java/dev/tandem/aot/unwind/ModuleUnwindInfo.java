package dev.tandem.aot.unwind;

import java.util.Map;

/**
 * Maps a generated method's line numbers back to Wasm byte offsets: this tier's unwind info.
 *
 * <p>With unwind info on, the compiler gives every instruction that can trap or call a line number
 * in the JVM's {@code LineNumberTable}. Normally the line is the instruction's offset from the first
 * instruction of its function, plus one ({@link #codeStarts}). A line number is 16 bits, so a
 * method reaching further than that from its function's start (a piece of a huge function) numbers
 * its instructions 1, 2, 3, ... instead and keeps their offsets in {@link #lineTables}.
 *
 * @param importedFunctions number of imported functions (defined function {@code i} has index
 *                          {@code importedFunctions + i})
 * @param codeStarts        per defined function, the module offset of its first instruction
 * @param lineTables        method name to (line - 1) to offset, for methods numbered by ordinal
 */
public record ModuleUnwindInfo(int importedFunctions, int[] codeStarts, Map<String, int[]> lineTables) {

    /** Largest line number a class file holds. */
    public static final int MAX_LINE = 0xFFFF;

    public ModuleUnwindInfo {
        lineTables = Map.copyOf(lineTables);
    }

    /** The module offset for a frame of {@code method} at {@code line}, or -1 when unknown. */
    public int offset(String method, int functionIndex, int line) {
        if (line <= 0) {
            return -1;
        }
        int[] table = lineTables.get(method);
        if (table != null) {
            return line <= table.length ? table[line - 1] : -1;
        }
        int defined = functionIndex - importedFunctions;
        if (defined < 0 || defined >= codeStarts.length) {
            return -1;
        }
        return codeStarts[defined] + line - 1;
    }
}
