package dev.tandem.wasm.decode;

/**
 * The binary format's section ids, in the order non-custom sections must appear. The data count
 * section (id 12) came with bulk memory and sits between element and code, so id order and
 * section order differ: {@link #ordinal()} is the order, {@link #id()} the byte.
 */
enum SectionId {
    CUSTOM(0, "custom"),
    TYPE(1, "type"),
    IMPORT(2, "import"),
    FUNCTION(3, "function"),
    TABLE(4, "table"),
    MEMORY(5, "memory"),
    GLOBAL(6, "global"),
    EXPORT(7, "export"),
    START(8, "start"),
    ELEMENT(9, "element"),
    DATA_COUNT(12, "data count"),
    CODE(10, "code"),
    DATA(11, "data");

    private static final SectionId[] BY_ID = new SectionId[13];

    static {
        for (SectionId s : values()) {
            BY_ID[s.id] = s;
        }
    }

    private final int id;
    private final String text;

    SectionId(int id, String text) {
        this.id = id;
        this.text = text;
    }

    int id() {
        return id;
    }

    /** The section for an id byte, or null when the byte names no section. */
    static SectionId of(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
    }

    /** "section 3 (function)", for error messages. */
    String describe() {
        return "section " + id + " (" + text + ")";
    }

    @Override
    public String toString() {
        return text;
    }
}
