package dev.tandem.reports.text;

import dev.tandem.results.stats.Interval;
import java.util.Locale;

/** How numbers read on the page and in CI logs: three significant digits, units scaled, no locale surprises. */
public final class NumberText {

    private NumberText() {
    }

    /** 3 significant digits: 0.0123, 1.23, 12.3, 1230. */
    public static String sig3(double v) {
        if (Double.isNaN(v)) return "–";
        if (v == 0) return "0";
        double a = Math.abs(v);
        if (a >= 1000) return String.format(Locale.ROOT, "%.0f", v);
        int decimals = Math.max(0, 2 - (int) Math.floor(Math.log10(a)));
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** A change factor as a signed percentage: 1.123 → "+12.3%". */
    public static String change(double factor) {
        if (Double.isNaN(factor)) return "–";
        return String.format(Locale.ROOT, "%+.1f%%", (factor - 1) * 100);
    }

    public static String changeInterval(Interval ci) {
        return ci == null ? "–" : "[" + change(ci.low()) + ", " + change(ci.high()) + "]";
    }

    public static String interval(Interval ci) {
        return ci == null ? "–" : "[" + sig3(ci.low()) + ", " + sig3(ci.high()) + "]";
    }

    /** A value in a unit of the schema, scaled to something readable: 1234567 ns → "1.23 ms". */
    public static String quantity(double value, String unit) {
        if (Double.isNaN(value)) return "–";
        return switch (unit) {
            case "ns" -> duration(value);
            case "ms" -> duration(value * 1e6);
            case "bytes" -> bytes(value);
            case "1", "count", "" -> sig3(value);
            default -> sig3(value) + " " + unit;
        };
    }

    public static String duration(double nanos) {
        double a = Math.abs(nanos);
        if (a >= 1e9) return sig3(nanos / 1e9) + " s";
        if (a >= 1e6) return sig3(nanos / 1e6) + " ms";
        if (a >= 1e3) return sig3(nanos / 1e3) + " µs";
        return sig3(nanos) + " ns";
    }

    public static String bytes(double bytes) {
        double a = Math.abs(bytes);
        if (a >= 1 << 30) return sig3(bytes / (1 << 30)) + " GiB";
        if (a >= 1 << 20) return sig3(bytes / (1 << 20)) + " MiB";
        if (a >= 1 << 10) return sig3(bytes / (1 << 10)) + " KiB";
        return sig3(bytes) + " B";
    }
}
