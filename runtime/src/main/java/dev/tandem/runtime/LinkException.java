package dev.tandem.runtime;

/**
 * A module could not be instantiated with the given imports.
 *
 * <p>The message starts with the spec's wording (the reference interpreter's text, which the spec
 * suite's {@code assert_unlinkable} commands expect) followed by context:
 * {@code "unknown import: env.f"} or
 * {@code "incompatible import type: spectest.memory: expected memory 1..1, got memory 1..2"}.
 * A module whose memory or table the host refuses to allocate (see {@link ResourceLimits}) fails
 * with {@link #HOST_LIMIT}: the spec allows an embedder to refuse such a module, and no spec
 * wording exists for it.
 */
public final class LinkException extends Exception {

    public static final String UNKNOWN_IMPORT = "unknown import";
    public static final String INCOMPATIBLE_IMPORT_TYPE = "incompatible import type";
    public static final String HOST_LIMIT = "host limit exceeded";

    private final String specText;

    public LinkException(String specText, String detail) {
        super(detail == null || detail.isEmpty() ? specText : specText + ": " + detail);
        this.specText = specText;
    }

    /** The spec's wording alone, without context. */
    public String specText() {
        return specText;
    }
}
