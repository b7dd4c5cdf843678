package dev.tandem.wasm.validate;

import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.ValType;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * What the validator learned about one module-defined function, so that no tier re-derives it.
 *
 * <h2>Side table</h2>
 * One record per control instruction, in code order (GraalWasm's "extra data"): {@code block},
 * {@code loop}, {@code if}, {@code else}, {@code br}, {@code br_if}, and one per target of
 * {@code br_table} (its targets in order, then the default). A tier walking the code with a
 * {@link dev.tandem.wasm.code.CodeReader} keeps a record cursor, starting at 0, and takes the next
 * record at each of those instructions. Each record says:
 * <ul>
 *   <li>{@link #pc(int)}: offset of the instruction the record belongs to (a cross-check);</li>
 *   <li>{@link #targetPc(int)}: where control goes: for a branch to a {@code block}/{@code if}
 *       label, and for {@code block} and {@code else} records, just past the label's {@code end}
 *       (for the function's own label, just past the final {@code end}: a return); for a branch to
 *       a {@code loop}, and for the {@code loop} record, the loop's first body instruction; for
 *       {@code if}, where a false condition goes: just past the {@code else}, or past the
 *       {@code end} when there is none;</li>
 *   <li>{@link #targetRecord(int)}: the record cursor to continue with at {@code targetPc}, so an
 *       interpreter can jump without searching;</li>
 *   <li>{@link #arity(int)}: how many values the jump carries (label results; loop and if
 *       parameters);</li>
 *   <li>{@link #targetHeight(int)}: the operand-stack height (in values, 0 at function entry, locals
 *       not counted) at the label, under the carried values: a branch keeps the top {@code arity}
 *       values, drops everything down to {@code targetHeight}, and puts them back there.</li>
 * </ul>
 * {@code block}, {@code loop} and {@code else} records describe the jump a tier may need at those
 * points (none for {@code block} and {@code loop} when executed in order; {@code else} is reached
 * when the then-branch ends and jumps past the {@code end}).
 *
 * <p>Branches in unreachable code get records too, so the cursor stays in step with the code.
 */
public final class FunctionFacts {

    /** ints per side-table record. */
    static final int RECORD_SIZE = 5;

    private final int functionIndex;
    private final FuncType type;
    /** The declared locals as the body holds them (runs of equal types, not expanded: see LocalTypes). */
    private final List<ValType> declaredLocals;
    private final int maxStackHeight;
    private final int[] sideTable;

    FunctionFacts(int functionIndex, FuncType type, List<ValType> declaredLocals, int maxStackHeight,
                  int[] sideTable) {
        this.functionIndex = functionIndex;
        this.type = type;
        this.declaredLocals = declaredLocals;
        this.maxStackHeight = maxStackHeight;
        this.sideTable = sideTable;
    }

    /** Index in the module's function index space (imports first). */
    public int functionIndex() {
        return functionIndex;
    }

    public FuncType type() {
        return type;
    }

    /**
     * Parameters, then declared locals: a view, not a copy, since a function may declare tens of
     * thousands of locals in a few bytes. Iterate with {@link #localCount()} and
     * {@link #localType(int)}, or over the declaration runs of {@code FunctionBody.locals()}.
     */
    public List<ValType> localTypes() {
        return new AbstractList<>() {
            @Override
            public ValType get(int index) {
                return localType(index);
            }

            @Override
            public int size() {
                return localCount();
            }
        };
    }

    public int localCount() {
        return type.params().size() + declaredLocals.size();
    }

    public ValType localType(int local) {
        int params = type.params().size();
        return local < params ? type.params().get(local) : declaredLocals.get(local - params);
    }

    /** Most operand values the function has on its stack at once (a v128 counts as one). */
    public int maxStackHeight() {
        return maxStackHeight;
    }

    public int recordCount() {
        return sideTable.length / RECORD_SIZE;
    }

    public int pc(int record) {
        return sideTable[record * RECORD_SIZE];
    }

    public int targetPc(int record) {
        return sideTable[record * RECORD_SIZE + 1];
    }

    public int targetRecord(int record) {
        return sideTable[record * RECORD_SIZE + 2];
    }

    public int arity(int record) {
        return sideTable[record * RECORD_SIZE + 3];
    }

    public int targetHeight(int record) {
        return sideTable[record * RECORD_SIZE + 4];
    }

    /**
     * A copy of the raw side table, {@value #RECORD_SIZE} ints per record in the order pc,
     * targetPc, targetRecord, arity, targetHeight: for a tier that keeps its own (compilation-final)
     * array.
     */
    public int[] sideTable() {
        return Arrays.copyOf(sideTable, sideTable.length);
    }
}
