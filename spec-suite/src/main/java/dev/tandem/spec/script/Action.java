package dev.tandem.spec.script;

import java.util.List;

/**
 * What a command does to an instance: call an exported function, or read an exported global.
 * {@code module} names the instance ({@code $name} as the script wrote it), or is null for the
 * most recently defined one.
 */
public record Action(Kind kind, String module, String field, List<Value> args) {

    public enum Kind { INVOKE, GET }

    public Action {
        args = List.copyOf(args);
    }

    @Override
    public String toString() {
        String target = (module == null ? "" : module + ".") + field;
        return kind == Kind.GET ? "get " + target : "invoke " + target + args;
    }
}
