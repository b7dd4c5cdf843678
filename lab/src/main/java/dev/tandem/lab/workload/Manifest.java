package dev.tandem.lab.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code workloads/manifest.json} read once: the workloads (kernels) in manifest order, {@code hello},
 * and the real programs ({@code real}, optional: a manifest without it has none). Checksums are
 * decimal strings in the file (JSON numbers lose precision past 2^53) and longs here.
 */
public final class Manifest {

    private final Path folder;
    private final List<Workload> workloads;
    private final Hello hello;
    private final List<RealProgram> real;

    private Manifest(Path folder, List<Workload> workloads, Hello hello, List<RealProgram> real) {
        this.folder = folder;
        this.workloads = List.copyOf(workloads);
        this.hello = hello;
        this.real = List.copyOf(real);
    }

    /** Reads {@code manifest.json} in {@code folder} (the {@code workloads/} directory). */
    public static Manifest read(Path folder) {
        Path file = folder.resolve("manifest.json");
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the workload manifest " + file + ": " + e.getMessage(), e);
        }
        List<Workload> workloads = new ArrayList<>();
        for (JsonNode w : required(root, "workloads", file)) {
            workloads.add(workload(folder, w, file));
        }
        JsonNode h = required(root, "hello", file);
        Hello hello = new Hello(folder.resolve(text(h, "command", file)), folder.resolve(text(h, "source", file)),
                text(h, "stdout", file));
        List<RealProgram> real = new ArrayList<>();
        JsonNode realNode = root.get("real");
        if (realNode != null && !realNode.isNull()) {
            if (!realNode.isArray()) {
                throw new IllegalArgumentException(file + ": 'real' must be an array of programs, got " + abbreviated(realNode));
            }
            for (JsonNode r : realNode) {
                RealProgram p = RealPrograms.parse(folder, r, file);
                if (real.stream().anyMatch(o -> o.name().equals(p.name())) || workloads.stream().anyMatch(w -> w.name().equals(p.name()))) {
                    throw new IllegalArgumentException(file + ": the name '" + p.name() + "' is used twice (workload and real program names share results)");
                }
                real.add(p);
            }
        }
        return new Manifest(folder, workloads, hello, real);
    }

    /** The manifest of the repository the lab runs in (see {@link LabPaths}). */
    public static Manifest load() {
        return read(LabPaths.workloads());
    }

    public Path folder() {
        return folder;
    }

    public List<Workload> workloads() {
        return workloads;
    }

    public Hello hello() {
        return hello;
    }

    /** The real programs ({@code real}), in manifest order; empty when the manifest has none. */
    public List<RealProgram> real() {
        return real;
    }

    public Optional<RealProgram> findReal(String name) {
        return real.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** @throws IllegalArgumentException naming the real programs there are, when none has this name */
    public RealProgram realProgram(String name) {
        return findReal(name).orElseThrow(() -> new IllegalArgumentException("no real program named '" + name
                + "' in " + folder.resolve("manifest.json") + " (there are: "
                + (real.isEmpty() ? "none" : String.join(", ", realNames())) + ")"));
    }

    public List<String> realNames() {
        return real.stream().map(RealProgram::name).toList();
    }

    public Optional<Workload> find(String name) {
        return workloads.stream().filter(w -> w.name().equals(name)).findFirst();
    }

    /** @throws IllegalArgumentException naming the workloads there are, when none has this name */
    public Workload workload(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no workload named '" + name
                + "' in " + folder.resolve("manifest.json") + " (there are: " + names() + ")"));
    }

    public List<String> names() {
        return workloads.stream().map(Workload::name).toList();
    }

    private static Workload workload(Path folder, JsonNode w, Path file) {
        String name = text(w, "name", file);
        Map<String, Workload.Size> sizes = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = required(w, "sizes", file).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String checksum = text(e.getValue(), "checksum", file);
            try {
                sizes.put(e.getKey(), new Workload.Size(e.getKey(), required(e.getValue(), "n", file).asInt(),
                        Long.parseLong(checksum)));
            } catch (NumberFormatException bad) {
                throw new IllegalArgumentException(file + ": workload " + name + " size " + e.getKey()
                        + " has checksum '" + checksum + "', not a signed 64-bit decimal");
            }
        }
        return new Workload(name, folder.resolve(text(w, "library", file)), folder.resolve(text(w, "command", file)),
                folder.resolve(text(w, "source", file)), w.path("wasi").asBoolean(false), w.path("simd").asBoolean(false),
                sizes);
    }

    static JsonNode required(JsonNode node, String field, Path file) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(file + ": missing field '" + field + "' in " + abbreviated(node));
        }
        return value;
    }

    static String text(JsonNode node, String field, Path file) {
        return required(node, field, file).asText();
    }

    static String abbreviated(JsonNode node) {
        String s = node.toString();
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
