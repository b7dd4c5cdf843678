package dev.tandem.conformance.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NanClassTest {

    @ParameterizedTest(name = "f32 {0}: canonical {1}, arithmetic {2}")
    @CsvSource({
            "7fc00000, true,  true",   // the canonical NaN
            "ffc00000, true,  true",   // sign does not matter
            "7fc00001, false, true",   // quiet with payload
            "7fffffff, false, true",
            "7fa00000, false, false",  // signalling: quiet bit clear
            "7f800001, false, false",
            "7f800000, false, false",  // infinity
            "00000000, false, false",
            "3f800000, false, false",  // 1.0
    })
    void f32Classes(String hex, boolean canonical, boolean arithmetic) {
        int bits = Integer.parseUnsignedInt(hex, 16);
        assertEquals(canonical, NanClass.CANONICAL.matchesF32(bits));
        assertEquals(arithmetic, NanClass.ARITHMETIC.matchesF32(bits));
    }

    @ParameterizedTest(name = "f64 {0}: canonical {1}, arithmetic {2}")
    @CsvSource({
            "7ff8000000000000, true,  true",
            "fff8000000000000, true,  true",
            "7ff8000000000001, false, true",
            "7ff4000000000000, false, false",
            "7ff0000000000001, false, false",
            "7ff0000000000000, false, false",
            "0000000000000000, false, false",
            "7fc0000000000000, false, false",  // an f32 canonical pattern is no f64 NaN
    })
    void f64Classes(String hex, boolean canonical, boolean arithmetic) {
        long bits = Long.parseUnsignedLong(hex, 16);
        assertEquals(canonical, NanClass.CANONICAL.matchesF64(bits));
        assertEquals(arithmetic, NanClass.ARITHMETIC.matchesF64(bits));
    }

    @ParameterizedTest
    @CsvSource({"nan:canonical, CANONICAL", "nan:arithmetic, ARITHMETIC"})
    void parsesTheSuitesSpelling(String text, NanClass expected) {
        assertEquals(expected, NanClass.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"nan", "2143289344", "nan:0x200000"})
    void otherTextIsNoClass(String text) {
        assertEquals(null, NanClass.parse(text));
    }
}
