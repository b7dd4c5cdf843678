package dev.tandem.wasm.numeric;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opcode to implementing method, for every numeric instruction listed in
 * {@code numeric/instructions.txt}. The method is found by name alone (the instruction name in
 * camel case), so the table doubles as a check of the naming rule the tiers rely on.
 */
final class InstructionTable {

    /** Where the implementing methods live; {@link JvmBytecodes} stands in for single bytecodes. */
    static final List<Class<?>> IMPLEMENTATIONS = List.of(IntOps.class, FloatOps.class, Conversions.class,
            SimdV128.class, SimdI8x16.class, SimdI16x8.class, SimdI32x4.class, SimdI64x2.class, SimdF32x4.class,
            SimdF64x2.class, JvmBytecodes.class);

    /** An immediate operand that follows the opcode and is passed to the method. */
    enum Immediate {
        NONE,
        /** One lane-index byte, passed right after the vector operand. */
        LANE,
        /** Sixteen lane-index bytes, passed last as a {@code V128}. */
        SHUFFLE
    }

    record Instruction(int opcode, String name, Method method, MethodHandle handle, Immediate immediate) {
        /** Operands popped from the stack. */
        int operandCount() {
            return method.getParameterCount() - (immediate == Immediate.NONE ? 0 : 1);
        }
    }

    private final Map<Integer, Instruction> byOpcode;

    private InstructionTable(Map<Integer, Instruction> byOpcode) {
        this.byOpcode = byOpcode;
    }

    private static final InstructionTable INSTANCE = load();

    static InstructionTable instance() {
        return INSTANCE;
    }

    /**
     * @param opcode the opcode byte, or for prefixed instructions {@code prefix << 8 | subOpcode}
     * @return the instruction, or null if it is not a numeric one
     */
    Instruction get(int opcode) {
        return byOpcode.get(opcode);
    }

    Collection<Instruction> all() {
        return byOpcode.values();
    }

    /** The instruction named {@code name} in the text format, e.g. {@code "i32.div_s"}. */
    Instruction named(String name) {
        return byOpcode.values().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a numeric instruction: " + name));
    }

    /** {@code i8x16.extract_lane_s} to {@code i8x16ExtractLaneS}. */
    static String methodName(String instruction) {
        String[] parts = instruction.split("[._]");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }

    private static InstructionTable load() {
        Map<String, List<Method>> methods = new HashMap<>();
        for (Class<?> owner : IMPLEMENTATIONS) {
            for (Method m : owner.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
                    methods.computeIfAbsent(m.getName(), k -> new ArrayList<>()).add(m);
                }
            }
        }
        Map<Integer, Instruction> table = new LinkedHashMap<>();
        for (String[] row : rows()) {
            int opcode = Integer.parseInt(row[0], 16);
            String name = row[1];
            List<Method> found = methods.getOrDefault(methodName(name), List.of());
            if (found.size() != 1) {
                throw new IllegalStateException(name + ": expected one public static method " + methodName(name)
                        + " in the numeric classes, found " + found);
            }
            Method method = found.get(0);
            Immediate immediate = name.contains("_lane") ? Immediate.LANE
                    : name.equals("i8x16.shuffle") ? Immediate.SHUFFLE : Immediate.NONE;
            try {
                table.put(opcode, new Instruction(opcode, name, method, MethodHandles.publicLookup().unreflect(method), immediate));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return new InstructionTable(table);
    }

    private static List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        try (var in = InstructionTable.class.getResourceAsStream("/numeric/instructions.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.trim().split("\\s+"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
