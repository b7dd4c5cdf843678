package dev.tandem.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections of a WebAssembly binary in file order, with offsets and sizes, for {@code inspect}.
 * Read from the bytes directly (the decoded model keeps contents, not layout); used only after the
 * decoder has accepted the module, so the layout is known to be well formed.
 */
final class SectionTable {

    /** One section: its id, its name (a custom section's own), where its payload starts and how long it is. */
    record Section(int id, String name, int offset, int size) {
    }

    private static final String[] NAMES = {"custom", "type", "import", "function", "table", "memory", "global",
        "export", "start", "elem", "code", "data", "datacount"};

    private SectionTable() {
    }

    static List<Section> read(byte[] bytes) {
        List<Section> sections = new ArrayList<>();
        int[] at = {8};
        while (at[0] < bytes.length) {
            int id = bytes[at[0]++] & 0xFF;
            int size = (int) leb(bytes, at);
            int start = at[0];
            String name = id < NAMES.length ? NAMES[id] : "section " + id;
            if (id == 0) {
                int nameLength = (int) leb(bytes, at);
                name = "custom \"" + new String(bytes, at[0], nameLength, StandardCharsets.UTF_8) + "\"";
            }
            sections.add(new Section(id, name, start, size));
            at[0] = start + size;
        }
        return sections;
    }

    private static long leb(byte[] bytes, int[] at) {
        long result = 0;
        int shift = 0;
        while (true) {
            int b = bytes[at[0]++] & 0xFF;
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
            shift += 7;
        }
    }
}
