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
                case 0x28 -> pc = load(frame, sp, pc, memory.i32Load(Slots.address(frame, sp - 1, c[pc + 1])));
                case 0x29 -> pc = load(frame, sp, pc, memory.i64Load(Slots.address(frame, sp - 1, c[pc + 1])));
                case 0x2A -> pc = load(frame, sp, pc, memory.i32Load(Slots.address(frame, sp - 1, c[pc + 1])));
                case 0x2B -> pc = load(frame, sp, pc, memory.i64Load(Slots.address(frame, sp - 1, c[pc + 1])));
                case 0x2C -> pc = load(frame, sp, pc, memory.i32Load8S(Slots.address(frame, sp - 1, c[pc + 1])));
                case 0x2D -> pc = load(frame, sp, pc, memory.i32Load8U(Slots.address(frame, sp - 1, c[pc + 1])));
                case 0x2E -> pc = load(frame, sp, pc, memory.i32Load16S(Slots.address(frame, sp - 1, c[pc + 1])));
                case 0x2F -> pc = load(frame, sp, pc, memory.i32Load16U(Slots.address(frame, sp - 1, c[pc + 1])));
                case 0x30 -> pc = load(frame, sp, pc, memory.i64Load8S(Slots.address(frame, sp - 1, c[pc + 1])));
                case 0x31 -> pc = load(frame, sp, pc, memory.i64Load8U(Slots.address(frame, sp - 1, c[pc + 1])));
                case 0x32 -> pc = load(frame, sp, pc, memory.i64Load16S(Slots.address(frame, sp - 1, c[pc + 1])));
                case 0x33 -> pc = load(frame, sp, pc, memory.i64Load16U(Slots.address(frame, sp - 1, c[pc + 1])));
                case 0x34 -> pc = load(frame, sp, pc, memory.i64Load32S(Slots.address(frame, sp - 1, c[pc + 1])));
                case 0x35 -> pc = load(frame, sp, pc, memory.i64Load32U(Slots.address(frame, sp - 1, c[pc + 1])));
                case 0x36, 0x38 -> {
                    memory.i32Store(Slots.address(frame, sp - 2, c[pc + 1]), Slots.i32(frame, sp - 1));
                    sp -= 2;
                    pc += 2;
                }
                case 0x37, 0x39 -> {
                    memory.i64Store(Slots.address(frame, sp - 2, c[pc + 1]), Slots.i64(frame, sp - 1));
                    sp -= 2;
                    pc += 2;
                }
                case 0x3A, 0x3C -> {
                    memory.i32Store8(Slots.address(frame, sp - 2, c[pc + 1]), Slots.i32(frame, sp - 1));
                    sp -= 2;
                    pc += 2;
                }
                case 0x3B, 0x3D -> {
                    memory.i32Store16(Slots.address(frame, sp - 2, c[pc + 1]), Slots.i32(frame, sp - 1));
                    sp -= 2;
                    pc += 2;
                }
                case 0x3E -> {
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
                case 0x45 -> { sp = unI32(frame, sp, IntOps.i32Eqz(top32(frame, sp))); pc++; }
                case 0x46 -> { sp = binI32(frame, sp, IntOps.i32Eq(a32(frame, sp), b32(frame, sp))); pc++; }
                case 0x47 -> { sp = binI32(frame, sp, IntOps.i32Ne(a32(frame, sp), b32(frame, sp))); pc++; }
                case 0x48 -> { sp = binI32(frame, sp, IntOps.i32LtS(a32(frame, sp), b32(frame, sp))); pc++; }
                case 0x49 -> { sp = binI32(frame, sp, IntOps.i32LtU(a32(frame, sp), b32(frame, sp))); pc++; }
                case 0x4A -> { sp = binI32(frame, sp, IntOps.i32GtS(a32(frame, sp), b32(frame, sp))); pc++; }
                case 0x4B -> { sp = binI32(frame, sp, IntOps.i32GtU(a32(frame, sp), b32(frame, sp))); pc++; }
                case 0x4C -> { sp = binI32(frame, sp, IntOps.i32LeS(a32(frame, sp), b32(frame, sp))); pc++; }
                case 0x4D -> { sp = binI32(frame, sp, IntOps.i32LeU(a32(frame, sp), b32(frame, sp))); pc++; }
                case 0x4E -> { sp = binI32(frame, sp, IntOps.i32GeS(a32(frame, sp), b32(frame, sp))); pc++; }
                case 0x4F -> { sp = binI32(frame, sp, IntOps.i32GeU(a32(frame, sp), b32(frame, sp))); pc++; }
                case 0x67 -> { sp = unI32(frame, sp, IntOps.i32Clz(top32(frame, sp))); pc++; }
                case 0x68 -> { sp = unI32(frame, sp, IntOps.i32Ctz(top32(frame, sp))); pc++; }
                case 0x69 -> { sp = unI32(frame, sp, IntOps.i32Popcnt(top32(frame, sp))); pc++; }
                case 0x6A -> { sp = binI32(frame, sp, a32(frame, sp) + b32(frame, sp)); pc++; }
                case 0x6B -> { sp = binI32(frame, sp, a32(frame, sp) - b32(frame, sp)); pc++; }
                case 0x6C -> { sp = binI32(frame, sp, a32(frame, sp) * b32(frame, sp)); pc++; }
                case 0x6D -> { sp = binI32(frame, sp, IntOps.i32DivS(a32(frame, sp), b32(frame, sp))); pc++; }
                case 0x6E -> { sp = binI32(frame, sp, IntOps.i32DivU(a32(frame, sp), b32(frame, sp))); pc++; }
                case 0x6F -> { sp = binI32(frame, sp, IntOps.i32RemS(a32(frame, sp), b32(frame, sp))); pc++; }
                case 0x70 -> { sp = binI32(frame, sp, IntOps.i32RemU(a32(frame, sp), b32(frame, sp))); pc++; }
                case 0x71 -> { sp = binI32(frame, sp, a32(frame, sp) & b32(frame, sp)); pc++; }
                case 0x72 -> { sp = binI32(frame, sp, a32(frame, sp) | b32(frame, sp)); pc++; }
                case 0x73 -> { sp = binI32(frame, sp, a32(frame, sp) ^ b32(frame, sp)); pc++; }
                // Java masks shift counts to 5 bits, as Wasm does.
                case 0x74 -> { sp = binI32(frame, sp, a32(frame, sp) << b32(frame, sp)); pc++; }
                case 0x75 -> { sp = binI32(frame, sp, a32(frame, sp) >> b32(frame, sp)); pc++; }
                case 0x76 -> { sp = binI32(frame, sp, a32(frame, sp) >>> b32(frame, sp)); pc++; }
                case 0x77 -> { sp = binI32(frame, sp, IntOps.i32Rotl(a32(frame, sp), b32(frame, sp))); pc++; }
                case 0x78 -> { sp = binI32(frame, sp, IntOps.i32Rotr(a32(frame, sp), b32(frame, sp))); pc++; }
                // ---- i64
                case 0x50 -> { sp = unI32(frame, sp, IntOps.i64Eqz(top64(frame, sp))); pc++; }
                case 0x51 -> { sp = binI32(frame, sp, IntOps.i64Eq(a64(frame, sp), b64(frame, sp))); pc++; }
                case 0x52 -> { sp = binI32(frame, sp, IntOps.i64Ne(a64(frame, sp), b64(frame, sp))); pc++; }
                case 0x53 -> { sp = binI32(frame, sp, IntOps.i64LtS(a64(frame, sp), b64(frame, sp))); pc++; }
                case 0x54 -> { sp = binI32(frame, sp, IntOps.i64LtU(a64(frame, sp), b64(frame, sp))); pc++; }
                case 0x55 -> { sp = binI32(frame, sp, IntOps.i64GtS(a64(frame, sp), b64(frame, sp))); pc++; }
                case 0x56 -> { sp = binI32(frame, sp, IntOps.i64GtU(a64(frame, sp), b64(frame, sp))); pc++; }
                case 0x57 -> { sp = binI32(frame, sp, IntOps.i64LeS(a64(frame, sp), b64(frame, sp))); pc++; }
                case 0x58 -> { sp = binI32(frame, sp, IntOps.i64LeU(a64(frame, sp), b64(frame, sp))); pc++; }
                case 0x59 -> { sp = binI32(frame, sp, IntOps.i64GeS(a64(frame, sp), b64(frame, sp))); pc++; }
                case 0x5A -> { sp = binI32(frame, sp, IntOps.i64GeU(a64(frame, sp), b64(frame, sp))); pc++; }
                case 0x79 -> { sp = unI64(frame, sp, IntOps.i64Clz(top64(frame, sp))); pc++; }
                case 0x7A -> { sp = unI64(frame, sp, IntOps.i64Ctz(top64(frame, sp))); pc++; }
                case 0x7B -> { sp = unI64(frame, sp, IntOps.i64Popcnt(top64(frame, sp))); pc++; }
                case 0x7C -> { sp = binI64(frame, sp, a64(frame, sp) + b64(frame, sp)); pc++; }
                case 0x7D -> { sp = binI64(frame, sp, a64(frame, sp) - b64(frame, sp)); pc++; }
                case 0x7E -> { sp = binI64(frame, sp, a64(frame, sp) * b64(frame, sp)); pc++; }
                case 0x7F -> { sp = binI64(frame, sp, IntOps.i64DivS(a64(frame, sp), b64(frame, sp))); pc++; }
                case 0x80 -> { sp = binI64(frame, sp, IntOps.i64DivU(a64(frame, sp), b64(frame, sp))); pc++; }
                case 0x81 -> { sp = binI64(frame, sp, IntOps.i64RemS(a64(frame, sp), b64(frame, sp))); pc++; }
                case 0x82 -> { sp = binI64(frame, sp, IntOps.i64RemU(a64(frame, sp), b64(frame, sp))); pc++; }
                case 0x83 -> { sp = binI64(frame, sp, a64(frame, sp) & b64(frame, sp)); pc++; }
                case 0x84 -> { sp = binI64(frame, sp, a64(frame, sp) | b64(frame, sp)); pc++; }
                case 0x85 -> { sp = binI64(frame, sp, a64(frame, sp) ^ b64(frame, sp)); pc++; }
                // Java masks long shift counts to 6 bits, as Wasm does.
                case 0x86 -> { sp = binI64(frame, sp, a64(frame, sp) << b64(frame, sp)); pc++; }
                case 0x87 -> { sp = binI64(frame, sp, a64(frame, sp) >> b64(frame, sp)); pc++; }
                case 0x88 -> { sp = binI64(frame, sp, a64(frame, sp) >>> b64(frame, sp)); pc++; }
                case 0x89 -> { sp = binI64(frame, sp, IntOps.i64Rotl(a64(frame, sp), b64(frame, sp))); pc++; }
                case 0x8A -> { sp = binI64(frame, sp, IntOps.i64Rotr(a64(frame, sp), b64(frame, sp))); pc++; }
                // ---- integer conversions
                case 0xA7 -> { sp = unI32(frame, sp, (int) top64(frame, sp)); pc++; }
                case 0xAC -> { sp = unI64(frame, sp, top32(frame, sp)); pc++; }
                case 0xAD -> { sp = unI64(frame, sp, Integer.toUnsignedLong(top32(frame, sp))); pc++; }
                case 0xC0 -> { sp = unI32(frame, sp, IntOps.i32Extend8S(top32(frame, sp))); pc++; }
                case 0xC1 -> { sp = unI32(frame, sp, IntOps.i32Extend16S(top32(frame, sp))); pc++; }
                case 0xC2 -> { sp = unI64(frame, sp, IntOps.i64Extend8S(top64(frame, sp))); pc++; }
                case 0xC3 -> { sp = unI64(frame, sp, IntOps.i64Extend16S(top64(frame, sp))); pc++; }
                case 0xC4 -> { sp = unI64(frame, sp, IntOps.i64Extend32S(top64(frame, sp))); pc++; }
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
                        sp = simd(frame, sp, pc, op);
                        pc += 1 + SimdInstructions.immediates(op - Op.SIMD_BASE);
                    } else if (op >= Op.FC_BASE + 8) {
                        int immediates = bulkImmediates(op - Op.FC_BASE);
                        sp = BulkInstructions.execute(frame, sp, op - Op.FC_BASE, immediates > 0 ? c[pc + 1] : 0,
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

    private int simd(VirtualFrame frame, int sp, int pc, int op) {
        int sub = op - Op.SIMD_BASE;
        int immediates = SimdInstructions.immediates(sub);
        int first = immediates > 0 ? code[pc + 1] : 0;
        if (SimdInstructions.accessesMemory(sub)) {
            return SimdMemory.execute(frame, memory, sp, sub, first, immediates > 1 ? code[pc + 2] : 0);
        }
        return SimdInstructions.execute(frame, constants, sp, op, first);
    }

    /** Immediates of a 0xFC bulk instruction (segment and table indices). */
    private static int bulkImmediates(int sub) {
        return switch (sub) {
            case 0x0A, 0x0B -> 0;
            case 0x0C, 0x0E -> 2;
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
