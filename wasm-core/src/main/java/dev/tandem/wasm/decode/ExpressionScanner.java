package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.code.CodeReader;
import dev.tandem.wasm.code.Opcodes;
import dev.tandem.wasm.model.ConstExpr;

import java.util.BitSet;

/**
 * Finds where an expression (a function body or a constant expression) ends, checking on the way
 * that every instruction is well formed ({@link CodeReader} reads each with its immediates) and
 * that the blocks nest: {@code else} only once inside an {@code if}, and the expression closed by
 * its own final {@code end}.
 *
 * <p>The reader may run to the end of the module, not just of the enclosing entry: where the
 * expression really ends decides which error the spec expects (see {@link CodeSectionDecoder}).
 */
final class ExpressionScanner {

    private ExpressionScanner() {
    }

    /** Scans a constant expression at the reader's position and moves past it. */
    static ConstExpr constExpr(ByteReader in, String what) throws ModuleException {
        int start = in.pos();
        // The data count rule is about function bodies; a constant expression using memory.init is
        // merely invalid, which the validator reports.
        int end = scan(in, true, what);
        return new ConstExpr(in.bytes(), start, end);
    }

    /** Scans a function body's instructions at the reader's position; returns the offset past its final end. */
    static int functionBody(ByteReader in, boolean hasDataCount) throws ModuleException {
        return scan(in, hasDataCount, "code");
    }

    private static int scan(ByteReader in, boolean hasDataCount, String what) throws ModuleException {
        CodeReader code = new CodeReader(in.bytes(), in.pos(), in.end(), hasDataCount);
        // Bit d is set while the block opened at depth d is an `if` that has not had its `else`;
        // allocated on the first nested block, which most constant expressions never have.
        BitSet openIfs = null;
        while (code.depth() > 0) {
            if (!code.hasNext()) {
                throw in.malformed(ByteReader.UNEXPECTED_END, what + " has no final end", code.pc());
            }
            int op;
            try {
                op = code.next();
            } catch (ModuleException e) {
                throw in.withContext(e);
            }
            switch (op) {
                case Opcodes.BLOCK, Opcodes.LOOP, Opcodes.IF -> {
                    if (openIfs == null) {
                        openIfs = new BitSet();
                    }
                    openIfs.set(code.depth(), op == Opcodes.IF);
                }
                case Opcodes.ELSE -> {
                    int depth = code.depth();
                    if (openIfs == null || depth <= 1 || !openIfs.get(depth)) {
                        // The reference interpreter ends the block at `else` and then wants its `end`.
                        throw in.malformed("END opcode expected", "else outside an if's then-branch in " + what,
                                code.instructionOffset());
                    }
                    openIfs.clear(depth);
                }
                default -> {
                }
            }
        }
        int end = code.pc();
        in.seek(end);
        return end;
    }
}
