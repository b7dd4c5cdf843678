package dev.tandem.conformance.script;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.conformance.engine.WasmValue;
import dev.tandem.conformance.expect.Expected;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads one wast2json command list into a {@link SpecScript}, refusing any shape it does not know. */
public final class SpecScriptReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SpecScriptReader() {
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
                List<WasmValue> args = new ArrayList<>();
                for (JsonNode arg : a.path("args")) {
                    args.add(ValueParser.argument(arg));
                }
                yield new Action(Action.Kind.INVOKE, module, field, args);
            }
            case "get" -> new Action(Action.Kind.GET, module, field, List.of());
            default -> throw new IllegalArgumentException("unknown action type \"" + kind + "\"");
        };
    }

    private static List<Expected> expected(JsonNode node) {
        List<Expected> result = new ArrayList<>();
        for (JsonNode e : node.path("expected")) {
            result.add(ValueParser.expected(e));
        }
        return result;
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
