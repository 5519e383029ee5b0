package org.plumbline.io.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.scenario.Scenario;
import org.plumbline.io.InputException;
import org.plumbline.io.Quantities;
import org.plumbline.io.Suggest;

/**
 * Typed reading of {@link YNode} fields that never throws: every problem is recorded with its
 * place, field path, what was expected and what was found, and a harmless default is returned so
 * that reading goes on and all problems are reported together.
 *
 * <p>Numbers with units may carry an uncertainty: {@code 4.5 km/s ± 0.5 km/s}, {@code 4.5 ± 0.5 km/s},
 * {@code 4.5 km/s +/- 0.5 km/s} or {@code [4.0, 5.0] km/s} (nominal value the midpoint); catalog
 * values may also be maps {@code {value: 4.5 km/s, range: [4.0, 5.0] km/s, label: UNVERIFIED,
 * source: ...}}. Ranges are recorded by field path in SI units.
 */
final class Fields {
    /** Kinds of quantity and how to parse them. */
    enum Kind {
        LENGTH("a length such as 1500 km"),
        SPEED("a speed such as 4.5 km/s"),
        DURATION("a duration such as 90 s"),
        ANGLE("an angle such as 30 deg"),
        AREA("an area such as 0.01 m2"),
        /** A fraction written as a number in [0, 1] or a percentage ("90 %"); SI value in [0, 1]. */
        FRACTION("a fraction such as 0.9 or 90 %"),
        NUMBER("a number");

        final String example;

        Kind(String example) {
            this.example = example;
        }
    }

    /** Keys a catalog value map may have. */
    static final Set<String> VALUE_KEYS = Set.of("value", "range", "label", "source", "sources", "note");
    /** Confidence labels of public-data.md plus ASSUMPTION for the project's own choices. */
    static final Set<String> LABELS = Set.of("SRC", "SEC", "COMP", "UNVERIFIED", "ASSUMPTION");

    private static final Pattern PLUS_MINUS = Pattern.compile("^(.*?)\\s*(?:±|\\+/-|\\+-)\\s*(.*)$");
    private static final Pattern INTERVAL = Pattern.compile("^\\[\\s*([^,\\]]+?)\\s*,\\s*([^\\]]+?)\\s*]\\s*(\\S*)\\s*$");
    private static final Pattern COORD = Pattern.compile(
            "^\\s*([+-]?\\d+(?:\\.\\d+)?)\\s*°?\\s*([NSns]?)\\s*,\\s*([+-]?\\d+(?:\\.\\d+)?)\\s*°?\\s*([EWew]?)\\s*$");
    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]*$");

    final List<Problem> problems;
    final Map<String, Scenario.Range> uncertainties = new TreeMap<>();
    /** Every numeric field path read (for checking margin parameters). */
    final Set<String> numericPaths = new TreeSet<>();

    Fields(List<Problem> problems) {
        this.problems = problems;
    }

    /**
     * A fresh record of its own, for reading a part of the input on another thread; {@link #absorb}
     * adds what it found to this one.
     */
    Fields part() {
        return new Fields(new java.util.ArrayList<>());
    }

    /** Adds everything a {@link #part} recorded (each field of this class) to this record. */
    void absorb(Fields part) {
        problems.addAll(part.problems);
        uncertainties.putAll(part.uncertainties);
        numericPaths.addAll(part.numericPaths);
    }

    void problem(YNode at, String path, String expected, String found, String hint) {
        problems.add(new Problem(at.mark().file(), at.mark().line(), at.mark().column(), path, expected, found,
                hint == null ? "" : hint));
    }

    void problem(YNode.Mark at, String path, String expected, String found, String hint) {
        problems.add(new Problem(at.file(), at.line(), at.column(), path, expected, found, hint == null ? "" : hint));
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    // ------------------------------------------------------------------ structure

    /** The node as a map, or null (problem recorded). */
    YNode.YMap map(YNode n, String path, String what) {
        if (n instanceof YNode.YMap m) {
            return m;
        }
        problem(n, path, what, n.describe(), null);
        return null;
    }

    /** The node as a list, or an empty list (problem recorded). */
    List<YNode> list(YNode n, String path, String what) {
        if (n instanceof YNode.YList l) {
            return l.items();
        }
        problem(n, path, what, n.describe(), null);
        return List.of();
    }

    /** Records unknown keys (with a suggestion) and missing required keys. */
    void keys(YNode.YMap m, String path, Collection<String> allowed, Collection<String> required) {
        for (Map.Entry<String, YNode.YMap.Entry> e : m.entries().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                String near = Suggest.nearest(e.getKey(), allowed);
                problem(e.getValue().keyMark(), child(path, e.getKey()), "one of the keys "
                        + String.join(", ", new TreeSet<>(allowed)), "unknown key \"" + e.getKey() + "\"",
                        near == null ? null : "did you mean \"" + near + "\"?");
            }
        }
        for (String r : required) {
            if (!m.entries().containsKey(r)) {
                problem(m, child(path, r), "a value for \"" + r + "\"", "nothing", null);
            }
        }
    }

    static YNode get(YNode.YMap m, String key) {
        YNode.YMap.Entry e = m.entries().get(key);
        return e == null ? null : e.value();
    }

    // ------------------------------------------------------------------ scalars

    String string(YNode n, String path, String what) {
        if (n instanceof YNode.YScalar s && !s.text().isEmpty()) {
            return s.text();
        }
        problem(n, path, what, n.describe(), n instanceof YNode.YScalar ? null
                : "if this is text containing \": \" or \", \", put it in quotes");
        return "";
    }

    /** A lowercase hyphenated identifier. */
    String id(YNode n, String path) {
        String s = string(n, path, "an id (lowercase letters, digits and hyphens)");
        if (!s.isEmpty() && !ID.matcher(s).matches()) {
            problem(n, path, "an id (lowercase letters, digits and hyphens)", "\"" + s + "\"", null);
        }
        return s;
    }

    /** A key used as an id: checked like {@link #id}. */
    void checkId(YNode.Mark keyMark, String key, String path) {
        if (!ID.matcher(key).matches()) {
            problem(keyMark, path, "an id (lowercase letters, digits and hyphens)", "\"" + key + "\"", null);
        }
    }

    List<String> strings(YNode n, String path, String what) {
        if (n instanceof YNode.YScalar s && !s.text().isEmpty()) {
            return List.of(s.text());
        }
        List<String> out = new ArrayList<>();
        List<YNode> items = list(n, path, "a list of " + what);
        for (int i = 0; i < items.size(); i++) {
            String s = string(items.get(i), path + "[" + i + "]", what);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    boolean bool(YNode n, String path) {
        if (n instanceof YNode.YScalar s) {
            String t = s.text().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("yes")) {
                return true;
            }
            if (t.equals("false") || t.equals("no")) {
                return false;
            }
        }
        problem(n, path, "true or false", n.describe(), null);
        return false;
    }

    int integer(YNode n, String path, int min, int max) {
        if (n instanceof YNode.YScalar s) {
            try {
                int v = Integer.parseInt(s.text().strip());
                if (v >= min && v <= max) {
                    return v;
                }
                problem(n, path, "a whole number from " + min + " to " + max, s.describe(), null);
                return min;
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problem(n, path, "a whole number from " + min + " to " + max, n.describe(), null);
        return min;
    }

    /** One of the given words, with a suggestion when misspelt. */
    String choice(YNode n, String path, Collection<String> options) {
        String s = n instanceof YNode.YScalar sc ? sc.text() : "";
        if (options.contains(s)) {
            return s;
        }
        String near = s.isEmpty() ? null : Suggest.nearest(s, options);
        problem(n, path, "one of " + String.join(", ", new TreeSet<>(options)), n.describe(),
                near == null ? null : "did you mean \"" + near + "\"?");
        return options.iterator().next();
    }

    // ------------------------------------------------------------------ quantities

    /**
     * A quantity in SI units within [min, max] (given in SI), recording its uncertainty range by path.
     * Returns min on error.
     */
    double quantity(YNode n, String path, Kind kind, double min, double max, String rangeText) {
        double neutral = Math.max(min, Math.min(max, 0.0));
        String expected = kind.example + " in " + rangeText;
        numericPaths.add(path);
        YNode valueNode = n;
        String rangeOverride = null;
        YNode rangeNode = null;
        if (n instanceof YNode.YMap m) {
            keys(m, path, VALUE_KEYS, List.of("value"));
            YNode v = get(m, "value");
            if (v == null) {
                return neutral;
            }
            valueNode = v;
            rangeNode = get(m, "range");
            if (rangeNode != null) {
                rangeOverride = rangeNode instanceof YNode.YScalar rs ? rs.text() : null;
                if (rangeOverride == null) {
                    problem(rangeNode, child(path, "range"), "a range such as [4.0, 5.0] km/s", rangeNode.describe(),
                            null);
                }
            }
            YNode label = get(m, "label");
            if (label != null) {
                choice(label, child(path, "label"), LABELS);
            }
        }
        if (!(valueNode instanceof YNode.YScalar s) || s.text().isEmpty()) {
            problem(valueNode, path, expected, valueNode.describe(), null);
            return neutral;
        }
        String text = s.text().strip();
        double nominal;
        double low;
        double high;
        try {
            Matcher interval = INTERVAL.matcher(text);
            Matcher pm = PLUS_MINUS.matcher(text);
            if (interval.matches()) {
                String unit = interval.group(3);
                low = parse(kind, interval.group(1) + unitSuffix(interval.group(1), unit));
                high = parse(kind, interval.group(2) + unitSuffix(interval.group(2), unit));
                if (low > high) {
                    problem(valueNode, path, "a range [low, high] with low <= high", "\"" + text + "\"", null);
                    return neutral;
                }
                nominal = 0.5 * (low + high);
            } else if (pm.matches()) {
                String left = pm.group(1).strip();
                String right = pm.group(2).strip();
                String unit = unitOf(right);
                nominal = parse(kind, left + unitSuffix(left, unit));
                double delta = parse(kind, right);
                if (delta < 0) {
                    throw InputException.expected(expected, text, "the uncertainty must not be negative");
                }
                low = nominal - delta;
                high = nominal + delta;
            } else {
                nominal = parse(kind, text);
                low = nominal;
                high = nominal;
            }
        } catch (InputException e) {
            problem(valueNode, path, expected, "\"" + text + "\"", hintOf(e));
            return neutral;
        }
        if (rangeOverride != null) {
            // A range given apart is reported at the range, as written.
            String written = rangeOverride.strip();
            String rangePath = child(path, "range");
            Matcher r = INTERVAL.matcher(written);
            if (!r.matches()) {
                problem(rangeNode, rangePath, "a range such as [4.0, 5.0] km/s", "\"" + written + "\"", null);
            } else {
                try {
                    low = parse(kind, r.group(1) + unitSuffix(r.group(1), r.group(3)));
                    high = parse(kind, r.group(2) + unitSuffix(r.group(2), r.group(3)));
                } catch (InputException e) {
                    problem(rangeNode, rangePath, "a range [low, high] of " + kind.example, "\"" + written + "\"",
                            hintOf(e));
                    return neutral;
                }
                if (low > high) {
                    problem(rangeNode, rangePath, "a range [low, high] with low <= high", "\"" + written + "\"",
                            null);
                    return neutral;
                }
            }
        }
        // A range given apart ({value, range}) is shown and pointed at as written, not the value.
        String shown = rangeOverride == null ? "\"" + text + "\""
                : "\"" + text + "\" with range \"" + rangeOverride.strip() + "\"";
        if (!(low <= nominal && nominal <= high)) {
            problem(valueNode, path, "a value inside its uncertainty range", shown,
                    "the range must contain the value");
            return neutral;
        }
        if (!(nominal >= min && nominal <= max)) {
            problem(valueNode, path, expected, "\"" + text + "\"", null);
            return neutral;
        }
        if (!(low >= min && high <= max)) {
            if (rangeOverride != null) {
                problem(rangeNode, child(path, "range"), "an uncertainty range inside " + rangeText,
                        "\"" + rangeOverride.strip() + "\"", null);
            } else {
                problem(valueNode, path, "an uncertainty range inside " + rangeText, shown, null);
            }
            return nominal;
        }
        if (low < high) {
            uncertainties.put(path, new Scenario.Range(low, high));
        }
        return nominal;
    }

    private static String hintOf(InputException e) {
        return e.hint().isEmpty() ? null : e.hint();
    }

    /** The unit of "0.5 km/s", or "" when the text is a bare number. */
    private static String unitOf(String text) {
        Matcher m = Pattern.compile("^[+-]?[\\d.,eE+-]+\\s*(\\S*)$").matcher(text.strip());
        return m.matches() ? m.group(1) : "";
    }

    private static String unitSuffix(String number, String unit) {
        return unitOf(number).isEmpty() && !unit.isEmpty() ? " " + unit : "";
    }

    private static double parse(Kind kind, String text) throws InputException {
        return switch (kind) {
            case LENGTH -> Quantities.lengthM(text);
            case SPEED -> Quantities.speedMps(text);
            case DURATION -> Quantities.durationS(text);
            case ANGLE -> Quantities.angleRad(text);
            case AREA -> area(text);
            case FRACTION -> text.strip().endsWith("%")
                    ? number(text.strip().substring(0, text.strip().length() - 1)) / 100.0 : number(text);
            case NUMBER -> number(text);
        };
    }

    private static double area(String text) throws InputException {
        Matcher m = Pattern.compile("^\\s*([+-]?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)\\s*(m2|m\\^2|m²)\\s*$")
                .matcher(text);
        if (!m.matches()) {
            throw InputException.expected("an area such as 0.01 m2", text, null);
        }
        return Double.parseDouble(m.group(1));
    }

    private static double number(String text) throws InputException {
        try {
            double v = Double.parseDouble(text.strip().replace(",", "").replace("_", ""));
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw InputException.expected("a number", text, null);
    }

    // ------------------------------------------------------------------ positions

    /**
     * A position: "54.48 N, 17.11 E", "54.48, 17.11" (decimal degrees, north and east positive) or
     * a map {lat, lon, altitude}. Altitude defaults to 0 (sea level or ground).
     */
    GeodeticPoint position(YNode n, String path) {
        if (n instanceof YNode.YMap m) {
            keys(m, path, List.of("lat", "lon", "altitude"), List.of("lat", "lon"));
            YNode lat = get(m, "lat");
            YNode lon = get(m, "lon");
            YNode alt = get(m, "altitude");
            double la = lat == null ? 0 : quantity(lat, child(path, "lat"), Kind.NUMBER, -90, 90, "[-90, 90] degrees");
            double lo = lon == null ? 0 : quantity(lon, child(path, "lon"), Kind.NUMBER, -180, 180,
                    "[-180, 180] degrees");
            double h = alt == null ? 0 : quantity(alt, child(path, "altitude"), Kind.LENGTH, -11_000, 100_000,
                    "[-11 km, 100 km]");
            return GeodeticPoint.ofDegrees(la, lo, h);
        }
        String text = n instanceof YNode.YScalar s ? s.text() : "";
        if (n instanceof YNode.YList l && l.items().size() == 2 && l.items().get(0) instanceof YNode.YScalar a
                && l.items().get(1) instanceof YNode.YScalar b) {
            text = a.text() + ", " + b.text();
        }
        Matcher m = COORD.matcher(text);
        String expected = "a position such as \"54.48 N, 17.11 E\", \"54.48, 17.11\" or [54.48, 17.11] "
                + "(decimal degrees; quote it inside {...})";
        if (!m.matches()) {
            problem(n, path, expected, n.describe(), null);
            return GeodeticPoint.ofDegrees(0, 0);
        }
        double lat = Double.parseDouble(m.group(1));
        double lon = Double.parseDouble(m.group(3));
        String ns = m.group(2).toUpperCase(Locale.ROOT);
        String ew = m.group(4).toUpperCase(Locale.ROOT);
        if (!ns.isEmpty() && lat < 0 || !ew.isEmpty() && lon < 0) {
            problem(n, path, expected, n.describe(), "use either a hemisphere letter or a sign, not both");
            return GeodeticPoint.ofDegrees(0, 0);
        }
        if (ns.equals("S")) {
            lat = -lat;
        }
        if (ew.equals("W")) {
            lon = -lon;
        }
        if (!(lat >= -90 && lat <= 90)) {
            problem(n, path, "a latitude in [-90, 90] degrees", n.describe(), null);
            return GeodeticPoint.ofDegrees(0, 0);
        }
        if (!(lon >= -180 && lon <= 180)) {
            problem(n, path, "a longitude in [-180, 180] degrees", n.describe(), null);
            return GeodeticPoint.ofDegrees(0, 0);
        }
        return GeodeticPoint.ofDegrees(lat, lon);
    }
}
