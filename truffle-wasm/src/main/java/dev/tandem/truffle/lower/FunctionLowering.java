package dev.tandem.truffle.lower;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.code.CodeReader;
import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.model.FunctionBody;
import dev.tandem.wasm.model.Module;
import dev.tandem.wasm.numeric.V128;
import dev.tandem.wasm.validate.FunctionFacts;
import dev.tandem.wasm.validate.ValidatedModule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers one validated function to {@link LoweredFunction} code in a single pass over its bytes.
 *
 * <p>Control flow comes from the validator's side table ({@link FunctionFacts}): each
 * {@code block}, {@code loop}, {@code if}, {@code else}, {@code br}, {@code br_if} and
 * {@code br_table} target takes the next record, which says where control goes, how many values it
 * carries and the stack height to put them at. Branch targets are Wasm byte offsets there; this
 * pass maps them to internal code indices once every instruction is placed. Nothing about stack
 * heights is re-derived here.
 *
 * <p>{@code block}, {@code loop}, {@code end} and {@code nop} produce no code. Code after an
 * unconditional transfer ({@code br}, {@code br_table}, {@code return}, {@code unreachable}) up to
 * the end of its block is unreachable and dropped (its records are still consumed), which keeps
 * the code small and the interpreter free of stack states that cannot occur.
 */
public final class FunctionLowering {

    private final Module module;
    private final FunctionFacts facts;
    private final int localCount;
    private final int codeStart;
    private final int[] codeIndexAt;
    private int[] out = new int[64];
    private int size;
    private final List<Object> constants = new ArrayList<>();
    private long[] opaque = new long[0];
    private int opaqueCount;
    /** Pairs (code index of a target immediate, Wasm offset it names), resolved at the end. */
    private int[] fixups = new int[16];
    private int fixupCount;
    private int record;
    private int profiles;
    private int callSites;

    private FunctionLowering(ValidatedModule validated, int functionIndex) {
        this.module = validated.module();
        this.facts = validated.functionFacts(functionIndex);
        this.localCount = facts.localCount();
        FunctionBody body = module.codes().get(functionIndex - module.importedFunctionCount());
        this.codeStart = body.codeStart();
        this.codeIndexAt = new int[body.codeEnd() - body.codeStart() + 1];
        Arrays.fill(codeIndexAt, -1);
    }

    /** Lowers module-defined function {@code functionIndex} (an index in the whole function index space). */
    public static LoweredFunction lower(ValidatedModule validated, int functionIndex) {
        FunctionLowering lowering = new FunctionLowering(validated, functionIndex);
        Module module = validated.module();
        FunctionBody body = module.codes().get(functionIndex - module.importedFunctionCount());
        try {
            lowering.walk(new CodeReader(body.bytes(), body.codeStart(), body.codeEnd(), module.dataCount() >= 0));
        } catch (ModuleException e) {
            // The validator has read this code already: failing now is a bug, not bad input.
            throw new IllegalStateException("function " + functionIndex + " unreadable after validation: "
                    + e.getMessage(), e);
        }
        return lowering.finish(functionIndex);
    }

    private void walk(CodeReader reader) throws ModuleException {
        int deadDepth = -1;
        while (reader.hasNext()) {
            int at = reader.pc();
            int op = reader.next();
            int depth = reader.depth();
            if (op == Opcodes.END && depth == 0) {
                // The function's own end, reached by falling through or by a branch to a block ending just
                // before it; branches to the function label itself land just past it. All three return.
                codeIndexAt[at - codeStart] = size;
                codeIndexAt[reader.pc() - codeStart] = size;
                emit(Op.RETURN);
                break;
            }
            if (deadDepth >= 0) {
                skipDead(reader, op);
                if ((op == Opcodes.ELSE && depth == deadDepth) || (op == Opcodes.END && depth == deadDepth - 1)) {
                    deadDepth = -1;
                }
                continue;
            }
            codeIndexAt[at - codeStart] = size;
            if (lowerInstruction(reader, op)) {
                deadDepth = depth;
            }
        }
    }

    /** Keeps the record cursor in step through unreachable code. */
    private void skipDead(CodeReader reader, int op) {
        switch (op) {
            case Opcodes.BLOCK, Opcodes.LOOP, Opcodes.IF, Opcodes.ELSE, Opcodes.BR, Opcodes.BR_IF -> record++;
            case Opcodes.BR_TABLE -> record += reader.brTable().length;
            default -> {
            }
        }
    }

    /** Emits one reachable instruction; returns true when the code after it is unreachable. */
    private boolean lowerInstruction(CodeReader reader, int op) {
        switch (op) {
            case Opcodes.NOP, Opcodes.END -> {
            }
            // Values are raw bits in their slots (see nodes.Slots): a reinterpretation changes nothing.
            case Opcodes.I32_REINTERPRET_F32, Opcodes.I64_REINTERPRET_F64, Opcodes.F32_REINTERPRET_I32,
                 Opcodes.F64_REINTERPRET_I64 -> {
            }
            case Opcodes.BLOCK, Opcodes.LOOP -> record++;
            case Opcodes.IF -> {
                emit(Op.IF);
                target(facts.targetPc(record++));
                emit(profile());
            }
            case Opcodes.ELSE -> {
                emit(Op.JUMP);
                target(facts.targetPc(record++));
            }
            case Opcodes.BR -> {
                emit(Op.BR);
                branch(record++);
                return true;
            }
            case Opcodes.BR_IF -> {
                emit(Op.BR_IF);
                branch(record++);
                emit(profile());
            }
            case Opcodes.BR_TABLE -> {
                brTable(reader.brTable().length);
                return true;
            }
            case Opcodes.RETURN, Opcodes.UNREACHABLE -> {
                emit(op);
                return true;
            }
            case Opcodes.CALL -> {
                emit(Op.CALL);
                emit(reader.index());
                emit(callSites++);
            }
            case Opcodes.CALL_INDIRECT -> {
                emit(Op.CALL_INDIRECT);
                emit(reader.index());
                emit(reader.index2());
                emit(callSites++);
            }
            case Opcodes.DROP -> emit(Op.DROP);
            case Opcodes.SELECT, Opcodes.SELECT_T -> emit(Op.SELECT);
            case Opcodes.LOCAL_GET, Opcodes.LOCAL_SET, Opcodes.LOCAL_TEE -> {
                boolean object = ValueKind.isObject(ValueKind.of(facts.localType(reader.index())));
                emit(object ? op - Opcodes.LOCAL_GET + Op.LOCAL_GET_OBJ : op);
                emit(reader.index());
            }
            case Opcodes.GLOBAL_GET, Opcodes.GLOBAL_SET -> {
                boolean object = ValueKind.isObject(ValueKind.of(module.globalType(reader.index()).type()));
                emit(object ? op - Opcodes.GLOBAL_GET + Op.GLOBAL_GET_OBJ : op);
                emit(reader.index());
            }
            case Opcodes.TABLE_GET, Opcodes.TABLE_SET, Opcodes.REF_FUNC -> {
                emit(op);
                emit(reader.index());
            }
            case Opcodes.F32_CONST -> {
                int bits = reader.f32Bits();
                if ((bits & 0x7FFF_FFFF) == 0 || (bits & 0x7FFF_FFFF) == 0x3F80_0000) {
                    emitOpaque(bits);
                } else {
                    emit(op);
                    emit(bits);
                }
            }
            case Opcodes.F64_CONST -> {
                long bits = reader.f64Bits();
                if ((bits & Long.MAX_VALUE) == 0 || (bits & Long.MAX_VALUE) == 0x3FF0_0000_0000_0000L) {
                    emitOpaque(bits);
                } else {
                    emit(op);
                    emitLong(bits);
                }
            }
            case Opcodes.I32_CONST -> {
                emit(op);
                emit(reader.i32());
            }
            case Opcodes.I64_CONST -> {
                emit(op);
                emitLong(reader.i64());
            }
            case Opcodes.MEMORY_SIZE, Opcodes.MEMORY_GROW, Opcodes.REF_NULL, Opcodes.REF_IS_NULL -> emit(op);
            default -> lowerFamily(reader, op);
        }
        return false;
    }

    private void lowerFamily(CodeReader reader, int op) {
        if (op >= Opcodes.I32_LOAD && op <= Opcodes.I64_STORE32) {
            emit(op);
            emit((int) reader.offset());
        } else if (Op.isNumeric(op)) {
            emit(op);
        } else if (Opcodes.prefix(op) == Opcodes.PREFIX_FC) {
            lowerFc(reader, op);
        } else if (Opcodes.prefix(op) == Opcodes.PREFIX_FD) {
            lowerSimd(reader, op);
        } else {
            throw new IllegalStateException("no lowering for " + Opcodes.name(op));
        }
    }

    private void lowerFc(CodeReader reader, int op) {
        emit(Op.FC_BASE + Opcodes.sub(op));
        switch (op) {
            case Opcodes.MEMORY_INIT, Opcodes.DATA_DROP, Opcodes.ELEM_DROP, Opcodes.TABLE_GROW, Opcodes.TABLE_SIZE,
                 Opcodes.TABLE_FILL -> emit(reader.index());
            case Opcodes.TABLE_INIT, Opcodes.TABLE_COPY -> {
                emit(reader.index());
                emit(reader.index2());
            }
            default -> {
                // saturating truncations, memory.copy, memory.fill: memory 0, no immediates
            }
        }
    }

    private void lowerSimd(CodeReader reader, int op) {
        if (op == Opcodes.V128_CONST) {
            emit(Op.V128_CONST);
            emit(constant(new V128(reader.v128Lo(), reader.v128Hi())));
            return;
        }
        emit(Op.SIMD_BASE + Opcodes.sub(op));
        if (op == Opcodes.I8X16_SHUFFLE) {
            emit(constant(new V128(reader.v128Lo(), reader.v128Hi())));
        } else if (op <= Opcodes.V128_STORE || op == Opcodes.V128_LOAD32_ZERO || op == Opcodes.V128_LOAD64_ZERO) {
            emit((int) reader.offset());
        } else if (op >= Opcodes.I8X16_EXTRACT_LANE_S && op <= Opcodes.F64X2_REPLACE_LANE) {
            emit(reader.lane());
        } else if (op >= Opcodes.V128_LOAD8_LANE && op <= Opcodes.V128_STORE64_LANE) {
            emit((int) reader.offset());
            emit(reader.lane());
        }
    }

    /** {@link Op#BR_TABLE}: the distinct (target, sp) pairs first, then each entry as a pair number. */
    private void brTable(int count) {
        Map<Long, Integer> numbers = new LinkedHashMap<>();
        int[] entries = new int[count];
        for (int i = 0; i < count; i++) {
            int r = record + i;
            long pair = (long) facts.targetPc(r) << 32 | (localCount + facts.targetHeight(r));
            entries[i] = numbers.computeIfAbsent(pair, p -> numbers.size());
        }
        List<Long> pairs = new ArrayList<>(numbers.keySet());
        emit(Op.BR_TABLE);
        emit(count);
        emit(facts.arity(record));
        emit(pairs.size());
        for (long pair : pairs) {
            target((int) (pair >>> 32));
            emit((int) pair);
        }
        for (int entry : entries) {
            emit(entry);
        }
        record += count;
    }

    /** target, sp, arity of the record: where a branch goes and what it carries. */
    private void branch(int r) {
        target(facts.targetPc(r));
        emit(localCount + facts.targetHeight(r));
        emit(facts.arity(r));
    }

    private int profile() {
        int index = profiles;
        profiles += 2;
        return index;
    }

    private int constant(Object value) {
        constants.add(value);
        return constants.size() - 1;
    }

    /** Emits a placeholder for the internal index of Wasm offset {@code wasmPc}, patched in {@link #finish}. */
    private void target(int wasmPc) {
        if (fixupCount + 2 > fixups.length) {
            fixups = Arrays.copyOf(fixups, fixups.length * 2);
        }
        fixups[fixupCount++] = size;
        fixups[fixupCount++] = wasmPc;
        emit(-1);
    }

    /** A +-0.0 or +-1.0 constant (f32 bits zero-extended), hidden from the compiler: see {@link Op#OPAQUE_CONST}. */
    private void emitOpaque(long bits) {
        if (opaqueCount == opaque.length) {
            opaque = Arrays.copyOf(opaque, Math.max(4, opaqueCount * 2));
        }
        opaque[opaqueCount] = bits;
        emit(Op.OPAQUE_CONST);
        emit(opaqueCount++);
    }

    private void emitLong(long value) {
        emit((int) value);
        emit((int) (value >>> 32));
    }

    private void emit(int value) {
        if (size == out.length) {
            out = Arrays.copyOf(out, size * 2);
        }
        out[size++] = value;
    }

    private LoweredFunction finish(int functionIndex) {
        for (int i = 0; i < fixupCount; i += 2) {
            int target = codeIndexAt[fixups[i + 1] - codeStart];
            if (target < 0) {
                throw new IllegalStateException("function " + functionIndex + ": branch to offset 0x"
                        + Integer.toHexString(fixups[i + 1]) + ", which starts no reachable instruction");
            }
            out[fixups[i]] = target;
        }
        int[] kinds = new int[localCount];
        for (int i = 0; i < localCount; i++) {
            kinds[i] = ValueKind.of(facts.localType(i));
        }
        return new LoweredFunction(functionIndex, kinds, localCount + facts.maxStackHeight(), Arrays.copyOf(out, size),
                constants.toArray(), Arrays.copyOf(opaque, opaqueCount), profiles, callSites);
    }
}
