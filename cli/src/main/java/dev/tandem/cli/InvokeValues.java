package dev.tandem.cli;

import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.ValType;
import dev.tandem.wasm.numeric.V128;
import java.util.List;

/**
 * {@code run --invoke}: the function's arguments from command-line words, and its results as text.
 * i32 and i64 accept signed or unsigned decimal (or 0x hex); f32 and f64 accept Java's decimal
 * forms and {@code nan}, {@code inf}, {@code -inf}. Results print one per line: integers as signed
 * decimal, floats as the shortest decimal that reads back to the same value.
 */
final class InvokeValues {

    private InvokeValues() {
    }

    static Object[] parse(String function, FuncType type, List<String> words) throws UserError {
        List<ValType> params = type.params();
        if (words.size() != params.size()) {
            throw new UserError(ExitCode.USAGE, function + " takes " + params.size() + " argument"
                    + (params.size() == 1 ? "" : "s") + " " + params + ", got " + words.size());
        }
        Object[] values = new Object[params.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = parse(function, i, params.get(i), words.get(i));
        }
        return values;
    }

    private static Object parse(String function, int index, ValType type, String word) throws UserError {
        try {
            return switch (type) {
                case I32 -> (int) integer(word, 32);
                case I64 -> integer(word, 64);
                case F32 -> (float) floating(word);
                case F64 -> floating(word);
                case V128, FUNCREF, EXTERNREF -> throw new UserError(ExitCode.USAGE, function + ": argument " + index
                        + " is a " + type + ", which cannot be given on the command line");
            };
        } catch (NumberFormatException e) {
            throw new UserError(ExitCode.USAGE, function + ": argument " + index + " must be " + type + ", got \"" + word + "\"");
        }
    }

    /** A signed or unsigned integer of {@code bits} bits; the bits are what counts. */
    private static long integer(String word, int bits) {
        String w = word.replace("_", "");
        boolean negative = w.startsWith("-");
        String digits = negative || w.startsWith("+") ? w.substring(1) : w;
        int radix = 10;
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            digits = digits.substring(2);
            radix = 16;
        }
        if (digits.isEmpty() || digits.startsWith("-") || digits.startsWith("+")) {
            throw new NumberFormatException(word);
        }
        long magnitude = Long.parseUnsignedLong(digits, radix);
        if (bits == 32) {
            // -2^31 .. 2^32 - 1: anything an i32 holds, signed or unsigned.
            if (negative ? Long.compareUnsigned(magnitude, 1L << 31) > 0 : Long.compareUnsigned(magnitude, (1L << 32) - 1) > 0) {
                throw new NumberFormatException(word);
            }
        } else if (negative && Long.compareUnsigned(magnitude, Long.MIN_VALUE) > 0) {
            throw new NumberFormatException(word);
        }
        return negative ? -magnitude : magnitude;
    }

    private static double floating(String word) {
        return switch (word.toLowerCase()) {
            case "nan", "+nan" -> Double.NaN;
            case "-nan" -> -Double.NaN;
            case "inf", "+inf", "infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            default -> {
                if (word.endsWith("d") || word.endsWith("D") || word.endsWith("f") || word.endsWith("F")) {
                    throw new NumberFormatException(word); // Java's suffixes are no Wasm syntax
                }
                yield Double.parseDouble(word);
            }
        };
    }

    static String format(Object value) {
        return switch (value) {
            case null -> "null";
            case Integer i -> Integer.toString(i);
            case Long l -> Long.toString(l);
            case Float f -> floating(f.isNaN(), f.isInfinite(), f < 0, Float.toString(f));
            case Double d -> floating(d.isNaN(), d.isInfinite(), d < 0, Double.toString(d));
            case V128 v -> String.format("0x%016x%016x", v.hi(), v.lo());
            default -> value.toString();
        };
    }

    private static String floating(boolean nan, boolean infinite, boolean negative, String text) {
        if (nan) {
            return "nan";
        }
        if (infinite) {
            return negative ? "-inf" : "inf";
        }
        return text;
    }
}
