package dev.tandem.truffle.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import dev.tandem.runtime.Instance;
import dev.tandem.truffle.WasmLanguage;
import dev.tandem.truffle.WasmTrapException;
import dev.tandem.truffle.lower.LoweredFunction;
import dev.tandem.truffle.lower.ModuleCode;
import dev.tandem.wasm.numeric.WasmTrap;
import java.util.concurrent.locks.Lock;

/**
 * The root of one module-defined function of one instance. Its {@link BytecodeNode} is made on
 * the first call (lowering the code then if no other instance has), so instantiating a large
 * module costs one small object per function.
 *
 * <p>This is also where traps become Truffle exceptions: shared code throws wasm-core's
 * {@link WasmTrap}, which this root, the innermost Wasm frame, turns into a
 * {@link WasmTrapException} so that Truffle records the Wasm backtrace from here outwards. A
 * {@link StackOverflowError} becomes the "call stack exhausted" trap the same way.
 */
public final class FunctionRootNode extends RootNode {

    private final WasmLanguage language;
    private final ModuleCode module;
    private final Instance instance;
    private final int functionIndex;
    private final String name;
    @Child private BytecodeNode body;

    public FunctionRootNode(WasmLanguage language, ModuleCode module, Instance instance, int functionIndex) {
        super(language, frameDescriptor(module.frameSize(functionIndex)));
        this.language = language;
        this.module = module;
        this.instance = instance;
        this.functionIndex = functionIndex;
        String named = module.module().names() == null ? null : module.module().names().functionName(functionIndex);
        this.name = named != null ? named : "function " + functionIndex;
    }

    /** Every slot static: no tags at run time, and virtual registers in compiled code (see {@link Slots}). */
    private static FrameDescriptor frameDescriptor(int slots) {
        FrameDescriptor.Builder builder = FrameDescriptor.newBuilder(slots);
        builder.addSlots(slots, FrameSlotKind.Static);
        return builder.build();
    }

    /** Before the first call, so that even the first compilation (engine.CompileImmediately) sees the body. */
    @Override
    protected void prepareForCall() {
        if (body == null) {
            createBody();
        }
    }

    @Override
    public Object execute(VirtualFrame frame) {
        BytecodeNode code = body;
        if (code == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            code = createBody();
        }
        CallDepth calls = language.callDepth();
        if (++calls.depth > CallDepth.LIMIT) {
            calls.depth--;
            throw WasmTrapException.exhausted(code);
        }
        try {
            return code.execute(frame);
        } catch (WasmTrap trap) {
            // No deoptimization here: a program that traps on purpose, again and again, keeps its compiled code.
            throw WasmTrapException.of(trap, code);
        } catch (StackOverflowError e) {
            throw WasmTrapException.exhausted(code);
        } finally {
            calls.depth--;
        }
    }

    private BytecodeNode createBody() {
        Lock lock = getLock();
        lock.lock();
        try {
            if (body == null) {
                LoweredFunction lowered = module.lowered(functionIndex);
                body = insert(new BytecodeNode(lowered, module.functionSignatures()[functionIndex], instance,
                        module.functionSignatures(), module.typeSignatures()));
            }
            return body;
        } finally {
            lock.unlock();
        }
    }

    /** The function's name from the name section, else {@code "function N"} with its index. */
    @Override
    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return "wasm " + name;
    }
}
