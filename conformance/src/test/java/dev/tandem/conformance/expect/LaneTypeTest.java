package dev.tandem.conformance.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lane extraction from a v128 held as (low, high), little-endian: lane 0 is the lowest byte. */
class LaneTypeTest {

    private static final long LOW = 0x0706050403020100L;
    private static final long HIGH = 0x8F8E8D8C8B8A8988L;

    @ParameterizedTest(name = "{0} lane {1} = {2}")
    @CsvSource({
            "I8,  0,  00",
            "I8,  7,  07",
            "I8,  8,  88",
            "I8,  15, 8f",
            "I16, 0,  0100",
            "I16, 3,  0706",
            "I16, 4,  8988",
            "I16, 7,  8f8e",
            "I32, 1,  07060504",
            "I32, 2,  8b8a8988",
            "F32, 3,  8f8e8d8c",
            "I64, 0,  0706050403020100",
            "F64, 1,  8f8e8d8c8b8a8988",
    })
    void extractsLanesZeroExtended(LaneType type, int index, String hex) {
        assertEquals(Long.parseUnsignedLong(hex, 16), type.lane(LOW, HIGH, index));
    }

    @ParameterizedTest
    @CsvSource({"i8, I8, 16", "i16, I16, 8", "i32, I32, 4", "i64, I64, 2", "f32, F32, 4", "f64, F64, 2"})
    void parsesLaneTypes(String text, LaneType type, int count) {
        assertEquals(type, LaneType.parse(text));
        assertEquals(count, type.count());
    }
}
