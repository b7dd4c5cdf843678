package dev.tandem.deserialize.generate;

import dev.tandem.wasm.model.ValType;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One function's body, drawn from a seeded random source: statements (local assignments, stores,
 * global updates, counted loops up to two deep, if/else, a {@code br_table} switch, direct and
 * indirect calls) over expressions (arithmetic, comparisons, conversions, loads, selects). Every
 * choice is well typed by construction, and nothing can trap: addresses are masked into the first
 * page, divisors forced odd, truncations saturating, calls only to lower-indexed functions and only
 * while the depth parameter is positive (the entry calls with depth 3), loops counted.
 *
 * <p>Locals after the parameters: three i32 values, two i32 loop counters (one per loop level, never
 * written by anything else), two i64 and two f64 values.
 */
final class FunctionGenerator {

    static final int ENTRY_CALL_DEPTH = 3;
    private static final int MAX_CALLS = 3;
    private static final int MAX_LOOP_LEVEL = 2;
    /** Keeps an address 8-byte aligned and, plus any offset below, inside the first 64 KiB page. */
    private static final int ADDRESS_MASK = 0x7FF8;

    private final SplittableRandom random;
    private final List<Signatures> functionTypes;
    private final int self;
    private final Signatures signature;
    private final int firstLocal;
    private final BodyWriter code = new BodyWriter();
    private int calls;

    /**
     * @param functionTypes every function's type, by function index
     * @param self          the index of the function to generate
     */
    private FunctionGenerator(SplittableRandom random, List<Signatures> functionTypes, int self) {
        this.random = random;
        this.functionTypes = functionTypes;
        this.self = self;
        this.signature = functionTypes.get(self);
        this.firstLocal = signature.params().size();
    }

    /** The code section entry of function {@code self}: its size, locals and instructions. */
    static byte[] generate(SplittableRandom random, List<Signatures> functionTypes, int self) {
        FunctionGenerator g = new FunctionGenerator(random, functionTypes, self);
        g.body();
        WasmWriter entry = new WasmWriter().u32(3)
                .u32(5).byte1(ValType.I32.code())
                .u32(2).byte1(ValType.I64.code())
                .u32(2).byte1(ValType.F64.code())
                .bytes(g.code.toByteArray());
        byte[] content = entry.toByteArray();
        return new WasmWriter().u32(content.length).bytes(content).toByteArray();
    }

    private void body() {
        if (signature == Signatures.ENTRY) {
            entryCalls();
        }
        int statements = 3 + random.nextInt(6);
        for (int i = 0; i < statements; i++) {
            statement(0, true);
        }
        expression(signature.result(), 2);
        code.end();
    }

    /** The entry calls the highest-indexed function (the deepest call chains) and up to two others. */
    private void entryCalls() {
        if (self == 0) {
            return;
        }
        call(self - 1, random.nextBoolean());
        for (int i = random.nextInt(3); i > 0; i--) {
            call(random.nextInt(self), random.nextBoolean());
        }
    }

    // ---- statements: leave the operand stack as they found it ------------------------------------

    private void statement(int loopLevel, boolean callsAllowed) {
        int choice = random.nextInt(10);
        switch (choice) {
            case 0, 1 -> {
                ValType type = pickType();
                expression(type, 2);
                code.localSet(writable(type));
            }
            case 2 -> store();
            case 3 -> {
                code.globalGet(0);
                expression(ValType.I32, 1);
                code.op(Ops.I32_ADD).globalSet(0);
            }
            case 4, 5 -> {
                if (loopLevel < MAX_LOOP_LEVEL) {
                    loop(loopLevel);
                } else {
                    store();
                }
            }
            case 6 -> ifElse(loopLevel, callsAllowed);
            case 7 -> switchStatement(loopLevel, callsAllowed);
            default -> {
                if (callsAllowed && self > 0 && calls < MAX_CALLS) {
                    call(random.nextInt(self), random.nextBoolean());
                } else {
                    store();
                }
            }
        }
    }

    private void store() {
        address();
        switch (random.nextInt(4)) {
            case 0 -> {
                expression(ValType.I32, 2);
                code.i32Store8(offset());
            }
            default -> {
                ValType type = pickType();
                expression(type, 2);
                code.store(type, offset());
            }
        }
    }

    /** A counted loop (2 to 17 rounds) in a block, with an optional early exit. */
    private void loop(int level) {
        int counter = firstLocal + 3 + level;
        code.i32Const(2 + random.nextInt(16)).localSet(counter);
        code.block().loop();
        int statements = 1 + random.nextInt(3);
        for (int i = 0; i < statements; i++) {
            statement(level + 1, false);
        }
        if (random.nextInt(3) == 0) {
            expression(ValType.I32, 1);
            code.i32Const(random.nextInt(64)).op(Ops.I32_LT_U).brIf(1); // leave the block
        }
        code.localGet(counter).i32Const(1).op(Ops.I32_SUB).localTee(counter).brIf(0);
        code.end().end();
    }

    private void ifElse(int loopLevel, boolean callsAllowed) {
        expression(ValType.I32, 2);
        code.ifThen();
        statement(loopLevel, callsAllowed);
        if (random.nextBoolean()) {
            code.elseThen();
            statement(loopLevel, callsAllowed);
        }
        code.end();
    }

    /** {@code switch (x & 3)}: case 0, case 1, and the rest, as nested blocks and a {@code br_table}. */
    private void switchStatement(int loopLevel, boolean callsAllowed) {
        code.block().block().block();
        expression(ValType.I32, 1);
        code.i32Const(3).op(Ops.I32_AND).brTable(new int[] {0, 1, 2}, 2);
        code.end();
        statement(loopLevel, callsAllowed);
        code.br(1).end();
        statement(loopLevel, callsAllowed);
        code.end();
    }

    /**
     * Calls {@code callee} (directly, or through the table, whose element {@code i} is function
     * {@code i}) and folds its result into a local of its result type. Outside the entry the call
     * runs only while this function's depth is positive.
     */
    private void call(int callee, boolean indirect) {
        calls++;
        Signatures target = functionTypes.get(callee);
        boolean guarded = signature.hasDepth();
        if (guarded) {
            code.localGet(0).ifThen().localGet(0).i32Const(1).op(Ops.I32_SUB);
        } else {
            code.i32Const(ENTRY_CALL_DEPTH);
        }
        for (ValType p : target.params().subList(1, target.params().size())) {
            expression(p, 1);
        }
        if (indirect) {
            code.i32Const(callee).callIndirect(target.typeIndex());
        } else {
            code.call(callee);
        }
        ValType result = target.result();
        int local = writable(result);
        code.localGet(local).op(switch (result) {
            case I32 -> Ops.I32_XOR;
            case I64 -> Ops.I64_XOR;
            default -> Ops.F64_ADD;
        }).localSet(local);
        if (guarded) {
            code.end();
        }
    }

    // ---- expressions: push exactly one value of the asked type -----------------------------------

    private void expression(ValType type, int budget) {
        if (budget <= 0 || random.nextInt(4) == 0) {
            leaf(type);
            return;
        }
        int b = budget - 1;
        switch (type) {
            case I32 -> i32(b);
            case I64 -> i64(b);
            case F64 -> f64(b);
            default -> throw new IllegalArgumentException("no " + type + " expressions");
        }
    }

    private void i32(int b) {
        switch (random.nextInt(10)) {
            case 0, 1 -> binary(ValType.I32, Ops.I32_BINARY, b);
            case 2 -> binary(ValType.I32, Ops.I32_COMPARE, b);
            case 3 -> {
                expression(ValType.I32, b);
                code.op(pick(Ops.I32_UNARY));
            }
            case 4 -> {
                expression(ValType.I32, b);
                expression(ValType.I32, b);
                code.i32Const(1).op(Ops.I32_OR).op(pick(Ops.I32_DIVIDE)); // an odd divisor is never zero
            }
            case 5 -> {
                address();
                if (random.nextBoolean()) {
                    code.load(ValType.I32, offset());
                } else {
                    code.i32Load8U(offset());
                }
            }
            case 6 -> {
                expression(ValType.I64, b);
                code.op(Ops.I32_WRAP_I64);
            }
            case 7 -> {
                expression(ValType.F64, b);
                code.truncSat(Ops.I32_TRUNC_SAT_F64_S);
            }
            case 8 -> binary(ValType.F64, Ops.F64_COMPARE, b);
            default -> select(ValType.I32, b);
        }
    }

    private void i64(int b) {
        switch (random.nextInt(6)) {
            case 0, 1 -> binary(ValType.I64, Ops.I64_BINARY, b);
            case 2 -> {
                expression(ValType.I32, b);
                code.op(Ops.I64_EXTEND_I32_U);
            }
            case 3 -> {
                address();
                code.load(ValType.I64, offset());
            }
            case 4 -> {
                expression(ValType.F64, b);
                code.truncSat(Ops.I64_TRUNC_SAT_F64_S);
            }
            default -> select(ValType.I64, b);
        }
    }

    private void f64(int b) {
        switch (random.nextInt(6)) {
            case 0, 1 -> binary(ValType.F64, Ops.F64_BINARY, b);
            case 2 -> {
                expression(ValType.F64, b);
                code.op(Ops.F64_ABS).op(Ops.F64_SQRT);
            }
            case 3 -> {
                boolean wide = random.nextBoolean();
                expression(wide ? ValType.I64 : ValType.I32, b);
                code.op(wide ? Ops.F64_CONVERT_I64_S : Ops.F64_CONVERT_I32_S);
            }
            case 4 -> {
                address();
                code.load(ValType.F64, offset());
            }
            default -> {
                expression(ValType.F64, b);
                expression(ValType.F64, b);
                code.op(Ops.F64_ABS).f64Const(1.0).op(Ops.F64_ADD).op(Ops.F64_DIV);
            }
        }
    }

    /** Two operands of {@code operand} type and one of {@code opcodes} (its result type is the opcode's). */
    private void binary(ValType operand, int[] opcodes, int b) {
        expression(operand, b);
        expression(operand, b);
        code.op(pick(opcodes));
    }

    private void select(ValType type, int b) {
        expression(type, b);
        expression(type, b);
        expression(ValType.I32, b);
        code.select();
    }

    private void leaf(ValType type) {
        if (random.nextInt(5) < 3) {
            code.localGet(readable(type));
            return;
        }
        switch (type) {
            case I32 -> code.i32Const(random.nextInt());
            case I64 -> code.i64Const(random.nextLong());
            default -> code.f64Const(Math.round(random.nextDouble(-1000, 1000) * 64) / 64.0);
        }
    }

    private void address() {
        expression(ValType.I32, 1);
        code.i32Const(ADDRESS_MASK).op(Ops.I32_AND);
    }

    private int offset() {
        return 8 * random.nextInt(0x1000);
    }

    // ---- locals ----------------------------------------------------------------------------------

    private ValType pickType() {
        return switch (random.nextInt(3)) {
            case 0 -> ValType.I32;
            case 1 -> ValType.I64;
            default -> ValType.F64;
        };
    }

    /** A local or parameter of {@code type} that may be written (never the depth, never a loop counter). */
    private int writable(ValType type) {
        List<Integer> candidates = new ArrayList<>(valueLocals(type));
        for (int p = signature.hasDepth() ? 1 : 0; p < signature.params().size(); p++) {
            if (signature.params().get(p) == type) {
                candidates.add(p);
            }
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    /** Any local or parameter of {@code type}, counters and depth included. */
    private int readable(ValType type) {
        List<Integer> candidates = new ArrayList<>(valueLocals(type));
        for (int p = 0; p < signature.params().size(); p++) {
            if (signature.params().get(p) == type) {
                candidates.add(p);
            }
        }
        if (type == ValType.I32) {
            candidates.add(firstLocal + 3);
            candidates.add(firstLocal + 4);
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    private List<Integer> valueLocals(ValType type) {
        return switch (type) {
            case I32 -> List.of(firstLocal, firstLocal + 1, firstLocal + 2);
            case I64 -> List.of(firstLocal + 5, firstLocal + 6);
            default -> List.of(firstLocal + 7, firstLocal + 8);
        };
    }

    private int pick(int[] opcodes) {
        return opcodes[random.nextInt(opcodes.length)];
    }
}
