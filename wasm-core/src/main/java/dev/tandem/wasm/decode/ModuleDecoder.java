package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.CustomSection;
import dev.tandem.wasm.model.DataSegment;
import dev.tandem.wasm.model.ElementSegment;
import dev.tandem.wasm.model.Export;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.FunctionBody;
import dev.tandem.wasm.model.Global;
import dev.tandem.wasm.model.Import;
import dev.tandem.wasm.model.MemoryType;
import dev.tandem.wasm.model.Module;
import dev.tandem.wasm.model.Names;
import dev.tandem.wasm.model.TableType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decodes a binary module: the header, then each section with its own decoder class, custom sections
 * kept wherever they are and the {@code name} section parsed.
 *
 * <p>Decoding follows the reference interpreter's reading order so that a malformed module fails
 * with the error the spec's tests name: a section's entries are read from the module and the
 * section's declared size is checked once they are read ("section size mismatch"), rather than
 * confining each section to its declared size first. Nothing is allocated for a count or length
 * before it has been checked against the bytes left, and every byte is read a bounded number of
 * times, so decoding time and memory are linear in the input size.
 */
public final class ModuleDecoder {

    private static final int MAGIC = 0x6D736100;   // "\0asm", little-endian
    private static final int VERSION = 1;

    private final ByteReader in;

    private List<FuncType> types = List.of();
    private List<Import> imports = List.of();
    private List<Integer> functions = List.of();
    private List<TableType> tables = List.of();
    private List<MemoryType> memories = List.of();
    private List<Global> globals = List.of();
    private List<Export> exports = List.of();
    private int start = -1;
    private List<ElementSegment> elements = List.of();
    private int dataCount = -1;
    // Separate from dataCount: a (hostile) count of 2^32-1 reads as -1, the model's "absent".
    private boolean dataCountSeen;
    private List<FunctionBody> codes = List.of();
    private List<DataSegment> data = List.of();
    private final List<CustomSection> customSections = new ArrayList<>();
    private Names names = Names.EMPTY;
    private boolean namesSeen;

    private ModuleDecoder(byte[] bytes) {
        this.in = new ByteReader(bytes, 0, bytes.length);
    }

    /** Decodes {@code bytes} (not copied: the module keeps and shares them; do not modify them). */
    public static Module decode(byte[] bytes) throws ModuleException {
        Objects.requireNonNull(bytes, "bytes");
        return new ModuleDecoder(bytes).module();
    }

    private Module module() throws ModuleException {
        header();
        SectionId last = null;
        while (!in.atEnd()) {
            in.inSection(null);
            int idAt = in.pos();
            int idByte = in.u8();
            SectionId id = SectionId.of(idByte);
            if (id == null) {
                throw in.malformed("malformed section id", "0x" + Integer.toHexString(idByte) + " is no section id", idAt);
            }
            if (id != SectionId.CUSTOM) {
                if (last != null && id.ordinal() <= last.ordinal()) {
                    throw in.malformed("unexpected content after last section", id == last
                            ? "a second " + id.describe()
                            : id.describe() + " after " + last.describe() + " (out of order)", idAt);
                }
                last = id;
            }
            section(id);
        }
        in.inSection(null);
        return finish();
    }

    private void header() throws ModuleException {
        byte[] bytes = in.bytes();
        if (bytes.length < 4) {
            throw ModuleException.malformed("unexpected end", "a module starts with 8 header bytes, this input has "
                    + bytes.length, bytes.length);
        }
        if (littleEndianInt(bytes, 0) != MAGIC) {
            throw ModuleException.malformed("magic header not detected", "the first 4 bytes are not \\0asm", 0);
        }
        if (bytes.length < 8) {
            throw ModuleException.malformed("unexpected end", "the binary version (bytes 4 to 7) is cut off",
                    bytes.length);
        }
        int version = littleEndianInt(bytes, 4);
        if (version != VERSION) {
            throw ModuleException.malformed("unknown binary version", "version " + Integer.toUnsignedString(version)
                    + " (this runtime reads version 1)", 4);
        }
        in.seek(8);
    }

    private static int littleEndianInt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    private void section(SectionId id) throws ModuleException {
        in.inSection(id);
        int sizeAt = in.pos();
        int size = in.length("section size");
        int contentStart = in.pos();
        int end = contentStart + size;
        switch (id) {
            case CUSTOM -> custom(CustomSectionDecoder.decode(in, end));
            case TYPE -> types = TypeSectionDecoder.decode(in);
            case IMPORT -> imports = ImportSectionDecoder.decode(in);
            case FUNCTION -> functions = FunctionSectionDecoder.decode(in);
            case TABLE -> tables = TableSectionDecoder.decode(in);
            case MEMORY -> memories = MemorySectionDecoder.decode(in);
            case GLOBAL -> globals = GlobalSectionDecoder.decode(in);
            case EXPORT -> exports = ExportSectionDecoder.decode(in);
            case START -> start = startIndex(in.u32());
            case ELEMENT -> elements = ElementSectionDecoder.decode(in);
            case DATA_COUNT -> {
                dataCount = in.u32();
                dataCountSeen = true;
            }
            case CODE -> codes = CodeSectionDecoder.decode(in, dataCountSeen);
            case DATA -> data = DataSectionDecoder.decode(in);
        }
        in.noEntry();
        if (in.pos() != end) {
            throw in.malformed("section size mismatch", "the section declares " + size + " bytes but its contents take "
                    + (in.pos() - contentStart), sizeAt);
        }
    }

    /**
     * The model says -1 for "no start function", and index 2^32-1 reads as -1 in an int: keep it
     * negative (every index of 2^31 or more is unknown to the validator) but distinct from absent.
     */
    private static int startIndex(int index) {
        return index == -1 ? Integer.MIN_VALUE : index;
    }

    private void custom(CustomSection section) {
        customSections.add(section);
        // The first name section is the one the appendix defines; later ones are kept but not read.
        if (!namesSeen && section.name().equals(NameSectionDecoder.NAME)) {
            namesSeen = true;
            names = NameSectionDecoder.decode(section);
        }
    }

    /** Checks that need the whole module, in the reference interpreter's order. */
    private Module finish() throws ModuleException {
        int end = in.end();
        if (functions.size() != codes.size()) {
            throw ModuleException.malformed("function and code section have inconsistent lengths",
                    "the function section declares " + functions.size() + " function(s), the code section has "
                            + codes.size() + " bod" + (codes.size() == 1 ? "y" : "ies"), end);
        }
        if (dataCountSeen && Integer.toUnsignedLong(dataCount) != data.size()) {
            throw ModuleException.malformed("data count and data section have inconsistent lengths",
                    "the data count section says " + Integer.toUnsignedString(dataCount) + ", the data section has "
                            + data.size() + " segment(s)", end);
        }
        return new Module(in.bytes(), types, imports, functions, tables, memories, globals, exports, start, elements,
                dataCount, codes, data, customSections, names);
    }
}
