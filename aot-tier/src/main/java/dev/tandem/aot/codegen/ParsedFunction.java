package dev.tandem.aot.codegen;

import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.ValType;
import java.util.List;

/**
 * A function body as a tree of items ({@link FunctionParser}).
 *
 * @param index     index in the function index space (imports first)
 * @param locals    parameters, then declared locals
 * @param terminal  true when the body never reaches its final {@code end}
 * @param maxHeight the most values on the operand stack at once
 * @param size      estimated bytecode bytes of the whole body
 * @param codeStart module offset of the first instruction
 * @param codeEnd   module offset just past the final {@code end}
 */
record ParsedFunction(int index, FuncType type, ValType[] locals, List<Item> body, boolean terminal, int maxHeight,
                      int size, int codeStart, int codeEnd) {
}
