package org.plumbline.io;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses quantities written with units ("933km", "2,800 km", "7.2 km/s", "5 min") into SI doubles.
 *
 * <p>The core sees metres, seconds, metres per second and radians only; units live here, at the edge.
 * A small table-driven parser is used for the command line; the scenario format (a later issue)
 * may move to JSR 385 (Indriya) for its wider unit vocabulary.
 */
public final class Quantities {
    private static final Pattern QUANTITY = Pattern.compile(
            "^\\s*([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|[+-]?\\.\\d+)\\s*([a-zA-Z/]*)\\s*$");

    /** Lengths: unit → metres. nmi is the international nautical mile (1852 m). */
    private static final Map<String, Double> LENGTH = Map.of("m", 1.0, "km", 1000.0, "nmi", 1852.0,
            "mi", 1609.344, "ft", 0.3048);
    /** Speeds: unit → m/s. */
    private static final Map<String, Double> SPEED = Map.of("m/s", 1.0, "km/s", 1000.0, "ft/s", 0.3048,
            "km/h", 1.0 / 3.6);
    /** Durations: unit → s. */
    private static final Map<String, Double> DURATION = Map.of("s", 1.0, "min", 60.0, "h", 3600.0, "ms", 1.0e-3);
    /** Angles: unit → rad. */
    private static final Map<String, Double> ANGLE = Map.of("deg", Math.PI / 180.0, "rad", 1.0);

    private Quantities() {
    }

    /** A length in metres, from e.g. "1500km", "933 km", "2,800km", "8000nmi". */
    public static double lengthM(String text) throws InputException {
        return parse(text, LENGTH, "a length with a unit such as 1500km or 933 km (m, km, nmi, mi, ft)");
    }

    /** A speed in m/s, from e.g. "7.2km/s", "4500 m/s". */
    public static double speedMps(String text) throws InputException {
        return parse(text, SPEED, "a speed with a unit such as 7.2km/s or 4500m/s (m/s, km/s, ft/s, km/h)");
    }

    /** A duration in seconds, from e.g. "300s", "5min", "1.5 h". */
    public static double durationS(String text) throws InputException {
        return parse(text, DURATION, "a duration with a unit such as 300s or 5min (s, min, h, ms)");
    }

    /** An angle in radians, from e.g. "25deg", "0.4rad"; a bare number is taken as degrees. */
    public static double angleRad(String text) throws InputException {
        Matcher m = QUANTITY.matcher(text == null ? "" : text);
        if (m.matches() && m.group(2).isEmpty()) {
            return number(m.group(1)) * Math.PI / 180.0;
        }
        return parse(text, ANGLE, "an angle such as 25deg or 25 (degrees) or 0.4rad");
    }

    private static double parse(String text, Map<String, Double> units, String expected) throws InputException {
        String t = text == null ? "" : text;
        Matcher m = QUANTITY.matcher(t);
        if (!m.matches()) {
            throw InputException.expected(expected, t, null);
        }
        String unit = m.group(2);
        if (unit.isEmpty()) {
            throw InputException.expected(expected, t, "the unit is missing");
        }
        Double factor = units.get(unit.toLowerCase(Locale.ROOT).equals("min") ? "min" : unit);
        if (factor == null) {
            factor = units.get(unit.toLowerCase(Locale.ROOT));
        }
        if (factor == null) {
            String near = Suggest.nearest(unit, units.keySet());
            throw InputException.expected(expected, t, near == null ? "unknown unit \"" + unit + "\""
                    : "unknown unit \"" + unit + "\"; did you mean \"" + near + "\"?");
        }
        double value = number(m.group(1)) * factor;
        if (!Double.isFinite(value)) {
            throw InputException.expected(expected, t, "the number is too large");
        }
        return value;
    }

    private static double number(String digits) {
        return Double.parseDouble(digits.replace(",", ""));
    }
}
