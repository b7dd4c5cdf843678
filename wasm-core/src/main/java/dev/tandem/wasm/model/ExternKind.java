package dev.tandem.wasm.model;

/** What an import or export refers to, with its binary encoding. */
public enum ExternKind {
    FUNCTION(0), TABLE(1), MEMORY(2), GLOBAL(3);

    private final int code;

    ExternKind(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
