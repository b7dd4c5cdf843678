package dev.tandem.aot.codegen;

import dev.tandem.wasm.code.Opcodes;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Splits a function too big for one good JVM method into several, planned from the start rather
 * than discovered at a {@code MethodTooLargeException}.
 *
 * <p><b>Why.</b> The JVM refuses a method of more than 64 KiB of bytecode, and C2 never compiles one
 * of more than 8,000 bytes ({@code HugeMethodLimit}): a big Wasm function left whole would run
 * interpreted forever unless the JVM runs with {@code -XX:-DontCompileHugeMethods}. So every method
 * is kept under a limit ({@code AotOptions.methodLimit}: the JVM's 64 KiB where huge methods are
 * compiled, else C2's 8,000), planned with a budget of estimated bytes ({@link #budgetFor}).
 *
 * <p><b>Where.</b> Only between whole items of one body: a chunk is a run of consecutive
 * instructions and complete constructs, so a loop that fits the budget stays in one method, where
 * C2 can compile it. A construct bigger than the budget has its body (or then and else bodies)
 * split first; a run of chunk calls that is itself too big is grouped into chunks again.
 *
 * <p><b>How a chunk runs</b> (the emitter implements it): the function's top method allocates a
 * spill frame, a {@code long[]} for numbers and an {@code Object[]} for v128 and references, with a
 * slot per local and then a slot per operand-stack position. Calling a chunk, a method stores its
 * whole operand stack and the locals the chunk uses into the frame; the chunk loads them, runs, and
 * stores back its resulting stack and the locals it wrote. Its int result says where control goes:
 * 0 falls through; k branches to the label k levels out (the function's own label meaning return),
 * the branch values being in the frame at their stack positions already. Each method keeps in JVM
 * locals only the Wasm locals its own instructions touch, so a function with thousands of locals
 * costs no method thousands of loads.
 */
public final class Splitter {

    /**
     * The estimate's budget for a method limit. The estimates ({@link Item#size}) run about a third
     * above the bytecode actually written (0.63 to 0.75 of them over the workload corpus), so a limit
     * of 8,000 gives a budget of 11,500 and methods of 7,300 to 8,600 bytes; the compiler measures what
     * it wrote and splits finer the function that overshoots. Splitting no function that fits matters:
     * a call into a chunk costs a spill frame.
     */
    public static int budgetFor(int methodLimit) {
        return (int) (methodLimit * 23L / 16);
    }

    private Splitter() {
    }

    /**
     * Splits {@code fn}'s body in place when it is over {@code budget} (estimated bytes, see
     * {@link #budgetFor}).
     *
     * @return whether the function now has chunks
     */
    static boolean split(ParsedFunction fn, int budget) {
        int prologue = prologueSize(fn);
        if (fn.size() + prologue <= budget) {
            return false;
        }
        fit(fn.body(), Math.max(budget - prologue, budget / 4));
        return true;
    }

    /** Zeroing the declared locals, unpacking a wide parameter list: bytes before the first instruction. */
    static int prologueSize(ParsedFunction fn) {
        return 3 * (fn.locals().length - fn.type().params().size()) + 20;
    }

    /** Rewrites {@code seq} so that it is at most {@code target} bytes where it can be; returns its size. */
    private static int fit(List<Item> seq, int target) {
        int total = size(seq);
        if (total <= target) {
            return total;
        }
        for (Item item : seq) {
            if (item instanceof Construct c && c.size > target) {
                shrink(c, target);
            }
        }
        while (true) {
            List<Item> grouped = group(seq, target);
            boolean progress = grouped.size() < seq.size();
            seq.clear();
            seq.addAll(grouped);
            total = size(seq);
            if (total <= target || !progress) {
                return total;
            }
        }
    }

    private static void shrink(Construct c, int target) {
        int overhead = c.isIf() ? 6 : 0;
        int room = Math.max(target - overhead, 64);
        if (c.elseBody == null) {
            fit(c.body, room);
        } else {
            int thenSize = fit(c.body, Math.max(room / 2, room - size(c.elseBody)));
            fit(c.elseBody, Math.max(room / 2, room - thenSize));
        }
        c.size = size(c.body) + (c.elseBody == null ? 0 : size(c.elseBody)) + overhead;
    }

    /**
     * Groups consecutive items into chunks of at most {@code target} bytes, from the front, until
     * what is left fits inline after the chunk calls made so far.
     */
    private static List<Item> group(List<Item> seq, int target) {
        List<Item> out = new ArrayList<>();
        int outSize = 0;
        int remaining = size(seq);
        int i = 0;
        while (i < seq.size()) {
            if (outSize + remaining <= target) {
                for (; i < seq.size(); i++) {
                    out.add(seq.get(i));
                }
                break;
            }
            List<Item> run = new ArrayList<>();
            int runSize = 0;
            while (i < seq.size() && (run.isEmpty() || runSize + seq.get(i).size <= target)) {
                Item item = seq.get(i++);
                run.add(item);
                runSize += item.size;
            }
            remaining -= runSize;
            Item replacement = run.size() == 1 && !(run.get(0) instanceof Construct) ? run.get(0) : chunk(run);
            out.add(replacement);
            outSize += replacement.size;
        }
        return out;
    }

    private static Chunk chunk(List<Item> run) {
        LocalSet used = new LocalSet();
        LocalSet written = new LocalSet();
        locals(run, used, written);
        Chunk chunk = new Chunk(List.copyOf(run), used, written);
        Item last = run.get(run.size() - 1);
        chunk.terminal = last.terminal;
        BitSet exits = new BitSet();
        exits(run, 0, exits);
        int values = chunk.height + 2;
        chunk.size = 16 + 6 * (values + used.size() + written.size()) + exits.cardinality() * (8 + 5 * values);
        return chunk;
    }

    /** Adds the locals {@code items} read or write (into {@code used}) and write (into {@code written}). */
    static void locals(List<Item> items, LocalSet used, LocalSet written) {
        for (Item item : items) {
            switch (item) {
                case Instr in -> {
                    switch (in.opcode) {
                        case Opcodes.LOCAL_GET -> used.add(in.a);
                        case Opcodes.LOCAL_SET, Opcodes.LOCAL_TEE -> {
                            used.add(in.a);
                            written.add(in.a);
                        }
                        default -> {
                        }
                    }
                }
                case Construct c -> {
                    locals(c.body, used, written);
                    if (c.elseBody != null) {
                        locals(c.elseBody, used, written);
                    }
                }
                case Chunk ch -> {
                    used.addAll(ch.used);
                    written.addAll(ch.written);
                }
            }
        }
    }

    /** The labels outside the run that branches in it reach, as depths relative to the run. */
    private static void exits(List<Item> items, int depth, BitSet out) {
        for (Item item : items) {
            switch (item) {
                case Instr in -> {
                    switch (in.opcode) {
                        case Opcodes.BR, Opcodes.BR_IF -> exit(in.a, depth, out);
                        case Opcodes.BR_TABLE -> {
                            for (int t : in.targets) {
                                exit(t, depth, out);
                            }
                        }
                        case Opcodes.RETURN -> out.set(1 << 20);
                        default -> {
                        }
                    }
                }
                case Construct c -> {
                    exits(c.body, depth + 1, out);
                    if (c.elseBody != null) {
                        exits(c.elseBody, depth + 1, out);
                    }
                }
                case Chunk ch -> exits(ch.items, depth, out);
            }
        }
    }

    private static void exit(int label, int depth, BitSet out) {
        if (label >= depth) {
            out.set(Math.min(label - depth, 1 << 20));
        }
    }

    static int size(List<Item> items) {
        int total = 0;
        for (Item item : items) {
            total += item.size;
        }
        return total;
    }
}
