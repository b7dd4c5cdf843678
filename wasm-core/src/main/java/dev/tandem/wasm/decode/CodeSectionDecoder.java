package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.FunctionBody;
import dev.tandem.wasm.model.LocalTypes;
import dev.tandem.wasm.model.ValType;

import java.util.ArrayList;
import java.util.List;

/**
 * Section 10: function bodies. Each is its size, its local declarations (a {@link LocalTypes}: one
 * entry per local, stored as runs), and its instructions, which are checked for well-formedness and
 * kept as a byte range.
 */
final class CodeSectionDecoder {

    /**
     * Most locals one function may declare. The spec allows up to 2^32-1, more than a Java list
     * holds and more than any tier can give a frame; a few bytes ({@code 0xFFFFFFFF i32}) ask for
     * them. 50,000 is the limit the web's JS API sets and browser engines enforce, so no module
     * that runs on the web is refused.
     */
    static final int MAX_LOCALS = 50_000;

    private static final long SPEC_LOCALS_LIMIT = 1L << 32;

    private CodeSectionDecoder() {
    }

    static List<FunctionBody> decode(ByteReader in, boolean hasDataCount) throws ModuleException {
        int count = in.length("function body count");
        List<FunctionBody> bodies = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            in.atEntry("function body", i);
            int bodyStart = in.pos();
            int size = in.length("function body size");
            int contentStart = in.pos();
            List<ValType> locals = locals(in);
            int codeStart = in.pos();
            // The code is read up to its final `end` even when that lies past the declared size, as
            // the reference interpreter does: the suite expects "section size mismatch" (not
            // "unexpected end") for a body whose `end` is missing but whose next byte happens to be 0x0B.
            int codeEnd = ExpressionScanner.functionBody(in, hasDataCount);
            if (codeEnd != contentStart + size) {
                throw in.malformed("section size mismatch", "function body declares " + size
                        + " bytes but its code ends after " + (codeEnd - contentStart), bodyStart);
            }
            bodies.add(new FunctionBody(locals, in.bytes(), codeStart, codeEnd, bodyStart));
        }
        return bodies;
    }

    private static List<ValType> locals(ByteReader in) throws ModuleException {
        int at = in.pos();
        int groups = in.length("local declaration count");
        int[] counts = new int[groups];
        ValType[] types = new ValType[groups];
        long total = 0;
        for (int g = 0; g < groups; g++) {
            long n = in.u32Long();
            types[g] = TypeReader.valType(in);
            total += n;
            // Kept as an int once the total is known to be small; until then only the sum matters.
            counts[g] = (int) Math.min(n, Integer.MAX_VALUE);
        }
        if (total >= SPEC_LOCALS_LIMIT) {
            throw in.malformed("too many locals", total + " locals declared, at most 2^32-1 allowed", at);
        }
        if (total > MAX_LOCALS) {
            throw in.malformed("too many locals", total + " locals declared, this implementation allows "
                    + MAX_LOCALS, at);
        }
        return LocalTypes.of(counts, types);
    }
}
