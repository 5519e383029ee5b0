package org.plumbline.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The base map, as rings of {latRad, lonRad}: the Natural Earth country borders that {@code io} ships
 * ({@code org/plumbline/io/data/countries.geojson}, 70 countries at 1:50m, rounded to 0.001 deg),
 * then the rest of the world's countries at 1:110m that this module ships for the background
 * ({@code org/plumbline/report/data/other-countries-110m.geojson}; see the README beside each). Read
 * once, on first use, with a small reader for the files' subset of JSON (the report has no JSON
 * library at run time).
 */
final class CountryShapes {
    private static final String RESOURCE = "org/plumbline/io/data/countries.geojson";
    private static final String OTHER_RESOURCE = "org/plumbline/report/data/other-countries-110m.geojson";

    /**
     * One country.
     *
     * @param iso3     ISO 3166-1 alpha-3 code (the numeric code for the 1:110m background)
     * @param name     Natural Earth short name
     * @param polygons polygons, each a list of rings (the first the outer), each ring {latRad, lonRad} points
     */
    record Country(String iso3, String name, List<List<double[][]>> polygons) {
    }

    private static final class Holder {
        static final List<Country> COUNTRIES = load();
    }

    private CountryShapes() {
    }

    /** The countries, in file order (sorted by the generator). */
    static List<Country> all() {
        return Holder.COUNTRIES;
    }

    private static List<Country> load() {
        List<Country> out = new ArrayList<>();
        read(RESOURCE, "iso3", out);
        read(OTHER_RESOURCE, "isoNumeric", out);
        return Collections.unmodifiableList(out);
    }

    private static void read(String resource, String idProperty, List<Country> out) {
        String text;
        try (InputStream in = CountryShapes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object root = new MiniJson(resource, text).parse();
        for (Object f : list(map(root).get("features"))) {
            java.util.Map<String, Object> feature = map(f);
            java.util.Map<String, Object> props = map(feature.get("properties"));
            java.util.Map<String, Object> geometry = map(feature.get("geometry"));
            List<List<double[][]>> polygons = new ArrayList<>();
            List<Object> parts = "Polygon".equals(geometry.get("type")) ? List.of(geometry.get("coordinates"))
                    : list(geometry.get("coordinates"));
            for (Object polygon : parts) {
                List<double[][]> rings = new ArrayList<>();
                for (Object ring : list(polygon)) {
                    List<Object> pts = list(ring);
                    double[][] r = new double[pts.size()][];
                    for (int i = 0; i < r.length; i++) {
                        List<Object> p = list(pts.get(i));
                        r[i] = new double[] {Math.toRadians((Double) p.get(1)), Math.toRadians((Double) p.get(0))};
                    }
                    rings.add(r);
                }
                polygons.add(Collections.unmodifiableList(rings));
            }
            out.add(new Country(String.valueOf(props.get(idProperty)), String.valueOf(props.get("name")),
                    Collections.unmodifiableList(polygons)));
        }
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, Object> map(Object o) {
        return (java.util.Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    /**
     * A strict reader of RFC 8259 JSON into LinkedHashMap, ArrayList, String, Double, Boolean and
     * null (JSON null). Enough for a data file written by our own generator.
     */
    static final class MiniJson {
        private final String source;
        private final String s;
        private int i;

        MiniJson(String source, String s) {
            this.source = source;
            this.s = s;
        }

        Object parse() {
            Object v = value();
            skip();
            if (i != s.length()) {
                throw error("end of input");
            }
            return v;
        }

        private IllegalStateException error(String expected) {
            return new IllegalStateException(source + ": expected " + expected + " at offset " + i);
        }

        private void skip() {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\n' || s.charAt(i) == '\r'
                    || s.charAt(i) == '\t')) {
                i++;
            }
        }

        private Object value() {
            skip();
            if (i >= s.length()) {
                throw error("a value");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    i++;
                    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
                    skip();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        skip();
                        String k = string();
                        skip();
                        expect(':');
                        m.put(k, value());
                        skip();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect('}');
                            return m;
                        }
                    }
                }
                case '[' -> {
                    i++;
                    List<Object> l = new ArrayList<>();
                    skip();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        skip();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect(']');
                            return l;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                case 't' -> {
                    literal("true");
                    return Boolean.TRUE;
                }
                case 'f' -> {
                    literal("false");
                    return Boolean.FALSE;
                }
                case 'n' -> {
                    literal("null");
                    return null;
                }
                default -> {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    if (start == i) {
                        throw error("a value");
                    }
                    return Double.parseDouble(s.substring(start, i));
                }
            }
        }

        private void literal(String word) {
            if (!s.startsWith(word, i)) {
                throw error(word);
            }
            i += word.length();
        }

        private void expect(char c) {
            if (i >= s.length() || s.charAt(i) != c) {
                throw error("'" + c + "'");
            }
            i++;
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                if (i >= s.length()) {
                    throw error("a closing quote");
                }
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> throw error("an escape");
                }
            }
        }
    }
}
