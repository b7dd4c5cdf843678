package dev.tandem.lab.results;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where and how a run was measured (docs/results-schema.md, "environment"). */
@JsonPropertyOrder({"jdk", "jvmFlags", "cpuModel", "cores", "memoryBytes", "os", "gitRevision", "gitDirty", "date", "tools"})
public record Environment(String jdk, List<String> jvmFlags, String cpuModel, int cores, long memoryBytes, String os,
                          String gitRevision, boolean gitDirty, String date, Map<String, String> tools) {

    public Environment {
        jvmFlags = List.copyOf(jvmFlags);
        tools = Collections.unmodifiableMap(new LinkedHashMap<>(tools)); // insertion order, for readers
    }
}
