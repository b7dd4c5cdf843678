package dev.tandem.spec.script;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.spec.SpecFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of the spec suite's scripts: one wast2json command list ({@code NAME.json}) into a
 * {@link SpecScript}, refusing any shape it does not know with a {@link SpecFormatException} naming
 * file and line. Values are kept as the suite writes them ({@link Value}).
 */
public final class SpecScriptReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SpecScriptReader() {
    }

    /** Every script named by {@code fileOrDirectory} (see {@link SpecFiles#list}), in name order. */
    public static List<SpecScript> readAll(Path fileOrDirectory) throws IOException {
        List<SpecScript> scripts = new ArrayList<>();
        for (Path file : SpecFiles.list(fileOrDirectory)) {
            scripts.add(read(file));
        }
        return scripts;
    }

    public static SpecScript read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new SpecFormatException(file.getFileName() + ": not JSON: " + e.getOriginalMessage());
        }
        JsonNode commands = root == null ? null : root.get("commands");
        if (commands == null || !commands.isArray()) {
            throw new SpecFormatException(file.getFileName() + ": no \"commands\" array (is this wast2json output?)");
        }
        List<Command> result = new ArrayList<>(commands.size());
        for (JsonNode node : commands) {
            int line = node.path("line").asInt(0);
            try {
                result.add(command(node, line));
            } catch (IllegalArgumentException e) {
                throw new SpecFormatException(file.getFileName() + ":" + line + ": " + e.getMessage());
            }
        }
        String source = root.path("source_filename").asText(null);
        return new SpecScript(file, source == null ? null : file.resolveSibling(source).normalize(), result);
    }

    private static Command command(JsonNode node, int line) {
        String type = required(node, "type");
        return switch (type) {
            case "module" -> new Command.DefineModule(line, optional(node, "name"), required(node, "filename"));
            case "register" -> new Command.Register(line, optional(node, "name"), required(node, "as"));
            case "action" -> new Command.Perform(line, action(node));
            case "assert_return" -> new Command.AssertReturn(line, action(node), expected(node));
            case "assert_trap" -> new Command.AssertTrap(line, action(node), required(node, "text"));
            case "assert_exhaustion" -> new Command.AssertExhaustion(line, action(node), required(node, "text"));
            case "assert_malformed" -> assertModule(node, line, Command.Rejection.MALFORMED);
            case "assert_invalid" -> assertModule(node, line, Command.Rejection.INVALID);
            case "assert_unlinkable" -> assertModule(node, line, Command.Rejection.UNLINKABLE);
            case "assert_uninstantiable" -> assertModule(node, line, Command.Rejection.UNINSTANTIABLE);
            default -> throw new IllegalArgumentException("unknown command type \"" + type + "\"");
        };
    }

    private static Command.AssertModule assertModule(JsonNode node, int line, Command.Rejection rejection) {
        String moduleType = node.path("module_type").asText("binary");
        if (!moduleType.equals("binary") && !moduleType.equals("text")) {
            throw new IllegalArgumentException("unknown module_type \"" + moduleType + "\"");
        }
        return new Command.AssertModule(line, rejection, required(node, "filename"), required(node, "text"),
                moduleType.equals("text"));
    }

    private static Action action(JsonNode node) {
        JsonNode a = node.get("action");
        if (a == null || !a.isObject()) {
            throw new IllegalArgumentException("command has no \"action\"");
        }
        String kind = required(a, "type");
        String module = optional(a, "module");
        String field = required(a, "field");
        return switch (kind) {
            case "invoke" -> {
                List<Value> args = new ArrayList<>();
                for (JsonNode arg : a.path("args")) {
                    args.add(value(arg));
                }
                yield new Action(Action.Kind.INVOKE, module, field, args);
            }
            case "get" -> new Action(Action.Kind.GET, module, field, List.of());
            default -> throw new IllegalArgumentException("unknown action type \"" + kind + "\"");
        };
    }

    private static List<Value> expected(JsonNode node) {
        List<Value> result = new ArrayList<>();
        for (JsonNode e : node.path("expected")) {
            result.add(value(e));
        }
        return result;
    }

    /** {@code {"type": "i32", "value": "7"}}, or for a v128 a {@code lane_type} and one string per lane. */
    private static Value value(JsonNode node) {
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            throw new IllegalArgumentException("value has no \"type\"");
        }
        JsonNode value = node.get("value");
        if (value == null) {
            throw new IllegalArgumentException(type.asText() + " value has no \"value\"");
        }
        List<String> text = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(lane -> text.add(lane.asText()));
        } else {
            text.add(value.asText());
        }
        return new Value(type.asText(), optional(node, "lane_type"), text);
    }

    private static String required(JsonNode node, String field) {
        JsonNode f = node.get(field);
        if (f == null || !f.isTextual()) {
            throw new IllegalArgumentException("command has no \"" + field + "\"");
        }
        return f.asText();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode f = node.get(field);
        return f == null || f.isNull() ? null : f.asText();
    }
}
