package dev.tandem.wasm.numeric;

import dev.tandem.spec.script.Value;
import java.util.List;

/**
 * Values of the spec JSON (wast2json): arguments as Java boxes (Integer, Long, Float, Double,
 * V128), expectations matched bit for bit, with {@code nan:canonical} (quiet NaN, zero payload,
 * either sign) and {@code nan:arithmetic} (quiet bit set, any payload) where the spec allows a
 * class of NaNs, lane by lane for v128.
 */
final class SpecValues {

    private SpecValues() {
    }

    /** The argument as a Java box, or null for a reference value (not numeric). */
    static Object parse(Value value) {
        return switch (value.type()) {
            case "i32" -> (int) bits(value.scalar());
            case "i64" -> bits(value.scalar());
            case "f32" -> Float.intBitsToFloat((int) bits(value.scalar()));
            case "f64" -> Double.longBitsToDouble(bits(value.scalar()));
            case "v128" -> v128(value);
            default -> null;
        };
    }

    /** True if every expectation's type is numeric, so {@link #mismatch} can judge it. */
    static boolean isNumeric(Value value) {
        return switch (value.type()) {
            case "i32", "i64", "f32", "f64", "v128" -> true;
            default -> false;
        };
    }

    /** Null if {@code actual} meets the expectation, else a description of the difference. */
    static String mismatch(Value expected, Object actual) {
        boolean ok = switch (expected.type()) {
            case "i32" -> actual instanceof Integer i && i == (int) bits(expected.scalar());
            case "i64" -> actual instanceof Long l && l == bits(expected.scalar());
            case "f32" -> actual instanceof Float f
                    && laneMatches("f32", expected.scalar(), Float.floatToRawIntBits(f));
            case "f64" -> actual instanceof Double d
                    && laneMatches("f64", expected.scalar(), Double.doubleToRawLongBits(d));
            case "v128" -> actual instanceof V128 v && v128Matches(expected, v);
            default -> false;
        };
        return ok ? null : "expected " + expected + ", got " + show(actual);
    }

    static String show(Object value) {
        return switch (value) {
            case Integer i -> "i32:" + Integer.toUnsignedString(i) + " (0x" + Integer.toHexString(i) + ")";
            case Long l -> "i64:" + Long.toUnsignedString(l) + " (0x" + Long.toHexString(l) + ")";
            case Float f -> "f32:" + Integer.toUnsignedString(Float.floatToRawIntBits(f)) + " (" + f + ")";
            case Double d -> "f64:" + Long.toUnsignedString(Double.doubleToRawLongBits(d)) + " (" + d + ")";
            case null -> "null";
            default -> value.toString();
        };
    }

    private static boolean v128Matches(Value expected, V128 actual) {
        String laneType = expected.laneType();
        int width = laneWidth(laneType);
        byte[] bytes = actual.toBytes();
        List<String> lanes = expected.text();
        for (int i = 0; i < lanes.size(); i++) {
            long laneBits = 0;
            for (int b = 0; b < width; b++) {
                laneBits |= (bytes[i * width + b] & 0xFFL) << (8 * b);
            }
            if (!laneMatches(laneType, lanes.get(i), laneBits)) {
                return false;
            }
        }
        return true;
    }

    private static boolean laneMatches(String laneType, String expected, long actualBits) {
        boolean f32 = laneType.equals("f32");
        long quietNan = f32 ? 0x7FC0_0000L : 0x7FF8_0000_0000_0000L;
        long magnitude = f32 ? 0x7FFF_FFFFL : Long.MAX_VALUE;
        return switch (expected) {
            case "nan:canonical" -> (actualBits & magnitude) == quietNan;
            case "nan:arithmetic" -> (actualBits & quietNan) == quietNan;
            default -> {
                int width = laneWidth(laneType);
                long mask = width == 8 ? -1L : (1L << (8 * width)) - 1;
                yield (bits(expected) & mask) == (actualBits & mask);
            }
        };
    }

    private static V128 v128(Value value) {
        int width = laneWidth(value.laneType());
        byte[] bytes = new byte[16];
        List<String> lanes = value.text();
        for (int i = 0; i < lanes.size(); i++) {
            long lane = bits(lanes.get(i));
            for (int b = 0; b < width; b++) {
                bytes[i * width + b] = (byte) (lane >>> (8 * b));
            }
        }
        return V128.fromBytes(bytes, 0);
    }

    private static int laneWidth(String laneType) {
        return switch (laneType) {
            case "i8" -> 1;
            case "i16" -> 2;
            case "i32", "f32" -> 4;
            case "i64", "f64" -> 8;
            default -> throw new IllegalArgumentException("unknown lane type " + laneType);
        };
    }

    /** wast2json writes bit patterns as unsigned decimals; a minus sign is accepted too. */
    private static long bits(String text) {
        return text.startsWith("-") ? Long.parseLong(text) : Long.parseUnsignedLong(text);
    }
}
