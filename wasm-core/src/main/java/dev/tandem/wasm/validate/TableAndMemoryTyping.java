package dev.tandem.wasm.validate;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.code.CodeReader;
import dev.tandem.wasm.code.Opcodes;

/**
 * Typing of the instructions on tables, memories and segments whose operand types or validity
 * depend on the module (a table's element type, whether a memory or segment exists): table
 * get/set/size/grow/fill/copy/init, elem.drop, memory size/grow/fill/copy/init, data.drop.
 */
final class TableAndMemoryTyping {

    private static final int I32 = FunctionValidator.I32;

    private TableAndMemoryTyping() {
    }

    /** Types {@code op} if it is one of this class's instructions; returns false otherwise. */
    static boolean step(FunctionValidator v, ModuleContext c, CodeReader r, int op) throws ModuleException {
        long at = r.instructionOffset();
        switch (op) {
            case Opcodes.TABLE_GET -> {
                int type = elementType(c, c.table(r.index(), at));
                v.pop(I32);
                v.push(type);
            }
            case Opcodes.TABLE_SET -> {
                int type = elementType(c, c.table(r.index(), at));
                v.pop(type);
                v.pop(I32);
            }
            case Opcodes.TABLE_SIZE -> {
                c.table(r.index(), at);
                v.push(I32);
            }
            case Opcodes.TABLE_GROW -> {
                int type = elementType(c, c.table(r.index(), at));
                v.pop(I32);
                v.pop(type);
                v.push(I32);
            }
            case Opcodes.TABLE_FILL -> {
                int type = elementType(c, c.table(r.index(), at));
                v.pop(I32);
                v.pop(type);
                v.pop(I32);
            }
            case Opcodes.TABLE_COPY -> {
                int destination = c.table(r.index(), at);
                int source = c.table(r.index2(), at);
                if (c.tableElementType(destination) != c.tableElementType(source)) {
                    throw v.mismatch("table.copy from a table of " + c.tableElementType(source)
                            + " to a table of " + c.tableElementType(destination));
                }
                popThreeI32(v);
            }
            case Opcodes.TABLE_INIT -> {
                int table = c.table(r.index2(), at);
                int segment = c.elem(r.index(), at);
                if (c.tableElementType(table) != c.elemType(segment)) {
                    throw v.mismatch("table.init of a table of " + c.tableElementType(table)
                            + " from a segment of " + c.elemType(segment));
                }
                popThreeI32(v);
            }
            case Opcodes.ELEM_DROP -> c.elem(r.index(), at);
            case Opcodes.MEMORY_SIZE -> {
                c.memory(0, at);
                v.push(I32);
            }
            case Opcodes.MEMORY_GROW -> {
                c.memory(0, at);
                v.pop(I32);
                v.push(I32);
            }
            case Opcodes.MEMORY_FILL, Opcodes.MEMORY_COPY -> {
                c.memory(0, at);
                popThreeI32(v);
            }
            case Opcodes.MEMORY_INIT -> {
                c.memory(0, at);
                c.data(r.index(), at);
                popThreeI32(v);
            }
            case Opcodes.DATA_DROP -> c.data(r.index(), at);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static int elementType(ModuleContext c, int table) {
        return FunctionValidator.code(c.tableElementType(table));
    }

    private static void popThreeI32(FunctionValidator v) throws ModuleException {
        v.pop(I32);
        v.pop(I32);
        v.pop(I32);
    }
}
