package io.chunkwise.display;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Human spellings of byte counts, durations, shapes, counts and numbers, shared by every view.
 *
 * <p>Byte counts follow Dask's {@code format_bytes}: binary units with two decimals, switching to the
 * next unit at 0.9 of it, so 3.2e9 bytes reads {@code 2.98 GiB} and 8e6 bytes {@code 7.63 MiB}.
 */
public final class Formats {
    private static final String[] UNITS = {"PiB", "TiB", "GiB", "MiB", "kiB"};
    private static final int[] SHIFTS = {50, 40, 30, 20, 10};

    private Formats() {
    }

    /** Bytes in binary units with two decimals, e.g. {@code 2.98 GiB}, {@code 7.63 MiB}, {@code 512 B}. */
    public static String bytes(long n) {
        if (n < 0) {
            return "-" + bytes(n == Long.MIN_VALUE ? Long.MAX_VALUE : -n);
        }
        for (int i = 0; i < UNITS.length; i++) {
            double k = Math.scalb(1.0, SHIFTS[i]);
            if (n >= 0.9 * k) {
                return String.format(Locale.ROOT, "%.2f %s", n / k, UNITS[i]);
            }
        }
        return n + " B";
    }

    /**
     * A duration for people: {@code 420 ns}, {@code 12 µs}, {@code 850 ms}, {@code 2.3 s}, {@code 42 s},
     * {@code 1 min 05 s}, {@code 2 h 03 min}; negative values (unknown) read {@code unknown}.
     */
    public static String duration(long nanos) {
        if (nanos < 0) {
            return "unknown";
        }
        if (nanos < 1_000) {
            return nanos + " ns";
        }
        if (nanos < 999_500) {
            return Math.round(nanos / 1e3) + " µs";
        }
        long ms = Math.round(nanos / 1e6);
        if (ms < 1000) {
            return ms + " ms";
        }
        long tenths = Math.round(nanos / 1e8);
        if (tenths < 100) {
            return tenths / 10 + "." + tenths % 10 + " s";
        }
        long secs = Math.round(nanos / 1e9);
        if (secs < 60) {
            return secs + " s";
        }
        if (secs < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", secs / 60, secs % 60);
        }
        long mins = Math.round(nanos / 6e10);
        return String.format(Locale.ROOT, "%d h %02d min", mins / 60, mins % 60);
    }

    /** A shape as Python spells a tuple: {@code ()}, {@code (5,)}, {@code (20000, 20000)}. */
    public static String shape(long[] shape) {
        return tuple(shape);
    }

    /** As {@link #shape(long[])} for int lengths, e.g. a chunk shape. */
    public static String shape(int[] shape) {
        long[] s = new long[shape.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = shape[i];
        }
        return tuple(s);
    }

    private static String tuple(long[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(v[i]);
        }
        return sb.append(v.length == 1 ? ",)" : ")").toString();
    }

    /** A count with thousands separators, e.g. {@code 1,000,000}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A count and its noun, singular for exactly one: {@code 1 chunk}, {@code 400 chunks}. */
    public static String plural(long n, String noun) {
        return count(n) + " " + (n == 1 ? noun : noun + "s");
    }

    /**
     * A number in at most six significant digits, plain for magnitudes from 1e-4 to below 1e9 and
     * scientific otherwise: {@code 0.333333}, {@code 1234.5}, {@code 1.2346e+12}, {@code nan}, {@code -inf}.
     */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e9) {
            BigDecimal d = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
            return d.toPlainString();
        }
        String s = String.format(Locale.ROOT, "%.4e", v);
        int e = s.indexOf('e');
        String mant = s.substring(0, e).replaceAll("0+$", "").replaceAll("\\.$", "");
        return mant + s.substring(e);
    }
}
