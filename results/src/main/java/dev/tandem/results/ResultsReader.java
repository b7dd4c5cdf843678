package dev.tandem.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.results.stats.Statistics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one results file strictly: a field of the wrong type is an error naming the file and the
 * JSON path ("results[3].samples"), so a harness that drifts from the schema is caught at once
 * instead of showing up as an odd chart.
 */
public final class ResultsReader {

    private static final ObjectMapper JSON = ResultsJson.MAPPER;

    public ResultsFile read(Path path) throws ResultsException {
        if (!Files.isRegularFile(path)) {
            throw new ResultsException(ResultsException.Kind.MISSING, path + ": no such results file");
        }
        JsonNode root;
        try {
            root = JSON.readTree(path.toFile());
        } catch (JsonProcessingException e) {
            throw new ResultsException(ResultsException.Kind.MALFORMED,
                    path + ": not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new ResultsException(ResultsException.Kind.MISSING, path + ": cannot read: " + e.getMessage());
        }
        return new Parse(path).file(root);
    }

    /** Parsing state for one file: the path every message names. */
    private record Parse(Path path) {

        ResultsFile file(JsonNode root) throws ResultsException {
            if (root == null || !root.isObject()) throw malformed("", "expected a JSON object");
            JsonNode schema = root.get("schema");
            if (schema == null || !schema.isTextual()) {
                throw new ResultsException(ResultsException.Kind.WRONG_SCHEMA,
                        path + ": no \"schema\" field; expected \"" + ResultsFile.SCHEMA + "\" (docs/results-schema.md)");
            }
            if (!ResultsFile.SCHEMA.equals(schema.asText())) {
                throw new ResultsException(ResultsException.Kind.WRONG_SCHEMA,
                        path + ": schema is \"" + schema.asText() + "\", expected \"" + ResultsFile.SCHEMA + "\"");
            }
            String harness = text(root, "harness", "", true);
            String profile = text(root, "profile", "", false);
            List<Result> results = new ArrayList<>();
            JsonNode list = array(root, "results", "", true);
            for (int i = 0; i < list.size(); i++) results.add(result(list.get(i), "results[" + i + "]"));
            List<Skip> skipped = new ArrayList<>();
            JsonNode skips = array(root, "skipped", "", false);
            for (int i = 0; i < skips.size(); i++) {
                JsonNode s = object(skips.get(i), "skipped[" + i + "]");
                skipped.add(new Skip(text(s, "engine", "skipped[" + i + "]", true),
                        orStar(text(s, "workload", "skipped[" + i + "]", false)),
                        text(s, "reason", "skipped[" + i + "]", true)));
            }
            List<Failure> failures = new ArrayList<>();
            JsonNode fails = array(root, "failures", "", false);
            for (int i = 0; i < fails.size(); i++) {
                JsonNode f = object(fails.get(i), "failures[" + i + "]");
                failures.add(new Failure(text(f, "engine", "failures[" + i + "]", true),
                        orStar(text(f, "workload", "failures[" + i + "]", false)),
                        text(f, "reason", "failures[" + i + "]", true)));
            }
            List<Artifact> artifacts = new ArrayList<>();
            JsonNode arts = array(root, "artifacts", "", false);
            for (int i = 0; i < arts.size(); i++) {
                JsonNode a = object(arts.get(i), "artifacts[" + i + "]");
                String at = "artifacts[" + i + "]";
                artifacts.add(new Artifact(text(a, "kind", at, true), text(a, "engine", at, false),
                        text(a, "workload", at, false), text(a, "path", at, true)));
            }
            return new ResultsFile(path, harness, profile, environment(root.get("environment")),
                    results, skipped, failures, artifacts);
        }

        private Result result(JsonNode node, String at) throws ResultsException {
            object(node, at);
            double[] samples = numbers(array(node, "samples", at, true), at + ".samples");
            JsonNode median = node.get("median");
            double med;
            if (median == null || median.isNull()) {
                if (samples.length == 0) throw malformed(at, "no \"median\" and no samples");
                med = Statistics.median(samples);
            } else if (median.isNumber()) {
                med = median.asDouble();
            } else {
                throw malformed(at + ".median", "expected a number");
            }
            double[] ci = null;
            JsonNode ciNode = node.get("ci95");
            if (ciNode != null && !ciNode.isNull()) {
                ci = numbers(ciNode, at + ".ci95");
                if (ci.length != 2) throw malformed(at + ".ci95", "expected [low, high]");
            }
            JsonNode validated = node.get("validated");
            if (validated == null || !validated.isBoolean()) throw malformed(at + ".validated", "expected true or false");
            return new Result(text(node, "engine", at, true), text(node, "workload", at, true),
                    size(node.get("size"), at + ".size"), text(node, "metric", at, true), text(node, "unit", at, true),
                    samples, med, ci, text(node, "stat", at, false), params(node.get("params"), at + ".params"),
                    validated.asBoolean(), series(node.get("series"), at + ".series"));
        }

        /** A size name or a number, kept as the file types it (a number is written back as a number). */
        private Object size(JsonNode node, String at) throws ResultsException {
            if (node == null || node.isNull()) return "";
            if (node.isNumber()) return node.numberValue();
            if (!node.isValueNode()) throw malformed(at, "expected a string");
            return node.asText();
        }

        /** Params keep their JSON types: a pooled baseline writes them back as the harness wrote them. */
        private Map<String, Object> params(JsonNode node, String at) throws ResultsException {
            Map<String, Object> params = new TreeMap<>();
            if (node == null || node.isNull()) return params;
            if (!node.isObject()) throw malformed(at, "expected an object");
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                JsonNode v = e.getValue();
                if (!v.isValueNode()) throw malformed(at + "." + e.getKey(), "expected a string, number or boolean");
                params.put(e.getKey(), v.isNumber() ? v.numberValue() : v.isBoolean() ? (Object) v.booleanValue()
                        : v.isNull() ? null : v.asText());
            }
            return params;
        }

        private List<double[]> series(JsonNode node, String at) throws ResultsException {
            if (node == null || node.isNull()) return List.of();
            if (!node.isArray()) throw malformed(at, "expected an array of [x, y] points");
            List<double[]> points = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                double[] p = numbers(node.get(i), at + "[" + i + "]");
                if (p.length != 2) throw malformed(at + "[" + i + "]", "expected [x, y]");
                points.add(p);
            }
            return List.copyOf(points);
        }

        /** Every field kept with its JSON type, in the file's order (the report shows them all). */
        private Environment environment(JsonNode node) throws ResultsException {
            Map<String, Object> fields = new LinkedHashMap<>();
            if (node == null || node.isNull()) return new Environment(fields);
            if (!node.isObject()) throw malformed("environment", "expected an object");
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                try {
                    fields.put(e.getKey(), JSON.treeToValue(e.getValue(), Object.class));
                } catch (JsonProcessingException ex) {
                    throw malformed("environment." + e.getKey(), ex.getOriginalMessage());
                }
            }
            return new Environment(fields);
        }

        private static String orStar(String workload) {
            return workload.isEmpty() ? "*" : workload;
        }

        private String text(JsonNode node, String field, String at, boolean required) throws ResultsException {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) throw malformed(join(at, field), "missing");
                return "";
            }
            if (!v.isValueNode()) throw malformed(join(at, field), "expected a string");
            return v.asText();
        }

        private JsonNode array(JsonNode node, String field, String at, boolean required) throws ResultsException {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) throw malformed(join(at, field), "missing");
                return JSON.createArrayNode();
            }
            if (!v.isArray()) throw malformed(join(at, field), "expected an array");
            return v;
        }

        private JsonNode object(JsonNode node, String at) throws ResultsException {
            if (node == null || !node.isObject()) throw malformed(at, "expected an object");
            return node;
        }

        private double[] numbers(JsonNode node, String at) throws ResultsException {
            if (node == null || !node.isArray()) throw malformed(at, "expected an array of numbers");
            double[] values = new double[node.size()];
            for (int i = 0; i < values.length; i++) {
                JsonNode v = node.get(i);
                if (!v.isNumber()) throw malformed(at + "[" + i + "]", "expected a number");
                values[i] = v.asDouble();
            }
            return values;
        }

        private static String join(String at, String field) {
            return at.isEmpty() ? field : at + "." + field;
        }

        private ResultsException malformed(String at, String problem) {
            return new ResultsException(ResultsException.Kind.MALFORMED,
                    path + ": " + (at.isEmpty() ? "" : at + ": ") + problem);
        }
    }
}
