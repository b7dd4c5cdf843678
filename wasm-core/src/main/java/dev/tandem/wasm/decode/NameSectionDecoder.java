package dev.tandem.wasm.decode;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.model.CustomSection;
import dev.tandem.wasm.model.Names;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@code name} custom section (spec appendix 7.4): subsections 0 (module name), 1 (function
 * names) and 2 (local names), each at most once and in that order. Later subsection ids (labels,
 * types, ... from the extended name section proposal) are skipped.
 *
 * <p>Errors in a custom section must not reject the module, so a malformed name section yields
 * {@link Names#EMPTY} (it is still kept as a custom section). Name maps must not repeat an index.
 */
final class NameSectionDecoder {

    static final String NAME = "name";

    private static final int MODULE = 0;
    private static final int FUNCTIONS = 1;
    private static final int LOCALS = 2;

    private NameSectionDecoder() {
    }

    /** The names the section gives, or {@link Names#EMPTY} if it is malformed. */
    static Names decode(CustomSection section) {
        try {
            return parse(new ByteReader(section.bytes(), section.start(), section.end()));
        } catch (ModuleException e) {
            return Names.EMPTY;
        }
    }

    private static Names parse(ByteReader in) throws ModuleException {
        String moduleName = null;
        Map<Integer, String> functions = Map.of();
        Map<Integer, Map<Integer, String>> locals = Map.of();
        int lastId = -1;
        while (!in.atEnd()) {
            int id = in.u8();
            int size = in.length("subsection size");
            if (size > in.remaining()) {
                throw in.malformed(ByteReader.UNEXPECTED_END, "subsection " + id + " runs past the section", in.pos());
            }
            int end = in.pos() + size;
            if (id <= lastId) {
                throw in.malformed("malformed name section", "subsection " + id + " out of order", in.pos());
            }
            lastId = id;
            ByteReader sub = new ByteReader(in.bytes(), in.pos(), end);
            switch (id) {
                case MODULE -> moduleName = sub.name("module name");
                case FUNCTIONS -> functions = nameMap(sub);
                case LOCALS -> locals = indirectNameMap(sub);
                default -> sub.seek(end);
            }
            if (!sub.atEnd()) {
                throw in.malformed("malformed name section", "subsection " + id + " has trailing bytes", sub.pos());
            }
            in.seek(end);
        }
        return new Names(moduleName, functions, locals);
    }

    private static Map<Integer, String> nameMap(ByteReader in) throws ModuleException {
        int n = in.length("name count");
        Map<Integer, String> names = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int at = in.pos();
            int index = in.u32();
            if (names.put(index, in.name("name")) != null) {
                throw in.malformed("malformed name section", "index " + Integer.toUnsignedString(index) + " named twice", at);
            }
        }
        return Map.copyOf(names);
    }

    private static Map<Integer, Map<Integer, String>> indirectNameMap(ByteReader in) throws ModuleException {
        int n = in.length("function count");
        Map<Integer, Map<Integer, String>> maps = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int at = in.pos();
            int function = in.u32();
            if (maps.put(function, nameMap(in)) != null) {
                throw in.malformed("malformed name section", "function " + Integer.toUnsignedString(function)
                        + " has two local name maps", at);
            }
        }
        return maps;
    }
}
