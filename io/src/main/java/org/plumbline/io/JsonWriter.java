package org.plumbline.io;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A minimal streaming JSON writer with deterministic output: fields in the order written, two-space
 * indentation, and numbers rounded half-even from their exact binary value to a fixed number of
 * decimals (so the bytes do not depend on the JDK's shortest-repr algorithm, which changed in JDK 19).
 */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    private int depth;
    private boolean first = true;
    private boolean pendingName;

    public JsonWriter beginObject() {
        value();
        out.append('{');
        depth++;
        first = true;
        return this;
    }

    public JsonWriter endObject() {
        depth--;
        if (!first) {
            newline();
        }
        out.append('}');
        first = false;
        return this;
    }

    public JsonWriter beginArray() {
        value();
        out.append('[');
        depth++;
        first = true;
        return this;
    }

    public JsonWriter endArray() {
        depth--;
        if (!first) {
            newline();
        }
        out.append(']');
        first = false;
        return this;
    }

    public JsonWriter name(String name) {
        if (!first) {
            out.append(',');
        }
        newline();
        string(name);
        out.append(": ");
        first = false;
        pendingName = true;
        return this;
    }

    public JsonWriter value(String s) {
        value();
        string(s);
        return this;
    }

    public JsonWriter value(boolean b) {
        value();
        out.append(b);
        return this;
    }

    /** A number rounded to the given decimals; trailing zeros removed. */
    public JsonWriter value(double d, int decimals) {
        value();
        out.append(format(d, decimals));
        return this;
    }

    public JsonWriter value(long n) {
        value();
        out.append(n);
        return this;
    }

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

    /** A number as text: exact decimal of the double, rounded half-even, no exponent, no trailing zeros. */
    public static String format(double d, int decimals) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("JSON has no " + d);
        }
        String fast = fastFormat(d, decimals);
        return fast != null ? fast : exactFormat(d, decimals);
    }

    /**
     * Appends {@link #format(double, int)}'s text to out, without the intermediate strings of the
     * fast path (the report files write about a million coordinates).
     */
    public static void format(StringBuilder out, double d, int decimals) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("JSON has no " + d);
        }
        // fastFormat's rounding, then its digits written directly.
        long n = roundedScaledMagnitude(d, decimals);
        if (n < 0) {
            out.append(exactFormat(d, decimals));
            return;
        }
        if (n == 0) {
            out.append('0');
            return;
        }
        int scale = decimals;
        while (scale > 0 && n % 10 == 0) {
            n /= 10;
            scale--;
        }
        // n > 0: |d| 10^decimals is at least one half, so its sign is d's.
        if (d < 0) {
            out.append('-');
        }
        if (scale == 0) {
            out.append(n);
            return;
        }
        long unit = POW10_LONG[scale];
        out.append(n / unit).append('.');
        long fraction = n % unit;
        for (long u = unit / 10; u > fraction && u > 1; u /= 10) {
            out.append('0');
        }
        out.append(fraction);
    }

    private static final long[] POW10_LONG = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L};

    /**
     * The same text as {@link #exactFormat} without BigDecimal, when that is certain: the product
     * d * 10^decimals is rounded once (10^decimals is exact), so it is within half an ulp of the exact
     * product; unless its fraction lies within a few ulps of one half, rounding it to the nearest
     * integer gives the integer the exact decimal rounds to. Otherwise null (the exact path decides).
     */
    static String fastFormat(double d, int decimals) {
        long n = roundedScaledMagnitude(d, decimals);
        if (n < 0) {
            return null;
        }
        if (n == 0) {
            return "0";
        }
        StringBuilder digits = new StringBuilder(Long.toString(n));
        int scale = decimals;
        while (scale > 0 && digits.charAt(digits.length() - 1) == '0') {
            digits.setLength(digits.length() - 1);
            scale--;
        }
        if (scale > 0) {
            while (digits.length() <= scale) {
                digits.insert(0, '0');
            }
            digits.insert(digits.length() - scale, '.');
        }
        return (d < 0 ? "-" : "") + digits;
    }

    /**
     * |d| 10^decimals rounded to the nearest integer, when that is certainly the integer the exact
     * decimal rounds to (half-even), else -1: the product is rounded once (10^decimals is exact for
     * decimals 0 to 9), so it lies within half an ulp of the exact product, and unless its fraction
     * lies within a few ulps of one half its nearest integer is the exact decimal's. Also -1 for
     * decimals outside 0 to 9 and products of 10^15 or more. The fast path of this class's numbers
     * and of the report's display numbers.
     */
    public static long roundedScaledMagnitude(double d, int decimals) {
        if (decimals < 0 || decimals >= POW10.length) {
            return -1;
        }
        double a = Math.abs(d * POW10[decimals]);
        if (!(a < 1e15)) {
            return -1;
        }
        double floor = Math.floor(a);
        double frac = a - floor;
        if (Math.abs(frac - 0.5) <= 4 * Math.ulp(a)) {
            return -1;
        }
        return (long) floor + (frac > 0.5 ? 1 : 0);
    }

    static String exactFormat(double d, int decimals) {
        BigDecimal b = new BigDecimal(d).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (b.signum() == 0) {
            return "0";
        }
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    private void value() {
        if (pendingName) {
            pendingName = false;
            return;
        }
        if (depth > 0) {
            if (!first) {
                out.append(',');
            }
            newline();
        }
        first = false;
    }

    private void newline() {
        out.append('\n');
        out.append("  ".repeat(Math.max(0, depth)));
    }

    private void string(String s) {
        quote(out, s);
    }

    /** Appends s as a JSON string literal, escaped as {@link #value(String)} writes it. */
    public static void quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString() + "\n";
    }
}
