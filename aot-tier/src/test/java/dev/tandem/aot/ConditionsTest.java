package dev.tandem.aot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.aot.testing.Resources;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.Instance;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Comparisons fused into jumps (codegen.Conditions) decide as the comparison's value does, for every
 * comparison on pairs of edge values: NaNs of both signs, signed zeros, infinities, extremes, the
 * signed/unsigned boundary. See conditions.wat.
 */
class ConditionsTest {

    private static Instance instance;

    @BeforeAll
    static void load() throws Exception {
        instance = AotCompiler.compile(Resources.bytes("conditions.wasm"), AotOptions.defaults()).instantiate(Imports.none());
    }

    @Test
    void i32() {
        check("i32", List.of(0, 1, -1, 7, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE + 1));
    }

    @Test
    void i64() {
        check("i64", List.of(0L, 1L, -1L, 7L, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 32, -(1L << 32)));
    }

    @Test
    void f32() {
        check("f32", List.of(0.0f, -0.0f, 1.0f, -1.0f, Float.NaN, Float.intBitsToFloat(0xFFC0_0001),
                Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE, Float.MAX_VALUE));
    }

    @Test
    void f64() {
        check("f64", List.of(0.0, -0.0, 1.0, -1.0, Double.NaN, Double.longBitsToDouble(0xFFF8_0000_0000_0001L),
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE));
    }

    private static void check(String type, List<Object> values) {
        List<String> comparisons = type.startsWith("i")
                ? List.of("eq", "ne", "lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u", "ge_s", "ge_u", "eqz")
                : List.of("eq", "ne", "lt", "gt", "le", "ge");
        for (String c : comparisons) {
            String name = type + "." + c;
            for (Object a : values) {
                for (Object b : values) {
                    Object value = instance.function("value " + name).call(a, b)[0];
                    assertEquals(value, instance.function("if " + name).call(a, b)[0], "if " + name + " " + a + " " + b);
                    assertEquals(value, instance.function("br_if " + name).call(a, b)[0],
                            "br_if " + name + " " + a + " " + b);
                }
            }
        }
    }
}
