package dev.tandem.wasm.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Edge values the spec suite leaves implicit or that pin this package's own choices, one case per
 * line of the files under {@code numeric/edges/}:
 * <pre>
 *   i32.div_s   i32:0x80000000 i32:-1   -> trap integer overflow
 *   f32.min     f32:-0.0 f32:0.0        -> f32:-0.0
 * </pre>
 * Arguments are the method's parameters in order (lane-index immediates included). Values:
 * {@code i32:}/{@code i64:} decimal or 0x hex; {@code f32:}/{@code f64:} a Java float literal
 * (hex floats too), {@code nan}, {@code inf}, {@code -inf} or {@code bits=0x...}; expectations may
 * also be {@code nan:canonical} / {@code nan:arithmetic}; v128 as {@code i8x16:} ... {@code f64x2:}
 * with comma-separated lanes. Float results are compared bit for bit.
 */
class EdgeCaseTest {

    private static final List<String> FILES = List.of("int.txt", "float.txt", "conversions.txt", "simd.txt");

    @TestFactory
    Stream<DynamicContainer> edgeCases() throws IOException {
        List<DynamicContainer> containers = new ArrayList<>();
        for (String file : FILES) {
            List<DynamicTest> tests = new ArrayList<>();
            String[] lines = read("/numeric/edges/" + file).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    tests.add(DynamicTest.dynamicTest(file + ":" + (i + 1) + " " + line, () -> check(line)));
                }
            }
            containers.add(DynamicContainer.dynamicContainer(file, tests));
        }
        return containers.stream();
    }

    private static void check(String line) throws Throwable {
        int arrow = line.indexOf("->");
        String[] call = line.substring(0, arrow).strip().split("\\s+");
        String expected = line.substring(arrow + 2).strip();
        InstructionTable.Instruction instruction = InstructionTable.instance().named(call[0]);
        List<Object> args = new ArrayList<>();
        for (String token : Arrays.copyOfRange(call, 1, call.length)) {
            args.add(value(token));
        }
        if (expected.startsWith("trap ")) {
            WasmTrap trap = assertThrows(WasmTrap.class, () -> instruction.handle().invokeWithArguments(args));
            assertEquals(TrapKind.forSpecText(expected.substring(5)), trap.kind());
            return;
        }
        Object actual = instruction.handle().invokeWithArguments(args);
        assertTrue(matches(expected, actual), () -> "expected " + expected + ", got " + show(actual));
    }

    // ---- values ----

    private static Object value(String token) {
        int colon = token.indexOf(':');
        String type = token.substring(0, colon);
        String text = token.substring(colon + 1);
        return switch (type) {
            case "i32" -> (int) integer(text);
            case "i64" -> integer(text);
            case "f32" -> f32(text);
            case "f64" -> f64(text);
            default -> v128(type, text.split(","));
        };
    }

    private static boolean matches(String expected, Object actual) {
        int colon = expected.indexOf(':');
        String type = expected.substring(0, colon);
        String text = expected.substring(colon + 1);
        return switch (type) {
            case "i32" -> actual instanceof Integer i && i == (int) integer(text);
            case "i64" -> actual instanceof Long l && l == integer(text);
            case "f32" -> actual instanceof Float f && laneMatches("f32", text, Float.floatToRawIntBits(f) & 0xFFFF_FFFFL);
            case "f64" -> actual instanceof Double d && laneMatches("f64", text, Double.doubleToRawLongBits(d));
            default -> actual instanceof V128 v && v128Matches(type, text.split(","), v);
        };
    }

    private static boolean v128Matches(String shape, String[] lanes, V128 actual) {
        int width = 16 / lanes.length;
        byte[] bytes = actual.toBytes();
        for (int i = 0; i < lanes.length; i++) {
            long bits = 0;
            for (int b = 0; b < width; b++) {
                bits |= (bytes[i * width + b] & 0xFFL) << (8 * b);
            }
            if (!laneMatches(shape.substring(0, 3), lanes[i], bits)) {
                return false;
            }
        }
        return true;
    }

    /** {@code laneType} is a scalar type (i32, f64) or the first three letters of a shape (i8x, f32). */
    private static boolean laneMatches(String laneType, String expected, long bits) {
        boolean f32 = laneType.equals("f32");
        boolean f64 = laneType.equals("f64");
        if (f32 || f64) {
            long quietNan = f32 ? 0x7FC0_0000L : 0x7FF8_0000_0000_0000L;
            long magnitude = f32 ? 0x7FFF_FFFFL : Long.MAX_VALUE;
            switch (expected) {
                case "nan:canonical" -> {
                    return (bits & magnitude) == quietNan;
                }
                case "nan:arithmetic" -> {
                    return (bits & quietNan) == quietNan;
                }
                default -> {
                    long want = f32 ? Float.floatToRawIntBits(f32(expected)) & 0xFFFF_FFFFL
                            : Double.doubleToRawLongBits(f64(expected));
                    return want == bits;
                }
            }
        }
        int width = switch (laneType) {
            case "i8x" -> 1;
            case "i16" -> 2;
            case "i32" -> 4;
            default -> 8;
        };
        long mask = width == 8 ? -1L : (1L << (8 * width)) - 1;
        return (integer(expected) & mask) == (bits & mask);
    }

    private static V128 v128(String shape, String[] lanes) {
        int width = 16 / lanes.length;
        byte[] bytes = new byte[16];
        for (int i = 0; i < lanes.length; i++) {
            long bits = switch (shape) {
                case "f32x4" -> Float.floatToRawIntBits(f32(lanes[i]));
                case "f64x2" -> Double.doubleToRawLongBits(f64(lanes[i]));
                default -> integer(lanes[i]);
            };
            for (int b = 0; b < width; b++) {
                bytes[i * width + b] = (byte) (bits >>> (8 * b));
            }
        }
        return V128.fromBytes(bytes, 0);
    }

    /** Decimal (signed) or 0x hex (the full 64-bit pattern, optionally negated). */
    private static long integer(String text) {
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        long magnitude = digits.startsWith("0x") ? Long.parseUnsignedLong(digits.substring(2), 16) : Long.parseLong(digits);
        return negative ? -magnitude : magnitude;
    }

    private static float f32(String text) {
        return switch (text) {
            case "nan" -> Float.NaN;
            case "inf" -> Float.POSITIVE_INFINITY;
            case "-inf" -> Float.NEGATIVE_INFINITY;
            default -> text.startsWith("bits=") ? Float.intBitsToFloat((int) integer(text.substring(5))) : Float.parseFloat(text);
        };
    }

    private static double f64(String text) {
        return switch (text) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> text.startsWith("bits=") ? Double.longBitsToDouble(integer(text.substring(5))) : Double.parseDouble(text);
        };
    }

    private static String show(Object value) {
        return switch (value) {
            case Float f -> "f32:bits=0x" + Integer.toHexString(Float.floatToRawIntBits(f)) + " (" + f + ")";
            case Double d -> "f64:bits=0x" + Long.toHexString(Double.doubleToRawLongBits(d)) + " (" + d + ")";
            case Integer i -> "i32:0x" + Integer.toHexString(i) + " (" + i + ")";
            case Long l -> "i64:0x" + Long.toHexString(l) + " (" + l + ")";
            default -> String.valueOf(value);
        };
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = EdgeCaseTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
