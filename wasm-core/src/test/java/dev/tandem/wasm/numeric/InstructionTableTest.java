package dev.tandem.wasm.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The opcode table and the naming rule that ties each instruction to its method. */
class InstructionTableTest {

    private final InstructionTable table = InstructionTable.instance();

    @Test
    void namesMethodsAfterTheInstructionInCamelCase() {
        assertEquals("i32DivS", InstructionTable.methodName("i32.div_s"));
        assertEquals("i8x16ExtractLaneS", InstructionTable.methodName("i8x16.extract_lane_s"));
        assertEquals("i32x4TruncSatF64x2SZero", InstructionTable.methodName("i32x4.trunc_sat_f64x2_s_zero"));
        assertEquals("v128AnyTrue", InstructionTable.methodName("v128.any_true"));
    }

    /**
     * 123 MVP numeric instructions, 5 sign-extension operators, 8 saturating truncations and the
     * 213 SIMD instructions that do not touch memory (236 in Wasm 2.0, less 22 loads/stores and
     * v128.const).
     */
    @Test
    void coversEveryNumericInstructionOfWasm2() {
        long scalar = table.all().stream().filter(i -> i.opcode() < 0x100).count();
        long saturating = table.all().stream().filter(i -> i.opcode() >> 8 == 0xFC).count();
        long simd = table.all().stream().filter(i -> i.opcode() >> 8 == 0xFD).count();
        assertEquals(List.of(128L, 8L, 213L), List.of(scalar, saturating, simd));
        assertEquals(0xC4 - 0x45 + 1, scalar, "0x45 (i32.eqz) through 0xC4 (i64.extend32_s), no gaps");
    }

    /** Every public static method of the operation classes implements exactly one listed instruction. */
    @Test
    void everyPublicMethodImplementsAListedInstruction() {
        Set<Method> used = table.all().stream().map(InstructionTable.Instruction::method).collect(Collectors.toSet());
        List<String> orphans = InstructionTable.IMPLEMENTATIONS.stream()
                .flatMap(owner -> Arrays.stream(owner.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                .filter(m -> !used.contains(m))
                .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName())
                .sorted()
                .toList();
        assertEquals(List.of(), orphans);
    }

    @Test
    void passesLaneImmediatesAfterTheVectorAndShuffleIndicesLast() {
        assertEquals(InstructionTable.Immediate.LANE, table.named("f64x2.replace_lane").immediate());
        assertEquals(2, table.named("f64x2.replace_lane").operandCount());
        assertEquals(InstructionTable.Immediate.SHUFFLE, table.named("i8x16.shuffle").immediate());
        assertEquals(2, table.named("i8x16.shuffle").operandCount());
        assertEquals(InstructionTable.Immediate.NONE, table.named("i8x16.swizzle").immediate());
    }
}
