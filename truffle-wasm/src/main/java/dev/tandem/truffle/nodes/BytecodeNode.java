package dev.tandem.truffle.nodes;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerAsserts;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.HostCompilerDirectives.BytecodeInterpreterSwitch;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.BytecodeOSRNode;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import dev.tandem.runtime.FunctionRef;
import dev.tandem.runtime.Global;
import dev.tandem.runtime.Instance;
import dev.tandem.runtime.Memory;
import dev.tandem.runtime.Table;
import dev.tandem.truffle.TruffleFunctionCode;
import dev.tandem.truffle.WasmLanguage;
import dev.tandem.truffle.WasmTrapException;
import dev.tandem.truffle.lower.LoweredFunction;
import dev.tandem.truffle.lower.Op;
import dev.tandem.truffle.lower.Signature;
import dev.tandem.wasm.numeric.IntOps;
import dev.tandem.wasm.numeric.TrapKind;
import dev.tandem.wasm.numeric.V128;
import dev.tandem.wasm.numeric.WasmTrap;
import java.util.concurrent.locks.Lock;

import static dev.tandem.wasm.code.Opcodes.*;

/**
 * Runs one function's lowered code: the dispatch loop that partial evaluation turns into compiled
 * code. What compilation depends on, in one place:
 * <ul>
 *   <li>{@link #executeFrom} is annotated {@code @ExplodeLoop(MERGE_EXPLODE)}: partial evaluation
 *       unrolls the loop along the paths the code can take, with {@code pc} and {@code sp} as
 *       constants on each, and merges paths that reach the same {@code (pc, sp)}. Every local of
 *       that method must therefore be a constant at each merge point; nothing else may change
 *       across iterations (the back-edge counter is an object field for that reason, and counts
 *       only in the interpreter).</li>
 *   <li>{@link #code}, {@link #constants}, the signatures and the instance's globals and tables are
 *       {@code @CompilationFinal(dimensions = 1)}: reading an opcode or an immediate folds to a
 *       constant, so the switch disappears and each instruction becomes its own machine code.</li>
 *   <li>Branches carry their target and the stack height to unwind to ({@link Op#BR}), so a branch
 *       is a constant jump plus slot copies that the compiler turns into register moves.</li>
 *   <li>Operands live in static frame slots indexed by the constant {@code sp}: in compiled code
 *       the frame is virtual and every slot a register ({@link Slots}).</li>
 *   <li>{@link #profiles}: per-branch counts gathered while interpreting, read as constants when
 *       compiling; a branch never taken is compiled as a deoptimization, so its code is not
 *       compiled at all, and the others get real probabilities.</li>
 *   <li>Calls go through one {@link DirectCallNode} per call site (inlined and split by Truffle)
 *       or {@link IndirectCallSite}'s inline cache; they are created on first execution.</li>
 *   <li>Back edges poll for on-stack replacement ({@link BytecodeOSRNode}), so a long loop in a
 *       function called once still gets compiled, and report loop counts to Truffle.</li>
 *   <li>Rare or heavy work (growing memory, table and segment operations, calling a host) sits
 *       behind {@link TruffleBoundary}; instruction families live in separate classes so that this
 *       loop stays under HotSpot's 8000-byte compilation limit for the interpreter phase.</li>
 * </ul>
 */
public final class BytecodeNode extends Node implements BytecodeOSRNode {

    /** Stands for a null (or absent) result coming back from OSR, where null means "no OSR happened". */
    private static final Object NULL_RESULT = new Object();
    /** Profile counts saturate here so that two of them never overflow when added. */
    private static final int PROFILE_CAP = 1 << 30;

    private final Instance instance;
    private final Memory memory;
    @CompilationFinal(dimensions = 1) private final Global[] globals;
    @CompilationFinal(dimensions = 1) private final Table[] tables;
    @CompilationFinal(dimensions = 1) private final Signature[] functionSignatures;
    @CompilationFinal(dimensions = 1) private final Signature[] typeSignatures;
    private final Signature signature;
    private final int localCount;
    @CompilationFinal(dimensions = 1) private final int[] localKinds;
    @CompilationFinal(dimensions = 1) private final int[] code;
    @CompilationFinal(dimensions = 1) private final Object[] constants;
    /** Deliberately not compilation-final: compiled code loads these constants, it cannot fold them (see Op.OPAQUE_CONST). */
    private final long[] opaqueBits;
    /** Two counts per profiled branch (taken, not taken): written by the interpreter, constant to the compiler. */
    @CompilationFinal(dimensions = 1) private final int[] profiles;
    /** One node per call site, made on first execution: DirectCallNode, ForeignCallNode or IndirectCallSite. */
    @Children private final Node[] callSites;
    @CompilationFinal private Object osrMetadata;

    public BytecodeNode(LoweredFunction function, Signature signature, Instance instance,
                        Signature[] functionSignatures, Signature[] typeSignatures) {
        this.instance = instance;
        this.memory = instance.module().memoryCount() > 0 ? instance.memory(0) : null;
        this.globals = new Global[instance.module().globalCount()];
        for (int i = 0; i < globals.length; i++) {
            globals[i] = instance.global(i);
        }
        this.tables = new Table[instance.module().tableCount()];
        for (int i = 0; i < tables.length; i++) {
            tables[i] = instance.table(i);
        }
        this.functionSignatures = functionSignatures;
        this.typeSignatures = typeSignatures;
        this.signature = signature;
        this.localCount = function.localCount();
        this.localKinds = function.localKinds();
        this.code = function.code();
        this.constants = function.constants();
        this.opaqueBits = function.opaqueBits();
        this.profiles = new int[function.profileCount()];
        this.callSites = new Node[function.callSiteCount()];
    }

    /** Runs the function in {@code frame}, whose arguments are the boxed parameters. */
    public Object execute(VirtualFrame frame) {
        enter(frame);
        return executeFrom(frame, 0, localCount);
    }

    /** Parameters from the arguments array into their slots, the other locals to zero. */
    @ExplodeLoop
    private void enter(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        int params = signature.paramCount();
        for (int i = 0; i < localKinds.length; i++) {
            if (i < params) {
                Boxing.write(frame, i, localKinds[i], args[i]);
            } else {
                Boxing.zero(frame, i, localKinds[i]);
            }
        }
    }

    @BytecodeInterpreterSwitch
    @ExplodeLoop(kind = ExplodeLoop.LoopExplosionKind.MERGE_EXPLODE)
    @SuppressWarnings("UnnecessaryContinue")
    private Object executeFrom(VirtualFrame frame, int startPc, int startSp) {
        final int[] c = this.code;
        int pc = startPc;
        int sp = startSp;
        LoopCounter loops = new LoopCounter();
        dispatch:
        while (true) {
            CompilerAsserts.partialEvaluationConstant(pc);
            CompilerAsserts.partialEvaluationConstant(sp);
            int op = c[pc];
            switch (op) {
                // ---- control
                case Op.UNREACHABLE -> throw new WasmTrap(TrapKind.UNREACHABLE);
                case Op.BR -> {
                    int target = c[pc + 1];
                    sp = unwind(frame, sp, c[pc + 2], c[pc + 3]);
                    if (target <= pc) {
                        Object osr = backEdge(frame, target, sp, loops);
                        if (osr != null) {
                            return osr == NULL_RESULT ? null : osr;
                        }
                    }
                    pc = target;
                }
                case Op.BR_IF -> {
                    sp--;
                    if (profile(c[pc + 4], Slots.i32(frame, sp) != 0)) {
                        int target = c[pc + 1];
                        sp = unwind(frame, sp, c[pc + 2], c[pc + 3]);
                        if (target <= pc) {
                            Object osr = backEdge(frame, target, sp, loops);
                            if (osr != null) {
                                return osr == NULL_RESULT ? null : osr;
                            }
                        }
                        pc = target;
                    } else {
                        pc += 5;
                    }
                }
                case Op.BR_TABLE -> {
                    sp--;
                    int count = c[pc + 1];
                    int distinct = c[pc + 3];
                    int index = Slots.i32(frame, sp);
                    int entry = Integer.compareUnsigned(index, count - 1) < 0 ? index : count - 1;
                    int pair = c[pc + 4 + 2 * distinct + entry];
                    if (CompilerDirectives.inInterpreter()) {
                        int target = c[pc + 4 + 2 * pair];
                        sp = unwind(frame, sp, c[pc + 5 + 2 * pair], c[pc + 2]);
                        if (target <= pc) {
                            Object osr = backEdge(frame, target, sp, loops);
                            if (osr != null) {
                                return osr == NULL_RESULT ? null : osr;
                            }
                        }
                        pc = target;
                        continue dispatch;
                    }
                    // Compiled: one path per distinct label, so each has a constant target and stack height.
                    for (int i = 0; i < distinct; i++) {
                        if (i == pair) {
                            int target = c[pc + 4 + 2 * i];
                            sp = unwind(frame, sp, c[pc + 5 + 2 * i], c[pc + 2]);
                            if (target <= pc) {
                                backEdge(frame, target, sp, loops);
                            }
                            pc = target;
                            continue dispatch;
                        }
                    }
                    throw CompilerDirectives.shouldNotReachHere("br_table entry out of range");
                }
                case Op.IF -> {
                    sp--;
                    pc = profile(c[pc + 2], Slots.i32(frame, sp) != 0) ? pc + 3 : c[pc + 1];
                }
                case Op.JUMP -> pc = c[pc + 1];
                case Op.RETURN -> {
                    loops.report(this);
                    return results(frame, sp);
                }
                case Op.CALL -> {
                    sp = call(frame, sp, c[pc + 1], c[pc + 2]);
                    pc += 3;
                }
                case Op.CALL_INDIRECT -> {
                    sp = callIndirect(frame, sp, c[pc + 1], c[pc + 2], c[pc + 3]);
                    pc += 4;
                }
                // ---- parametric and variables
                case Op.DROP -> {
                    sp--;
                    pc++;
                }
                case Op.SELECT -> {
                    if (Slots.i32(frame, sp - 1) == 0) {
                        frame.copyStatic(sp - 2, sp - 3);
                    }
                    sp -= 2;
                    pc++;
                }
                case Op.LOCAL_GET -> {
                    frame.copyPrimitiveStatic(c[pc + 1], sp++);
                    pc += 2;
                }
                case Op.LOCAL_SET -> {
                    frame.copyPrimitiveStatic(--sp, c[pc + 1]);
                    pc += 2;
                }
                case Op.LOCAL_TEE -> {
                    frame.copyPrimitiveStatic(sp - 1, c[pc + 1]);
                    pc += 2;
                }
                case Op.LOCAL_GET_OBJ -> {
                    frame.copyObjectStatic(c[pc + 1], sp++);
                    pc += 2;
                }
                case Op.LOCAL_SET_OBJ -> {
                    frame.copyObjectStatic(--sp, c[pc + 1]);
                    pc += 2;
                }
                case Op.LOCAL_TEE_OBJ -> {
                    frame.copyObjectStatic(sp - 1, c[pc + 1]);
                    pc += 2;
                }
                // Numeric globals hold raw bits like the slots do: getI64/setI64 move them unchanged.
                case Op.GLOBAL_GET -> {
                    Slots.putI64(frame, sp++, globals[c[pc + 1]].getI64());
                    pc += 2;
                }
                case Op.GLOBAL_SET -> {
                    globals[c[pc + 1]].setI64(Slots.i64(frame, --sp));
                    pc += 2;
                }
                case Op.GLOBAL_GET_OBJ -> {
                    Slots.putRef(frame, sp++, globals[c[pc + 1]].getRef());
                    pc += 2;
                }
                case Op.GLOBAL_SET_OBJ -> {
                    globals[c[pc + 1]].setRef(Slots.ref(frame, --sp));
                    pc += 2;
                }
                case Op.TABLE_GET -> {
                    Slots.putRef(frame, sp - 1, tables[c[pc + 1]].get(Slots.i32(frame, sp - 1)));
                    pc += 2;
                }
                case Op.TABLE_SET -> {
                    tables[c[pc + 1]].set(Slots.i32(frame, sp - 2), Slots.ref(frame, sp - 1));
                    sp -= 2;
                    pc += 2;
                }
                // ---- memory: every access through the runtime's bounds-checked Memory
                case I32_LOAD -> pc = load(frame, sp, pc, memory.i32Load(Slots.address(frame, sp - 1, c[pc + 1])));
                case I64_LOAD -> pc = load(frame, sp, pc, memory.i64Load(Slots.address(frame, sp - 1, c[pc + 1])));
                case F32_LOAD -> pc = load(frame, sp, pc, memory.i32Load(Slots.address(frame, sp - 1, c[pc + 1])));
                case F64_LOAD -> pc = load(frame, sp, pc, memory.i64Load(Slots.address(frame, sp - 1, c[pc + 1])));
                case I32_LOAD8_S -> pc = load(frame, sp, pc, memory.i32Load8S(Slots.address(frame, sp - 1, c[pc + 1])));
                case I32_LOAD8_U -> pc = load(frame, sp, pc, memory.i32Load8U(Slots.address(frame, sp - 1, c[pc + 1])));
                case I32_LOAD16_S -> pc = load(frame, sp, pc, memory.i32Load16S(Slots.address(frame, sp - 1, c[pc + 1])));
                case I32_LOAD16_U -> pc = load(frame, sp, pc, memory.i32Load16U(Slots.address(frame, sp - 1, c[pc + 1])));
                case I64_LOAD8_S -> pc = load(frame, sp, pc, memory.i64Load8S(Slots.address(frame, sp - 1, c[pc + 1])));
                case I64_LOAD8_U -> pc = load(frame, sp, pc, memory.i64Load8U(Slots.address(frame, sp - 1, c[pc + 1])));
                case I64_LOAD16_S -> pc = load(frame, sp, pc, memory.i64Load16S(Slots.address(frame, sp - 1, c[pc + 1])));
                case I64_LOAD16_U -> pc = load(frame, sp, pc, memory.i64Load16U(Slots.address(frame, sp - 1, c[pc + 1])));
                case I64_LOAD32_S -> pc = load(frame, sp, pc, memory.i64Load32S(Slots.address(frame, sp - 1, c[pc + 1])));
                case I64_LOAD32_U -> pc = load(frame, sp, pc, memory.i64Load32U(Slots.address(frame, sp - 1, c[pc + 1])));
                case I32_STORE, F32_STORE -> {
                    memory.i32Store(Slots.address(frame, sp - 2, c[pc + 1]), Slots.i32(frame, sp - 1));
                    sp -= 2;
                    pc += 2;
                }
                case I64_STORE, F64_STORE -> {
                    memory.i64Store(Slots.address(frame, sp - 2, c[pc + 1]), Slots.i64(frame, sp - 1));
                    sp -= 2;
                    pc += 2;
                }
                case I32_STORE8, I64_STORE8 -> {
                    memory.i32Store8(Slots.address(frame, sp - 2, c[pc + 1]), Slots.i32(frame, sp - 1));
                    sp -= 2;
                    pc += 2;
                }
                case I32_STORE16, I64_STORE16 -> {
                    memory.i32Store16(Slots.address(frame, sp - 2, c[pc + 1]), Slots.i32(frame, sp - 1));
                    sp -= 2;
                    pc += 2;
                }
                case I64_STORE32 -> {
                    memory.i32Store(Slots.address(frame, sp - 2, c[pc + 1]), Slots.i32(frame, sp - 1));
                    sp -= 2;
                    pc += 2;
                }
                case Op.MEMORY_SIZE -> {
                    Slots.putI32(frame, sp++, memory.pages());
                    pc++;
                }
                case Op.MEMORY_GROW -> {
                    Slots.putI32(frame, sp - 1, grow(memory, Slots.i32(frame, sp - 1)));
                    pc++;
                }
                // ---- constants: numbers are raw bits, so f32/f64 constants are stored like i32/i64 ones
                case Op.I32_CONST, Op.F32_CONST -> {
                    Slots.putI32(frame, sp++, c[pc + 1]);
                    pc += 2;
                }
                case Op.I64_CONST, Op.F64_CONST -> {
                    Slots.putI64(frame, sp++, (c[pc + 1] & 0xFFFF_FFFFL) | ((long) c[pc + 2] << 32));
                    pc += 3;
                }
                case Op.OPAQUE_CONST -> {
                    Slots.putI64(frame, sp++, opaqueBits[c[pc + 1]]);
                    pc += 2;
                }
                case Op.V128_CONST -> {
                    Slots.putV128(frame, sp++, (V128) constants[c[pc + 1]]);
                    pc += 2;
                }
                // ---- i32
                case I32_EQZ -> { sp = unI32(frame, sp, IntOps.i32Eqz(top32(frame, sp))); pc++; }
                case I32_EQ -> { sp = binI32(frame, sp, IntOps.i32Eq(a32(frame, sp), b32(frame, sp))); pc++; }
                case I32_NE -> { sp = binI32(frame, sp, IntOps.i32Ne(a32(frame, sp), b32(frame, sp))); pc++; }
                case I32_LT_S -> { sp = binI32(frame, sp, IntOps.i32LtS(a32(frame, sp), b32(frame, sp))); pc++; }
                case I32_LT_U -> { sp = binI32(frame, sp, IntOps.i32LtU(a32(frame, sp), b32(frame, sp))); pc++; }
                case I32_GT_S -> { sp = binI32(frame, sp, IntOps.i32GtS(a32(frame, sp), b32(frame, sp))); pc++; }
                case I32_GT_U -> { sp = binI32(frame, sp, IntOps.i32GtU(a32(frame, sp), b32(frame, sp))); pc++; }
                case I32_LE_S -> { sp = binI32(frame, sp, IntOps.i32LeS(a32(frame, sp), b32(frame, sp))); pc++; }
                case I32_LE_U -> { sp = binI32(frame, sp, IntOps.i32LeU(a32(frame, sp), b32(frame, sp))); pc++; }
                case I32_GE_S -> { sp = binI32(frame, sp, IntOps.i32GeS(a32(frame, sp), b32(frame, sp))); pc++; }
                case I32_GE_U -> { sp = binI32(frame, sp, IntOps.i32GeU(a32(frame, sp), b32(frame, sp))); pc++; }
                case I32_CLZ -> { sp = unI32(frame, sp, IntOps.i32Clz(top32(frame, sp))); pc++; }
                case I32_CTZ -> { sp = unI32(frame, sp, IntOps.i32Ctz(top32(frame, sp))); pc++; }
                case I32_POPCNT -> { sp = unI32(frame, sp, IntOps.i32Popcnt(top32(frame, sp))); pc++; }
                case I32_ADD -> { sp = binI32(frame, sp, a32(frame, sp) + b32(frame, sp)); pc++; }
                case I32_SUB -> { sp = binI32(frame, sp, a32(frame, sp) - b32(frame, sp)); pc++; }
                case I32_MUL -> { sp = binI32(frame, sp, a32(frame, sp) * b32(frame, sp)); pc++; }
                case I32_DIV_S -> { sp = binI32(frame, sp, IntOps.i32DivS(a32(frame, sp), b32(frame, sp))); pc++; }
                case I32_DIV_U -> { sp = binI32(frame, sp, IntOps.i32DivU(a32(frame, sp), b32(frame, sp))); pc++; }
                case I32_REM_S -> { sp = binI32(frame, sp, IntOps.i32RemS(a32(frame, sp), b32(frame, sp))); pc++; }
                case I32_REM_U -> { sp = binI32(frame, sp, IntOps.i32RemU(a32(frame, sp), b32(frame, sp))); pc++; }
                case I32_AND -> { sp = binI32(frame, sp, a32(frame, sp) & b32(frame, sp)); pc++; }
                case I32_OR -> { sp = binI32(frame, sp, a32(frame, sp) | b32(frame, sp)); pc++; }
                case I32_XOR -> { sp = binI32(frame, sp, a32(frame, sp) ^ b32(frame, sp)); pc++; }
                // Java masks shift counts to 5 bits, as Wasm does.
                case I32_SHL -> { sp = binI32(frame, sp, a32(frame, sp) << b32(frame, sp)); pc++; }
                case I32_SHR_S -> { sp = binI32(frame, sp, a32(frame, sp) >> b32(frame, sp)); pc++; }
                case I32_SHR_U -> { sp = binI32(frame, sp, a32(frame, sp) >>> b32(frame, sp)); pc++; }
                case I32_ROTL -> { sp = binI32(frame, sp, IntOps.i32Rotl(a32(frame, sp), b32(frame, sp))); pc++; }
                case I32_ROTR -> { sp = binI32(frame, sp, IntOps.i32Rotr(a32(frame, sp), b32(frame, sp))); pc++; }
                // ---- i64
                case I64_EQZ -> { sp = unI32(frame, sp, IntOps.i64Eqz(top64(frame, sp))); pc++; }
                case I64_EQ -> { sp = binI32(frame, sp, IntOps.i64Eq(a64(frame, sp), b64(frame, sp))); pc++; }
                case I64_NE -> { sp = binI32(frame, sp, IntOps.i64Ne(a64(frame, sp), b64(frame, sp))); pc++; }
                case I64_LT_S -> { sp = binI32(frame, sp, IntOps.i64LtS(a64(frame, sp), b64(frame, sp))); pc++; }
                case I64_LT_U -> { sp = binI32(frame, sp, IntOps.i64LtU(a64(frame, sp), b64(frame, sp))); pc++; }
                case I64_GT_S -> { sp = binI32(frame, sp, IntOps.i64GtS(a64(frame, sp), b64(frame, sp))); pc++; }
                case I64_GT_U -> { sp = binI32(frame, sp, IntOps.i64GtU(a64(frame, sp), b64(frame, sp))); pc++; }
                case I64_LE_S -> { sp = binI32(frame, sp, IntOps.i64LeS(a64(frame, sp), b64(frame, sp))); pc++; }
                case I64_LE_U -> { sp = binI32(frame, sp, IntOps.i64LeU(a64(frame, sp), b64(frame, sp))); pc++; }
                case I64_GE_S -> { sp = binI32(frame, sp, IntOps.i64GeS(a64(frame, sp), b64(frame, sp))); pc++; }
                case I64_GE_U -> { sp = binI32(frame, sp, IntOps.i64GeU(a64(frame, sp), b64(frame, sp))); pc++; }
                case I64_CLZ -> { sp = unI64(frame, sp, IntOps.i64Clz(top64(frame, sp))); pc++; }
                case I64_CTZ -> { sp = unI64(frame, sp, IntOps.i64Ctz(top64(frame, sp))); pc++; }
                case I64_POPCNT -> { sp = unI64(frame, sp, IntOps.i64Popcnt(top64(frame, sp))); pc++; }
                case I64_ADD -> { sp = binI64(frame, sp, a64(frame, sp) + b64(frame, sp)); pc++; }
                case I64_SUB -> { sp = binI64(frame, sp, a64(frame, sp) - b64(frame, sp)); pc++; }
                case I64_MUL -> { sp = binI64(frame, sp, a64(frame, sp) * b64(frame, sp)); pc++; }
                case I64_DIV_S -> { sp = binI64(frame, sp, IntOps.i64DivS(a64(frame, sp), b64(frame, sp))); pc++; }
                case I64_DIV_U -> { sp = binI64(frame, sp, IntOps.i64DivU(a64(frame, sp), b64(frame, sp))); pc++; }
                case I64_REM_S -> { sp = binI64(frame, sp, IntOps.i64RemS(a64(frame, sp), b64(frame, sp))); pc++; }
                case I64_REM_U -> { sp = binI64(frame, sp, IntOps.i64RemU(a64(frame, sp), b64(frame, sp))); pc++; }
                case I64_AND -> { sp = binI64(frame, sp, a64(frame, sp) & b64(frame, sp)); pc++; }
                case I64_OR -> { sp = binI64(frame, sp, a64(frame, sp) | b64(frame, sp)); pc++; }
                case I64_XOR -> { sp = binI64(frame, sp, a64(frame, sp) ^ b64(frame, sp)); pc++; }
                // Java masks long shift counts to 6 bits, as Wasm does.
                case I64_SHL -> { sp = binI64(frame, sp, a64(frame, sp) << b64(frame, sp)); pc++; }
                case I64_SHR_S -> { sp = binI64(frame, sp, a64(frame, sp) >> b64(frame, sp)); pc++; }
                case I64_SHR_U -> { sp = binI64(frame, sp, a64(frame, sp) >>> b64(frame, sp)); pc++; }
                case I64_ROTL -> { sp = binI64(frame, sp, IntOps.i64Rotl(a64(frame, sp), b64(frame, sp))); pc++; }
                case I64_ROTR -> { sp = binI64(frame, sp, IntOps.i64Rotr(a64(frame, sp), b64(frame, sp))); pc++; }
                // ---- integer conversions
                case I32_WRAP_I64 -> { sp = unI32(frame, sp, (int) top64(frame, sp)); pc++; }
                case I64_EXTEND_I32_S -> { sp = unI64(frame, sp, top32(frame, sp)); pc++; }
                case I64_EXTEND_I32_U -> { sp = unI64(frame, sp, Integer.toUnsignedLong(top32(frame, sp))); pc++; }
                case I32_EXTEND8_S -> { sp = unI32(frame, sp, IntOps.i32Extend8S(top32(frame, sp))); pc++; }
                case I32_EXTEND16_S -> { sp = unI32(frame, sp, IntOps.i32Extend16S(top32(frame, sp))); pc++; }
                case I64_EXTEND8_S -> { sp = unI64(frame, sp, IntOps.i64Extend8S(top64(frame, sp))); pc++; }
                case I64_EXTEND16_S -> { sp = unI64(frame, sp, IntOps.i64Extend16S(top64(frame, sp))); pc++; }
                case I64_EXTEND32_S -> { sp = unI64(frame, sp, IntOps.i64Extend32S(top64(frame, sp))); pc++; }
                // ---- references
                case Op.REF_NULL -> {
                    Slots.putRef(frame, sp++, null);
                    pc++;
                }
                case Op.REF_IS_NULL -> {
                    Slots.putBool(frame, sp - 1, Slots.ref(frame, sp - 1) == null);
                    pc++;
                }
                case Op.REF_FUNC -> {
                    Slots.putRef(frame, sp++, instance.function(c[pc + 1]));
                    pc += 2;
                }
                // ---- families in their own classes: floats, bulk memory and tables, SIMD
                default -> {
                    if (op >= Op.SIMD_BASE) {
                        sp = simd(frame, sp, pc, Op.simdOpcode(op));
                        pc += 1 + SimdInstructions.immediates(Op.simdOpcode(op));
                    } else if (op >= Op.FC_BASE + 8) {
                        int immediates = bulkImmediates(Op.fcOpcode(op));
                        sp = BulkInstructions.execute(frame, sp, Op.fcOpcode(op), immediates > 0 ? c[pc + 1] : 0,
                                immediates > 1 ? c[pc + 2] : 0, instance, memory, tables);
                        pc += 1 + immediates;
                    } else {
                        sp = FloatInstructions.execute(frame, sp, op);
                        pc++;
                    }
                }
            }
        }
    }

    /** Executes SIMD instruction {@code opcode} (a Wasm opcode, {@code 0xFD << 12 | sub}). */
    private int simd(VirtualFrame frame, int sp, int pc, int opcode) {
        int immediates = SimdInstructions.immediates(opcode);
        int first = immediates > 0 ? code[pc + 1] : 0;
        if (SimdInstructions.accessesMemory(opcode)) {
            return SimdMemory.execute(frame, memory, sp, opcode, first, immediates > 1 ? code[pc + 2] : 0);
        }
        return SimdInstructions.execute(frame, constants, sp, opcode, first);
    }

    /** Immediates of a 0xFC bulk instruction (segment and table indices). */
    private static int bulkImmediates(int opcode) {
        return switch (opcode) {
            case MEMORY_COPY, MEMORY_FILL -> 0;
            case TABLE_INIT, TABLE_COPY -> 2;
            default -> 1;
        };
    }

    // ---- operand helpers for the one-line cases: "a" is the deeper operand, "b" the top one

    private static int a32(VirtualFrame frame, int sp) {
        return Slots.i32(frame, sp - 2);
    }

    private static int b32(VirtualFrame frame, int sp) {
        return Slots.i32(frame, sp - 1);
    }

    private static int top32(VirtualFrame frame, int sp) {
        return Slots.i32(frame, sp - 1);
    }

    private static long a64(VirtualFrame frame, int sp) {
        return Slots.i64(frame, sp - 2);
    }

    private static long b64(VirtualFrame frame, int sp) {
        return Slots.i64(frame, sp - 1);
    }

    private static long top64(VirtualFrame frame, int sp) {
        return Slots.i64(frame, sp - 1);
    }

    /** Binary instruction with an i32 result: stores it over the first operand; returns the new sp. */
    private static int binI32(VirtualFrame frame, int sp, int result) {
        Slots.putI32(frame, sp - 2, result);
        return sp - 1;
    }

    private static int binI64(VirtualFrame frame, int sp, long result) {
        Slots.putI64(frame, sp - 2, result);
        return sp - 1;
    }

    private static int unI32(VirtualFrame frame, int sp, int result) {
        Slots.putI32(frame, sp - 1, result);
        return sp;
    }

    private static int unI64(VirtualFrame frame, int sp, long result) {
        Slots.putI64(frame, sp - 1, result);
        return sp;
    }

    /** A load: replaces the address with the loaded bits; returns the next pc. */
    private static int load(VirtualFrame frame, int sp, int pc, long bits) {
        Slots.putI64(frame, sp - 1, bits);
        return pc + 2;
    }

    @TruffleBoundary
    private static int grow(Memory memory, int deltaPages) {
        return memory.grow(deltaPages);
    }

    // ---- branches

    /** Moves the top {@code arity} values down to {@code targetSp}; returns the stack pointer after them. */
    @ExplodeLoop
    private static int unwind(VirtualFrame frame, int sp, int targetSp, int arity) {
        int from = sp - arity;
        if (from != targetSp) {
            for (int i = 0; i < arity; i++) {
                frame.copyStatic(from + i, targetSp + i);
            }
        }
        return targetSp + arity;
    }

    /**
     * The branch's condition, counted while interpreting; compiled with the counted probability,
     * and with a never-taken direction left out (reaching it deoptimizes, and the count goes on).
     */
    private boolean profile(int index, boolean condition) {
        int[] counts = profiles;
        if (CompilerDirectives.inInterpreter()) {
            int slot = condition ? index : index + 1;
            if (counts[slot] < PROFILE_CAP) {
                counts[slot]++;
            }
            return condition;
        }
        int taken = counts[index];
        int notTaken = counts[index + 1];
        boolean seen = taken + notTaken > 0;
        double probability = seen ? (double) taken / (taken + notTaken) : 0.5;
        if (CompilerDirectives.injectBranchProbability(probability, condition)) {
            if (seen && taken == 0) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
            }
            return true;
        }
        if (seen && notTaken == 0) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
        }
        return false;
    }

    /**
     * A backward branch: polls safepoints (so a running loop can be cancelled or paused), counts it
     * for Truffle's tiering while a higher tier is still to come (the interpreter and tier 1; the
     * count is a field of a per-call object, not a local, so loop explosion is unaffected), and
     * tries on-stack replacement from the interpreter. Returns OSR's result, or null.
     */
    private Object backEdge(VirtualFrame frame, int target, int sp, LoopCounter loops) {
        TruffleSafepoint.poll(this);
        if (CompilerDirectives.hasNextTier() && ++loops.count >= LoopCounter.STRIDE) {
            loops.report(this);
        }
        if (CompilerDirectives.inInterpreter()) {
            if (BytecodeOSRNode.pollOSRBackEdge(this)) {
                Object result = BytecodeOSRNode.tryOSR(this, ((long) sp << 32) | target, null, null, frame);
                if (result != null) {
                    loops.report(this);
                    return result;
                }
            }
        }
        return null;
    }

    @Override
    public Object executeOSR(VirtualFrame osrFrame, long target, Object interpreterState) {
        Object result = executeFrom(osrFrame, (int) target, (int) (target >>> 32));
        return result == null ? NULL_RESULT : result;
    }

    /** The OSR target packs pc and sp into a long ({@link #backEdge}); nothing needs preparing for it. */
    @Override
    public void prepareOSR(long target) {
    }

    /** The whole frame moves into the OSR frame, whatever the target: Truffle's own transfer does that. */
    @Override
    public void copyIntoOSRFrame(VirtualFrame osrFrame, VirtualFrame parentFrame, long target, Object targetMetadata) {
        transferOSRFrame(osrFrame, parentFrame, target, targetMetadata);
    }

    @Override
    public Object getOSRMetadata() {
        return osrMetadata;
    }

    @Override
    public void setOSRMetadata(Object osrMetadata) {
        this.osrMetadata = osrMetadata;
    }

    // ---- calls and results

    @ExplodeLoop
    private Object results(VirtualFrame frame, int sp) {
        int n = signature.resultCount();
        if (n == 0) {
            return null;
        }
        if (n == 1) {
            return Boxing.read(frame, sp - 1, signature.result(0));
        }
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            values[i] = Boxing.read(frame, sp - n + i, signature.result(i));
        }
        return values;
    }

    private int call(VirtualFrame frame, int sp, int functionIndex, int site) {
        Signature callee = functionSignatures[functionIndex];
        Object[] args = arguments(frame, sp, callee);
        Node node = callSites[site];
        if (node == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            node = createCallSite(site, functionIndex);
        }
        Object result;
        try {
            result = node instanceof DirectCallNode direct ? direct.call(args) : ((ForeignCallNode) node).call(args);
        } catch (StackOverflowError e) {
            throw WasmTrapException.exhausted(this);
        }
        return pushResults(frame, sp - callee.paramCount(), callee, result);
    }

    private int callIndirect(VirtualFrame frame, int sp, int typeIndex, int tableIndex, int site) {
        Signature expected = typeSignatures[typeIndex];
        int top = sp - 1;
        FunctionRef function = tables[tableIndex].functionForCall(Slots.i32(frame, top), expected.typeId());
        Object[] args = arguments(frame, top, expected);
        IndirectCallSite node = (IndirectCallSite) callSites[site];
        if (node == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            node = (IndirectCallSite) insertCallSite(site, new IndirectCallSite(getRootNode().getLanguage(WasmLanguage.class)));
        }
        Object result;
        try {
            result = node.call(function, expected.resultCount(), args);
        } catch (StackOverflowError e) {
            throw WasmTrapException.exhausted(this);
        }
        return pushResults(frame, top - expected.paramCount(), expected, result);
    }

    @ExplodeLoop
    private static Object[] arguments(VirtualFrame frame, int sp, Signature callee) {
        int n = callee.paramCount();
        Object[] args = new Object[n];
        for (int i = 0; i < n; i++) {
            args[i] = Boxing.read(frame, sp - n + i, callee.param(i));
        }
        return args;
    }

    @ExplodeLoop
    private static int pushResults(VirtualFrame frame, int base, Signature callee, Object result) {
        int n = callee.resultCount();
        if (n == 1) {
            Boxing.write(frame, base, callee.result(0), result);
        } else if (n > 1) {
            Object[] values = (Object[]) result;
            for (int i = 0; i < n; i++) {
                Boxing.write(frame, base + i, callee.result(i), values[i]);
            }
        }
        return base + n;
    }

    private Node createCallSite(int site, int functionIndex) {
        FunctionRef callee = instance.function(functionIndex);
        WasmLanguage language = getRootNode().getLanguage(WasmLanguage.class);
        CallTarget target = TruffleFunctionCode.targetFor(callee, language);
        Node node = target != null ? DirectCallNode.create(target)
                : new ForeignCallNode(callee.code(), functionSignatures[functionIndex].resultCount());
        return insertCallSite(site, node);
    }

    private Node insertCallSite(int site, Node node) {
        Lock lock = getLock();
        lock.lock();
        try {
            if (callSites[site] == null) {
                callSites[site] = insert(node);
            }
            return callSites[site];
        } finally {
            lock.unlock();
        }
    }

    /** Back edges not yet reported to Truffle: reported every {@link #STRIDE} and when the call returns. */
    private static final class LoopCounter {
        /** Reporting costs a call; a stride keeps it off the common path while a long loop still counts. */
        static final int STRIDE = 1 << 14;

        int count;

        void report(Node node) {
            if (CompilerDirectives.hasNextTier() && count > 0) {
                LoopNode.reportLoopCount(node, count);
                count = 0;
            }
        }
    }
}
