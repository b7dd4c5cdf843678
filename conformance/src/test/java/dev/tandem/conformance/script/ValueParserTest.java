package dev.tandem.conformance.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.conformance.engine.WasmValue;
import dev.tandem.conformance.expect.Expected;
import dev.tandem.conformance.expect.LaneType;
import dev.tandem.conformance.expect.NanClass;
import dev.tandem.spec.script.Value;
import dev.tandem.wasm.model.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueParserTest {

    private static Value value(String type, String value) {
        return new Value(type, null, List.of(value));
    }

    private static Value v128(String laneType, String... lanes) {
        return new Value("v128", laneType, List.of(lanes));
    }

    @ParameterizedTest(name = "{0} \"{1}\" = {2}")
    @CsvSource({
            "i32, 0, 0",
            "i32, 4294967295, -1",
            "i32, 2147483648, -2147483648",
            "i32, -1, -1",
            "i64, 18446744073709551615, -1",
            "i64, 9223372036854775808, -9223372036854775808",
    })
    void integersAreUnsignedBitPatterns(String type, String text, long expected) {
        WasmValue v = ValueParser.argument(value(type, text));
        assertEquals(ValueParser.valType(type), v.type());
        assertEquals(expected, type.equals("i32") ? v.asI32() : v.asI64());
    }

    @Test
    void floatsKeepTheirBits() {
        assertEquals(WasmValue.f32Bits(0x7fa00001), ValueParser.argument(value("f32", "2141192193")));
        assertEquals(WasmValue.f32Bits(0x80000000), ValueParser.argument(value("f32", "2147483648")));
        assertEquals(WasmValue.f64Bits(0xfff0000000000000L), ValueParser.argument(value("f64", "18442240474082181120")));
    }

    @ParameterizedTest(name = "{0} \"{1}\" is refused")
    @CsvSource({
            "i32, 4294967296, does not fit in 32 bits",
            "i32, -2147483649, does not fit in 32 bits",
            "f32, 1.5, is no 32-bit number",
            "i64, 18446744073709551616, is no 64-bit number",
            "f64, nan:canonical, an argument cannot be f64:nan:canonical",
            "i128, 0, unknown value type",
            "funcref, 1, funcref value must be \"null\"",
    })
    void badValuesAreRefusedWithAReason(String type, String text, String reason) {
        var e = assertThrows(IllegalArgumentException.class, () -> ValueParser.argument(value(type, text)));
        assertEquals(true, e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void nanClassesAreExpectations() {
        assertEquals(new Expected.Nan(ValType.F32, NanClass.CANONICAL), ValueParser.expected(value("f32", "nan:canonical")));
        assertEquals(new Expected.Nan(ValType.F64, NanClass.ARITHMETIC), ValueParser.expected(value("f64", "nan:arithmetic")));
    }

    @Test
    void v128LanesPackLittleEndian() {
        assertEquals(WasmValue.v128(0x0004000300020001L, 0x0008000700060005L),
                ValueParser.argument(v128("i16", "1", "2", "3", "4", "5", "6", "7", "8")));
        assertEquals(WasmValue.v128(0xffffffff_00000001L, 0x80000000_7fffffffL),
                ValueParser.argument(v128("i32", "1", "4294967295", "2147483647", "2147483648")));
        assertEquals(WasmValue.v128(-1L, 0x0f0e0d0c0b0a0908L),
                ValueParser.argument(v128("i8", "255", "255", "255", "255", "255", "255", "255", "255",
                        "8", "9", "10", "11", "12", "13", "14", "15")));
        assertEquals(WasmValue.v128(0x3ff0000000000000L, 0x7ff8000000000000L),
                ValueParser.argument(v128("f64", "4607182418800017408", "9221120237041090560")));
    }

    @Test
    void v128ExpectationsMayHoldNanClassesPerLane() {
        Expected e = ValueParser.expected(v128("f32", "nan:canonical", "0", "nan:arithmetic", "1065353216"));
        assertEquals(new Expected.Lanes(LaneType.F32, List.of(Expected.Lane.nan(NanClass.CANONICAL),
                Expected.Lane.exact(0), Expected.Lane.nan(NanClass.ARITHMETIC), Expected.Lane.exact(0x3f800000))), e);
        assertThrows(IllegalArgumentException.class, () -> ValueParser.argument(v128("f32", "nan:canonical", "0", "0", "0")));
    }

    @Test
    void v128NeedsTheRightNumberOfLanesAndAKnownLaneType() {
        var few = assertThrows(IllegalArgumentException.class, () -> ValueParser.argument(v128("i32", "1", "2", "3")));
        assertEquals("v128 i32x4 needs an array of 4 lanes", few.getMessage());
        var bad = assertThrows(IllegalArgumentException.class, () -> ValueParser.argument(v128("i4", "1")));
        assertEquals("unknown lane_type \"i4\"", bad.getMessage());
        var wide = assertThrows(IllegalArgumentException.class, () -> ValueParser.argument(v128("i8",
                "256", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0")));
        assertEquals("\"256\" does not fit in 8 bits", wide.getMessage());
    }

    @Test
    void referencesAreNullOrHostNumbers() {
        assertEquals(WasmValue.nullRef(ValType.FUNCREF), ValueParser.argument(value("funcref", "null")));
        assertEquals(WasmValue.nullRef(ValType.EXTERNREF), ValueParser.argument(value("externref", "null")));
        assertEquals(WasmValue.externRef(42), ValueParser.argument(value("externref", "42")));
        assertEquals(42, ValueParser.argument(value("externref", "42")).externNumber());
    }
}
