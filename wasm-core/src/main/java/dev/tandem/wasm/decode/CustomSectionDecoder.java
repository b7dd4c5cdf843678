package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.CustomSection;

/** Section 0: a name and an opaque payload, kept as they are. Allowed anywhere, any number of times. */
final class CustomSectionDecoder {

    private CustomSectionDecoder() {
    }

    /** Reads a custom section whose contents end at {@code end}; leaves the reader there. */
    static CustomSection decode(ByteReader in, int end) throws ModuleException {
        String name = in.name("custom section name");
        int payloadStart = in.pos();
        if (payloadStart > end) {
            throw in.malformed(ByteReader.UNEXPECTED_END, "custom section name runs past the section's end", end);
        }
        if (end > in.end()) {
            throw in.malformed(ByteReader.UNEXPECTED_END, "custom section runs past the end of the module", in.end());
        }
        in.seek(end);
        return new CustomSection(name, in.bytes(), payloadStart, end);
    }
}
