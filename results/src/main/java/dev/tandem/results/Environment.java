package dev.tandem.results;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where and how a run was measured (docs/results-schema.md, "environment"), as the JSON object
 * itself in the file's order. A map rather than one field per name: files carry fields the lab
 * adds later (a pooled baseline's {@code pooledRuns}), and a reader must keep them, not drop them.
 *
 * @param values the JSON values (strings, numbers, booleans, lists, maps) by field name, in order
 */
public record Environment(@JsonValue Map<String, Object> values) {

    public Environment {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values)); // insertion order, for readers
    }

    /** The fields the lab writes, in the schema's order. */
    public Environment(String jdk, List<String> jvmFlags, String cpuModel, int cores, long memoryBytes, String os,
                       String gitRevision, boolean gitDirty, String date, Map<String, String> tools) {
        this(schemaFields(jdk, jvmFlags, cpuModel, cores, memoryBytes, os, gitRevision, gitDirty, date, tools));
    }

    private static Map<String, Object> schemaFields(String jdk, List<String> jvmFlags, String cpuModel, int cores,
                                                    long memoryBytes, String os, String gitRevision, boolean gitDirty,
                                                    String date, Map<String, String> tools) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("jdk", jdk);
        v.put("jvmFlags", List.copyOf(jvmFlags));
        v.put("cpuModel", cpuModel);
        v.put("cores", cores);
        v.put("memoryBytes", memoryBytes);
        v.put("os", os);
        v.put("gitRevision", gitRevision);
        v.put("gitDirty", gitDirty);
        v.put("date", date);
        v.put("tools", Collections.unmodifiableMap(new LinkedHashMap<>(tools)));
        return v;
    }

    /** This environment with one field added or replaced (at the end when new). */
    public Environment with(String name, Object value) {
        Map<String, Object> v = new LinkedHashMap<>(values);
        v.put(name, value);
        return new Environment(v);
    }

    /**
     * The fields as display text in the file's order: a nested object's fields as "tools.node", a
     * list's items joined with spaces (an item that is itself a list or an object shows as "").
     * The report only shows these and compares revisions; it never computes with them.
     */
    public Map<String, String> fields() {
        Map<String, String> text = new LinkedHashMap<>();
        values.forEach((name, v) -> {
            if (v instanceof Map<?, ?> nested) {
                nested.forEach((k, x) -> text.put(name + "." + k, scalarText(x)));
            } else if (v instanceof List<?> items) {
                text.put(name, String.join(" ", items.stream().map(Environment::scalarText).toList()));
            } else {
                text.put(name, scalarText(v));
            }
        });
        return text;
    }

    /** A field's display text, "" when absent. */
    public String get(String name) {
        return fields().getOrDefault(name, "");
    }

    private static String scalarText(Object v) {
        return v instanceof Map<?, ?> || v instanceof List<?> ? "" : String.valueOf(v);
    }
}
