package dev.tandem.runtime;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a module may import: extern values (functions, tables, memories, globals) under a module
 * name and a field name, and whole instances registered under a module name (as the spec suite's
 * {@code register} command does: every export of the instance becomes importable as
 * {@code name.export}). An entry added for a (module, field) pair comes before a registered
 * instance's export of the same name.
 *
 * <p>An {@code Imports} is an immutable snapshot; the extern values in it are shared, not copied, so
 * two modules instantiated with the same {@code Imports} share its memories, tables and globals.
 */
public final class Imports {

    private static final Imports NONE = new Builder().build();

    private final Map<String, Map<String, Object>> entries;
    private final Map<String, Instance> instances;

    private Imports(Builder builder) {
        Map<String, Map<String, Object>> copy = new HashMap<>();
        builder.entries.forEach((module, fields) -> copy.put(module, Map.copyOf(fields)));
        this.entries = Map.copyOf(copy);
        this.instances = Map.copyOf(builder.instances);
    }

    public static Imports none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts with everything in this snapshot. */
    public Builder toBuilder() {
        Builder b = new Builder();
        entries.forEach((module, fields) -> b.entries.put(module, new LinkedHashMap<>(fields)));
        b.instances.putAll(instances);
        return b;
    }

    /** The {@link FunctionRef}, {@link Table}, {@link Memory} or {@link Global} for {@code module.name}, or null. */
    public Object resolve(String module, String name) {
        Map<String, Object> fields = entries.get(module);
        if (fields != null) {
            Object value = fields.get(name);
            if (value != null) {
                return value;
            }
        }
        Instance instance = instances.get(module);
        return instance == null ? null : instance.export(name);
    }

    /** Adds extern values and registers instances; {@link #build()} takes a snapshot, the builder stays usable. */
    public static final class Builder {

        private final Map<String, Map<String, Object>> entries = new LinkedHashMap<>();
        private final Map<String, Instance> instances = new LinkedHashMap<>();

        private Builder() {
        }

        /** A host function; it becomes one {@link FunctionRef}, the same for every module importing it. */
        public Builder function(String module, String name, HostFunction function) {
            return put(module, name, function.toFunctionRef(module, name));
        }

        /** A function instance, e.g. another instance's export. */
        public Builder function(String module, String name, FunctionRef function) {
            return put(module, name, function);
        }

        public Builder table(String module, String name, Table table) {
            return put(module, name, table);
        }

        public Builder memory(String module, String name, Memory memory) {
            return put(module, name, memory);
        }

        public Builder global(String module, String name, Global global) {
            return put(module, name, global);
        }

        /**
         * Any extern value: a {@link HostFunction}, {@link FunctionRef}, {@link Table},
         * {@link Memory} or {@link Global}.
         *
         * @throws IllegalArgumentException for anything else
         */
        public Builder add(String module, String name, Object externValue) {
            return switch (externValue) {
                case HostFunction f -> function(module, name, f);
                case FunctionRef f -> function(module, name, f);
                case Table t -> table(module, name, t);
                case Memory m -> memory(module, name, m);
                case Global g -> global(module, name, g);
                case null -> throw new IllegalArgumentException("import " + module + "." + name + " is null");
                default -> throw new IllegalArgumentException("import " + module + "." + name
                        + ": not an extern value (HostFunction, FunctionRef, Table, Memory, Global): "
                        + externValue.getClass().getName());
            };
        }

        /** Makes every export of {@code instance} importable as {@code name.export}, replacing what was under {@code name}. */
        public Builder register(String name, Instance instance) {
            entries.remove(name);
            instances.put(name, instance);
            return this;
        }

        public Imports build() {
            return new Imports(this);
        }

        private Builder put(String module, String name, Object value) {
            entries.computeIfAbsent(module, m -> new LinkedHashMap<>()).put(name, value);
            return this;
        }
    }
}
