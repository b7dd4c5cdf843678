package dev.tandem.lab.workload;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one entry of the manifest's {@code real} array (docs/real-contract in the issue: name,
 * command, source, stresses, dirs, sizes with args, stdout_sha256 and exit). Every mistake is one
 * line naming the file, the program and the field.
 */
final class RealPrograms {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private RealPrograms() {
    }

    static RealProgram parse(Path folder, JsonNode entry, Path file) {
        String name = Manifest.text(entry, "name", file);
        String where = file + ": real program " + name;
        Map<String, Path> dirs = new LinkedHashMap<>();
        JsonNode dirsNode = entry.get("dirs");
        if (dirsNode != null && !dirsNode.isNull()) {
            if (!dirsNode.isObject()) {
                throw new IllegalArgumentException(where + ": 'dirs' must map guest paths to folders, got " + Manifest.abbreviated(dirsNode));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = dirsNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> d = it.next();
                if (!d.getKey().startsWith("/") || !d.getValue().isTextual()) {
                    throw new IllegalArgumentException(where + ": dirs entry '" + d.getKey() + "' must be an absolute guest path"
                            + " mapped to a folder name, got " + d.getValue());
                }
                dirs.put(d.getKey(), folder.resolve(d.getValue().asText()).normalize());
            }
        }
        Map<String, RealProgram.Size> sizes = new LinkedHashMap<>();
        JsonNode sizesNode = Manifest.required(entry, "sizes", file);
        for (Iterator<Map.Entry<String, JsonNode>> it = sizesNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            sizes.put(e.getKey(), size(where + " size " + e.getKey(), e.getKey(), e.getValue(), file));
        }
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException(where + ": 'sizes' names no size");
        }
        return new RealProgram(name, folder.resolve(Manifest.text(entry, "command", file)),
                entry.path("source").asText(""), entry.path("stresses").asText(""), dirs, sizes);
    }

    private static RealProgram.Size size(String where, String sizeName, JsonNode node, Path file) {
        JsonNode argsNode = Manifest.required(node, "args", file);
        if (!argsNode.isArray() || argsNode.isEmpty()) {
            throw new IllegalArgumentException(where + ": 'args' must be the full argv, argv[0] first, got " + argsNode);
        }
        List<String> args = new ArrayList<>();
        for (JsonNode a : argsNode) {
            if (!a.isTextual()) {
                throw new IllegalArgumentException(where + ": every argument must be a string, got " + a);
            }
            args.add(a.asText());
        }
        String sha = Manifest.text(node, "stdout_sha256", file);
        if (!SHA256.matcher(sha).matches()) {
            throw new IllegalArgumentException(where + ": stdout_sha256 must be 64 lower-case hex digits, got '" + sha + "'");
        }
        JsonNode exit = node.get("exit");
        if (exit != null && !exit.isNull() && !(exit.isInt() && exit.asInt() >= 0 && exit.asInt() <= 255)) {
            throw new IllegalArgumentException(where + ": exit must be a status from 0 to 255, got " + exit);
        }
        return new RealProgram.Size(sizeName, args, sha, exit == null || exit.isNull() ? 0 : exit.asInt());
    }
}
