package dev.tandem.wasm.numeric;

import dev.tandem.wasm.numeric.InstructionTable.Immediate;
import dev.tandem.wasm.numeric.InstructionTable.Instruction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs a spec function whose body is straight-line numeric code — locals, constants,
 * {@code drop}/{@code select} and the instructions of {@link InstructionTable} — by calling the
 * shared numeric methods. Most exports of the spec's numeric scripts are such wrappers (i32.wast's
 * {@code div_s} is {@code local.get 0; local.get 1; i32.div_s}), so the suite's own expected values
 * check the numeric package with no runtime at all. Anything else (control flow, calls, memory,
 * globals, references) makes {@link #compile} decline the function.
 */
final class StraightLineEvaluator {

    private sealed interface Step {
    }

    private record LocalGet(int index) implements Step {
    }

    private record LocalSet(int index, boolean tee) implements Step {
    }

    private record Const(Object value) implements Step {
    }

    private record Nop() implements Step {
    }

    private record Drop() implements Step {
    }

    private record Select() implements Step {
    }

    private record Op(Instruction instruction, Object immediate) implements Step {
    }

    private final List<Step> steps;
    private final Object[] localDefaults;
    private final int resultCount;

    private StraightLineEvaluator(List<Step> steps, Object[] localDefaults, int resultCount) {
        this.steps = steps;
        this.localDefaults = localDefaults;
        this.resultCount = resultCount;
    }

    /** The function as a program, or empty if its body is not straight-line numeric code. */
    static Optional<StraightLineEvaluator> compile(SpecBinary.Function function, InstructionTable table) {
        byte[] types = new byte[function.params().length + function.locals().length];
        System.arraycopy(function.params(), 0, types, 0, function.params().length);
        System.arraycopy(function.locals(), 0, types, function.params().length, function.locals().length);
        Object[] defaults = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            defaults[i] = zero(types[i]);
            if (defaults[i] == null) {
                return Optional.empty();
            }
        }
        for (byte result : function.results()) {
            if (zero(result) == null) {
                return Optional.empty();
            }
        }
        List<Step> steps = new ArrayList<>();
        Code code = new Code(function.code());
        for (int op = code.u8(); op != 0x0B; op = code.u8()) { // no blocks: the first end ends the body
            Step step = switch (op) {
                case 0x01 -> new Nop();
                case 0x1A -> new Drop();
                case 0x1B -> new Select();
                case 0x20 -> new LocalGet(code.u32());
                case 0x21 -> new LocalSet(code.u32(), false);
                case 0x22 -> new LocalSet(code.u32(), true);
                case 0x41 -> new Const((int) code.s64());
                case 0x42 -> new Const(code.s64());
                case 0x43 -> new Const(Float.intBitsToFloat((int) code.fixed(4)));
                case 0x44 -> new Const(Double.longBitsToDouble(code.fixed(8)));
                case 0xFC, 0xFD -> {
                    int sub = code.u32();
                    yield op == 0xFD && sub == 0x0C ? new Const(code.v128()) : op(table.get(op << 8 | sub), code);
                }
                default -> op(table.get(op), code);
            };
            if (step == null) {
                return Optional.empty();
            }
            steps.add(step);
        }
        if (!code.atEnd()) {
            return Optional.empty();
        }
        return Optional.of(new StraightLineEvaluator(steps, defaults, function.results().length));
    }

    private static Step op(Instruction instruction, Code code) {
        if (instruction == null) {
            return null;
        }
        return switch (instruction.immediate()) {
            case NONE -> new Op(instruction, null);
            case LANE -> new Op(instruction, code.u8());
            case SHUFFLE -> new Op(instruction, code.v128());
        };
    }

    /** The numeric instructions the program calls. */
    Set<String> instructions() {
        Set<String> names = new TreeSet<>();
        for (Step step : steps) {
            if (step instanceof Op op) {
                names.add(op.instruction().name());
            }
        }
        return names;
    }

    /**
     * Runs the program.
     *
     * @throws dev.tandem.wasm.numeric.WasmTrap if a numeric method traps
     */
    List<Object> run(List<Object> args) {
        Object[] locals = Arrays.copyOf(localDefaults, localDefaults.length);
        for (int i = 0; i < args.size(); i++) {
            locals[i] = args.get(i);
        }
        Deque<Object> stack = new ArrayDeque<>();
        for (Step step : steps) {
            switch (step) {
                case LocalGet g -> stack.push(locals[g.index()]);
                case LocalSet s -> {
                    locals[s.index()] = s.tee() ? stack.peek() : stack.pop();
                }
                case Nop n -> {
                }
                case Const c -> stack.push(c.value());
                case Drop d -> stack.pop();
                case Select s -> {
                    int condition = (Integer) stack.pop();
                    Object second = stack.pop();
                    Object first = stack.pop();
                    stack.push(condition != 0 ? first : second);
                }
                case Op o -> stack.push(invoke(o, stack));
            }
        }
        List<Object> results = new ArrayList<>(stack);
        Collections.reverse(results);
        if (results.size() != resultCount) {
            throw new IllegalStateException("stack holds " + results.size() + " values, expected " + resultCount);
        }
        return results;
    }

    private static Object invoke(Op op, Deque<Object> stack) {
        Instruction instruction = op.instruction();
        int n = instruction.operandCount();
        List<Object> args = new ArrayList<>(n + 1);
        for (int i = 0; i < n; i++) {
            args.addFirst(stack.pop());
        }
        if (instruction.immediate() == Immediate.LANE) {
            args.add(1, op.immediate());
        } else if (instruction.immediate() == Immediate.SHUFFLE) {
            args.add(op.immediate());
        }
        try {
            return instruction.handle().invokeWithArguments(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** The zero value of a numeric valtype; null for reference types (not supported here). */
    private static Object zero(byte type) {
        return switch (type) {
            case 0x7F -> 0;
            case 0x7E -> 0L;
            case 0x7D -> 0f;
            case 0x7C -> 0d;
            case 0x7B -> V128.ZERO;
            default -> null;
        };
    }

    /** A cursor over a function's code bytes. */
    private static final class Code {
        private final byte[] bytes;
        private int pos;

        Code(byte[] bytes) {
            this.bytes = bytes;
        }

        boolean atEnd() {
            return pos == bytes.length;
        }

        int u8() {
            return bytes[pos++] & 0xFF;
        }

        int u32() {
            long result = 0;
            for (int shift = 0; ; shift += 7) {
                int b = bytes[pos++];
                result |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return (int) result;
                }
            }
        }

        /** Signed LEB128; an i32.const's value is the low 32 bits of the same decoding. */
        long s64() {
            long result = 0;
            int shift = 0;
            int b;
            do {
                b = bytes[pos++];
                result |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            if (shift < 64 && (b & 0x40) != 0) {
                result |= -1L << shift;
            }
            return result;
        }

        long fixed(int size) {
            long result = 0;
            for (int i = 0; i < size; i++) {
                result |= (bytes[pos++] & 0xFFL) << (8 * i);
            }
            return result;
        }

        V128 v128() {
            V128 v = V128.fromBytes(bytes, pos);
            pos += 16;
            return v;
        }
    }
}
