package dev.tandem.wasm.model;

/**
 * Limits of a memory (in 64 KiB pages) or table (in elements). Values are unsigned 32-bit,
 * held in longs; {@code max} is -1 when absent.
 */
public record Limits(long min, long max) {

    public static final long NO_MAX = -1;

    public boolean hasMax() {
        return max != NO_MAX;
    }
}
