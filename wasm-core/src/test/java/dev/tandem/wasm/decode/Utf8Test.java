package dev.tandem.wasm.decode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Utf8Test {

    private static int firstInvalid(String hex) {
        byte[] b = HexFormat.of().parseHex(hex);
        return Utf8.firstInvalid(b, 0, b.length);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "00", "7f",                 // ASCII, including NUL and DEL
        "c280", "dfbf",             // 2-byte range U+0080..U+07FF
        "e0a080", "ed9fbf",         // 3-byte, just above the overlongs and just below the surrogates
        "ee8080", "efbfbf",         // U+E000 and U+FFFF (noncharacters are still valid)
        "f0908080", "f48fbfbf",     // U+10000 and U+10FFFF
    })
    void acceptsWellFormedSequences(String hex) {
        assertEquals(-1, firstInvalid(hex));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "80", "bf",                 // lone continuation bytes
        "c080", "c1bf",             // overlong 2-byte
        "e08080", "e09fbf",         // overlong 3-byte
        "f0808080", "f08fbfbf",     // overlong 4-byte
        "eda080", "edbfbf",         // surrogates U+D800, U+DFFF
        "f4908080", "f7bfbfbf",     // above U+10FFFF
        "f8888080", "ff",           // 5-byte leads and invalid bytes
        "c2", "e282", "f09f98",     // truncated
        "c241", "e28241",           // continuation replaced by ASCII
    })
    void rejectsIllFormedSequencesAtTheirFirstByte(String hex) {
        assertEquals(0, firstInvalid(hex));
    }

    @ParameterizedTest
    @CsvSource({"61c0, 1", "6162c3, 2", "61eda080, 1", "c3a9e282ac80, 5"})
    void reportsTheOffsetOfTheBadSequence(String hex, int offset) {
        assertEquals(offset, firstInvalid(hex));
    }
}
