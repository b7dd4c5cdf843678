package dev.tandem.runtime;

/**
 * What the host allows one memory or table to grow to, below the spec's own maxima. The spec lets
 * an embedder refuse a grow ({@code memory.grow} and {@code table.grow} return -1) and refuse to
 * instantiate a module whose initial sizes exceed what it can provide ({@link LinkException#HOST_LIMIT}).
 *
 * @param memoryPages   most 64 KiB pages in one memory; at most {@link Memory#MAX_PAGES}
 * @param tableElements most elements in one table
 */
public record ResourceLimits(int memoryPages, int tableElements) {

    /** Memory as large as the byte[] backing store holds (2 GiB - 64 KiB); ten million table elements. */
    public static final ResourceLimits DEFAULT = new ResourceLimits(Memory.MAX_PAGES, 10_000_000);

    public ResourceLimits {
        if (memoryPages < 0 || memoryPages > Memory.MAX_PAGES) {
            throw new IllegalArgumentException("memoryPages must be in 0.." + Memory.MAX_PAGES + ", got " + memoryPages);
        }
        if (tableElements < 0 || tableElements > Table.MAX_ELEMENTS) {
            throw new IllegalArgumentException("tableElements must be in 0.." + Table.MAX_ELEMENTS + ", got " + tableElements);
        }
    }
}
