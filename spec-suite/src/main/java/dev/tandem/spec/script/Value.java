package dev.tandem.spec.script;

import java.util.List;

/**
 * A value as the suite writes it, an argument or an expected result: its type name ({@code i32},
 * {@code i64}, {@code f32}, {@code f64}, {@code v128}, {@code funcref}, {@code externref}), for a
 * v128 its lane type ({@code i8} ... {@code f64}, else null), and its text: one string for a scalar,
 * one per lane for a v128. Numbers are bit patterns as unsigned decimals; a float may instead be
 * {@code nan:canonical} or {@code nan:arithmetic}; a reference is {@code null} or a host number.
 *
 * <p>What the text means (bits, NaN classes, lane packing) is the user's to decide, with its own
 * value types: this module knows the suite's format, not Wasm's semantics.
 */
public record Value(String type, String laneType, List<String> text) {

    public Value {
        text = List.copyOf(text);
    }

    /** A scalar's one string; an {@link IllegalArgumentException} for a value written as lanes. */
    public String scalar() {
        if (text.size() != 1 || laneType != null) {
            throw new IllegalArgumentException(type + " value must be one string, not " + text);
        }
        return text.getFirst();
    }

    @Override
    public String toString() {
        return type + (laneType == null ? "" : " " + laneType) + ":" + String.join(" ", text);
    }
}
