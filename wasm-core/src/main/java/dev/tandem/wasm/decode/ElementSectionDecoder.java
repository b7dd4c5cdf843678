package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.ConstExpr;
import dev.tandem.wasm.model.ElementSegment;
import dev.tandem.wasm.model.ElementSegment.Mode;
import dev.tandem.wasm.model.ValType;

import java.util.ArrayList;
import java.util.List;

/**
 * Section 9: element segments, in all eight encodings. The flag's bits: 0 = passive or declarative
 * (else active), 1 = explicit table index (active) or declarative (passive), 2 = elements are
 * expressions (else function indices). See {@link ElementSegment} for the two forms kept.
 */
final class ElementSectionDecoder {

    private static final int NOT_ACTIVE = 1;
    private static final int EXPLICIT_TABLE_OR_DECLARATIVE = 2;
    private static final int EXPRESSIONS = 4;

    private ElementSectionDecoder() {
    }

    static List<ElementSegment> decode(ByteReader in) throws ModuleException {
        int count = in.length("element segment count");
        List<ElementSegment> segments = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            in.atEntry("element segment", i);
            segments.add(segment(in));
        }
        return segments;
    }

    private static ElementSegment segment(ByteReader in) throws ModuleException {
        int at = in.pos();
        int flags = in.u32();
        if (flags < 0 || flags > 7) {
            throw in.malformed("malformed elements segment kind",
                    "flags " + Integer.toUnsignedString(flags) + " (expected 0 to 7)", at);
        }
        boolean active = (flags & NOT_ACTIVE) == 0;
        boolean bit1 = (flags & EXPLICIT_TABLE_OR_DECLARATIVE) != 0;
        boolean expressions = (flags & EXPRESSIONS) != 0;

        Mode mode = active ? Mode.ACTIVE : bit1 ? Mode.DECLARATIVE : Mode.PASSIVE;
        int table = 0;
        ConstExpr offset = null;
        if (active) {
            table = bit1 ? in.u32() : 0;
            offset = ExpressionScanner.constExpr(in, "offset");
        }
        // Encodings 0 and 4 have neither element kind nor type: funcref is implied.
        boolean typed = !active || bit1;
        if (expressions) {
            ValType type = typed ? TypeReader.refType(in) : ValType.FUNCREF;
            int n = in.length("element count");
            List<ConstExpr> items = new ArrayList<>(Math.min(n, 1024));
            for (int k = 0; k < n; k++) {
                items.add(ExpressionScanner.constExpr(in, "element " + k));
            }
            return new ElementSegment(mode, type, table, offset, items, null);
        }
        if (typed) {
            int kindAt = in.pos();
            int kind = in.u8();
            if (kind != 0x00) {
                throw in.malformed("malformed element kind",
                        "0x" + Integer.toHexString(kind) + " (expected 0x00 funcref)", kindAt);
            }
        }
        int n = in.length("element count");
        int[] functions = new int[n];
        for (int k = 0; k < n; k++) {
            functions[k] = in.u32();
        }
        return new ElementSegment(mode, ValType.FUNCREF, table, offset, List.of(), functions);
    }
}
