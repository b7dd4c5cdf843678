package dev.tandem.aot.unwind;

/**
 * One Wasm frame of a backtrace.
 *
 * @param moduleName    the module's name from its name section, or null
 * @param functionIndex index in the module's function index space (imports first)
 * @param functionName  the name section's name of the function, or null
 * @param offset        byte offset in the module binary of the instruction the frame is at (the
 *                      trapping one, or the call), or -1 when unknown (unwind info off)
 */
public record WasmFrame(String moduleName, int functionIndex, String functionName, int offset) {

    /** E.g. {@code func 3 $fac @0x4c}, or {@code func 3} without name and offset. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (moduleName != null) {
            sb.append(moduleName).append('!');
        }
        sb.append("func ").append(functionIndex);
        if (functionName != null) {
            sb.append(" $").append(functionName);
        }
        if (offset >= 0) {
            sb.append(" @0x").append(Integer.toHexString(offset));
        }
        return sb.toString();
    }
}
