package dev.tandem.reports.results;

import java.util.Map;

/**
 * Where a run was measured, flattened to display text in the file's order (tools as "tools.node",
 * lists joined with spaces): the report only shows it and compares revisions, it never computes with it.
 */
public record Environment(Map<String, String> fields) {

    public String get(String name) {
        return fields.getOrDefault(name, "");
    }
}
