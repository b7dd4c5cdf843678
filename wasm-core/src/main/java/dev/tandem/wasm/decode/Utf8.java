package dev.tandem.wasm.decode;

import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8, as the spec defines names: shortest form only, no surrogates (U+D800..U+DFFF), nothing
 * above U+10FFFF. Written out rather than left to a {@link java.nio.charset.CharsetDecoder} so the rule
 * the decoder enforces is visible here and the offending byte can be reported.
 */
final class Utf8 {

    private Utf8() {
    }

    /** Offset of the first byte of the first ill-formed sequence in {@code bytes[start, end)}, or -1. */
    static int firstInvalid(byte[] bytes, int start, int end) {
        int i = start;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int len;
            int lo = 0x80;
            int hi = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                len = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                len = 3;
                if (b == 0xE0) {
                    lo = 0xA0;      // E0 80..9F would be an overlong 2-byte form
                } else if (b == 0xED) {
                    hi = 0x9F;      // ED A0..BF would be a surrogate
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                len = 4;
                if (b == 0xF0) {
                    lo = 0x90;      // F0 80..8F would be an overlong 3-byte form
                } else if (b == 0xF4) {
                    hi = 0x8F;      // F4 90.. would be above U+10FFFF
                }
            } else {
                return i;           // a continuation byte, C0/C1 (overlong), or F5..FF (too large)
            }
            if (end - i < len) {
                return i;           // truncated sequence
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < lo || second > hi) {
                return i;
            }
            for (int k = 2; k < len; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += len;
        }
        return -1;
    }

    /** Decodes bytes that {@link #firstInvalid} accepted. */
    static String decode(byte[] bytes, int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }
}
