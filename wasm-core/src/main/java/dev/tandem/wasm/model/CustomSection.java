package dev.tandem.wasm.model;

/** A custom section, kept as it is: the payload is {@code bytes[start, end)}. */
public record CustomSection(String name, byte[] bytes, int start, int end) {
}
