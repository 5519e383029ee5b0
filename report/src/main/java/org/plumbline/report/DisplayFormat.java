package org.plumbline.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.plumbline.core.scenario.Criterion;

/**
 * Numbers for people and for SVG coordinates, the same on every JDK: decimals are rounded half-even
 * from the exact binary value (as {@link org.plumbline.io.JsonWriter} does), never through the
 * JDK's shortest-representation algorithm (which changed in JDK 19). SI values come in; display
 * units (km, km/s, deg, %) go out.
 */
final class DisplayFormat {
    /** U+2212 MINUS SIGN, which reads better than a hyphen in tables. */
    private static final String MINUS = "\u2212";

    private DisplayFormat() {
    }

    /** v rounded to the given decimals, trailing zeros kept, thousands grouped with commas when asked. */
    static String fixed(double v, int decimals, boolean grouping) {
        if (Double.isNaN(v)) {
            return "undefined";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : MINUS + "\u221e";
        }
        String plain = roundedPlain(v, decimals);
        boolean negative;
        if (plain != null) {
            negative = v < 0 && !isZero(plain);
        } else {
            BigDecimal b = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN);
            negative = b.signum() < 0;
            plain = b.abs().toPlainString();
        }
        return signed(plain, negative, grouping);
    }

    /** {@link #fixed(double, int, boolean)} through BigDecimal alone: the reference of its fast path. */
    static String fixedExact(double v, int decimals, boolean grouping) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return fixed(v, decimals, grouping);
        }
        BigDecimal b = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN);
        return signed(b.abs().toPlainString(), b.signum() < 0, grouping);
    }

    private static final long[] POW10_LONG = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L};

    /**
     * |v| rounded half-even to the decimals, trailing zeros kept, without BigDecimal when that is
     * certain, else null: as {@link org.plumbline.io.JsonWriter}'s fast path, v * 10^decimals is
     * rounded once (10^decimals is exact), so unless its fraction lies within a few ulps of one half,
     * its nearest integer is the integer the exact decimal rounds to.
     */
    private static String roundedPlain(double v, int decimals) {
        long n = org.plumbline.io.JsonWriter.roundedScaledMagnitude(v, decimals);
        if (n < 0) {
            return null;
        }
        if (decimals == 0) {
            return Long.toString(n);
        }
        long unit = POW10_LONG[decimals];
        StringBuilder b = new StringBuilder(24).append(n / unit).append('.');
        long fraction = n % unit;
        for (long u = unit / 10; u > 0 && fraction < u; u /= 10) {
            b.append('0');
        }
        if (fraction > 0) {
            b.append(fraction);
        }
        return b.toString();
    }

    private static boolean isZero(String plain) {
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c != '0' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static String signed(String plain, boolean negative, boolean grouping) {
        if (grouping) {
            int dot = plain.indexOf('.');
            String whole = dot < 0 ? plain : plain.substring(0, dot);
            StringBuilder g = new StringBuilder();
            for (int i = 0; i < whole.length(); i++) {
                if (i > 0 && (whole.length() - i) % 3 == 0) {
                    g.append(',');
                }
                g.append(whole.charAt(i));
            }
            plain = g + (dot < 0 ? "" : plain.substring(dot));
        }
        return negative ? MINUS + plain : plain;
    }

    /** v rounded to the given decimals, no grouping. */
    static String fixed(double v, int decimals) {
        return fixed(v, decimals, false);
    }

    /** v with about the given significant digits (at most 6 decimals), for unitless numbers. */
    static String significant(double v, int digits) {
        if (!Double.isFinite(v) || v == 0) {
            return fixed(v, 0);
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(v)));
        int decimals = Math.max(0, Math.min(6, digits - 1 - magnitude));
        return fixed(v, decimals, true);
    }

    /**
     * An SVG coordinate rounded to 0.1 (of a viewBox unit): integer arithmetic on Math.round, which
     * is exact and the same everywhere.
     */
    static void coordinate(StringBuilder b, double v) {
        long r = Math.round(v * 10.0);
        if (r < 0) {
            b.append('-');
            r = -r;
        }
        b.append(r / 10);
        if (r % 10 != 0) {
            b.append('.').append(r % 10);
        }
    }

    /** An SVG coordinate as a string. */
    static String coordinate(double v) {
        StringBuilder b = new StringBuilder(8);
        coordinate(b, v);
        return b.toString();
    }

    /** A quantity in SI units shown in its display unit: m/s as km/s, m as km, s, rad as deg, m^2. */
    static String quantity(double v, String siUnit) {
        if (Double.isNaN(v)) {
            return "undefined";
        }
        return switch (siUnit) {
            case "m/s" -> fixed(v / 1000.0, 2) + "\u00a0km/s";
            case "m" -> Math.abs(v) < 100_000.0 && v != Math.rint(v / 1000.0) * 1000.0
                    ? fixed(v / 1000.0, 1, true) + "\u00a0km" : fixed(v / 1000.0, 0, true) + "\u00a0km";
            case "s" -> (v == Math.rint(v) || Math.abs(v) >= 100 ? fixed(v, 0, true) : fixed(v, 1)) + "\u00a0s";
            case "rad" -> fixed(Math.toDegrees(v), 1) + "\u00a0deg";
            case "m2" -> new BigDecimal(v).round(new java.math.MathContext(3, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                    .toPlainString() + "\u00a0m\u00b2";
            default -> significant(v, 4);
        };
    }

    /** The display unit of an SI unit, for axis titles. */
    static String displayUnit(String siUnit) {
        return switch (siUnit) {
            case "m/s" -> "km/s";
            case "m" -> "km";
            case "rad" -> "deg";
            default -> siUnit;
        };
    }

    /** Factor from an SI value to its display unit. */
    static double displayValue(double v, String siUnit) {
        return switch (siUnit) {
            case "m/s", "m" -> v / 1000.0;
            case "rad" -> Math.toDegrees(v);
            default -> v;
        };
    }

    /** Whether a metric is a fraction 0..1 (shown in per cent). */
    static boolean isFraction(Criterion.Metric m) {
        return m.unit().isEmpty() && m != Criterion.Metric.INTERCEPTOR_COUNT;
    }

    /** A metric value in its display unit: fractions in per cent, counts as integers. */
    static String metric(Criterion.Metric m, double v) {
        if (Double.isNaN(v)) {
            return "undefined";
        }
        if (isFraction(m)) {
            return fixed(100.0 * v, 1) + "\u00a0%";
        }
        if (m == Criterion.Metric.INTERCEPTOR_COUNT) {
            return fixed(v, 0, true);
        }
        return quantity(v, m.unit());
    }

    /** A metric value in its display unit, as a plain number for axes. */
    static double metricDisplayValue(Criterion.Metric m, double v) {
        return isFraction(m) ? 100.0 * v : displayValue(v, m.unit());
    }

    /** The display unit of a metric. */
    static String metricUnit(Criterion.Metric m) {
        return isFraction(m) ? "%" : m == Criterion.Metric.INTERCEPTOR_COUNT ? "" : displayUnit(m.unit());
    }

    /** "at least 90.0 %" or "at most 0.0 %". */
    static String requirement(Criterion c) {
        return (c.comparison() == Criterion.Comparison.AT_LEAST ? "\u2265\u00a0" : "\u2264\u00a0")
                + metric(c.metric(), c.threshold());
    }

    /** A latitude and longitude in degrees with hemispheres: "44.08\u00b0N 24.42\u00b0E". */
    static String latLon(double latRad, double lonRad) {
        double lat = Math.toDegrees(latRad);
        double lon = Math.toDegrees(lonRad);
        return fixed(Math.abs(lat), 2) + "\u00b0" + (lat < 0 ? "S" : "N") + " " + fixed(Math.abs(lon), 2) + "\u00b0"
                + (lon < 0 ? "W" : "E");
    }
}
