package org.plumbline.report;

import java.util.List;

import org.plumbline.io.JsonWriter;

/**
 * The GeoJSON text (RFC 7946) that the report's two GeoJSON files share, {@link GeoJsonLayers} and
 * {@link FootprintGeoJson}: the features of a FeatureCollection, one per line; geometries whose
 * positions are [longitude, latitude] in degrees written with {@value #DECIMALS} decimals (about 1 m)
 * by {@link JsonWriter#format(double, int)}; properties in the order added, strings escaped as
 * {@link JsonWriter} escapes.
 */
final class GeoJson {
    /** Decimals of a degree written for a coordinate. */
    static final int DECIMALS = 5;

    private GeoJson() {
    }

    /** The features of a FeatureCollection, appended after its opening text up to {@code "features":[}. */
    static final class Features {
        private final StringBuilder b;
        private boolean first = true;

        Features(StringBuilder b) {
            this.b = b;
        }

        /** Appends a feature on its own line. */
        void add(String geometry, Props properties) {
            b.append(first ? "\n" : ",\n");
            first = false;
            b.append("{\"type\":\"Feature\",\"geometry\":").append(geometry).append(",\"properties\":")
                    .append(properties.close()).append('}');
        }

        /** Closes the features and the collection; the whole text. */
        String close() {
            return b.append(first ? "]}\n" : "\n]}\n").toString();
        }
    }

    static String point(double lonDeg, double latDeg) {
        StringBuilder b = new StringBuilder(64).append("{\"type\":\"Point\",\"coordinates\":");
        position(b, lonDeg, latDeg);
        return b.append('}').toString();
    }

    private static void position(StringBuilder b, double lonDeg, double latDeg) {
        b.append('[');
        JsonWriter.format(b, lonDeg, DECIMALS);
        b.append(',');
        JsonWriter.format(b, latDeg, DECIMALS);
        b.append(']');
    }

    private static void coordinates(StringBuilder b, List<double[]> pts) {
        b.append('[');
        for (int i = 0; i < pts.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            position(b, pts.get(i)[0], pts.get(i)[1]);
        }
        b.append(']');
    }

    /** A LineString, or a MultiLineString when there are several parts (a line cut at the antimeridian). */
    static String line(List<List<double[]>> parts) {
        int points = 0;
        for (List<double[]> p : parts) {
            points += p.size();
        }
        StringBuilder b = new StringBuilder(64 + 24 * points);
        if (parts.size() == 1) {
            b.append("{\"type\":\"LineString\",\"coordinates\":");
            coordinates(b, parts.get(0));
            return b.append('}').toString();
        }
        b.append("{\"type\":\"MultiLineString\",\"coordinates\":[");
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            coordinates(b, parts.get(i));
        }
        return b.append("]}").toString();
    }

    /**
     * A Polygon of one ring, or a MultiPolygon of one-ring polygons when there are several (a ring cut
     * at the antimeridian).
     */
    static String polygon(List<List<double[]>> rings) {
        StringBuilder b = new StringBuilder(1024);
        if (rings.size() == 1) {
            b.append("{\"type\":\"Polygon\",\"coordinates\":[");
            coordinates(b, rings.get(0));
            return b.append("]}").toString();
        }
        b.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
        for (int i = 0; i < rings.size(); i++) {
            b.append(i == 0 ? "[" : ",[");
            coordinates(b, rings.get(i));
            b.append(']');
        }
        return b.append("]}").toString();
    }

    /** A JSON string literal, escaped exactly as {@link JsonWriter} escapes. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        JsonWriter.quote(b, s);
        return b.toString();
    }

    /** Properties that start with the feature's {@code kind} and {@code scenario}. */
    static Props props(String kind, String scenario) {
        return new Props().s("kind", kind).s("scenario", scenario);
    }

    /** Properties in the order added. */
    static final class Props {
        private final StringBuilder b = new StringBuilder("{");

        private Props key(String k) {
            if (b.length() > 1) {
                b.append(',');
            }
            JsonWriter.quote(b, k);
            b.append(':');
            return this;
        }

        Props s(String k, String v) {
            JsonWriter.quote(key(k).b, v);
            return this;
        }

        Props n(String k, long v) {
            key(k).b.append(v);
            return this;
        }

        Props d(String k, double v, int decimals) {
            JsonWriter.format(key(k).b, v, decimals);
            return this;
        }

        Props b(String k, boolean v) {
            key(k).b.append(v);
            return this;
        }

        /** An array of strings. */
        Props strings(String k, List<String> v) {
            key(k).b.append('[');
            for (int i = 0; i < v.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                JsonWriter.quote(b, v.get(i));
            }
            b.append(']');
            return this;
        }

        Props raw(String k, String json) {
            key(k).b.append(json);
            return this;
        }

        String close() {
            return b.append('}').toString();
        }
    }
}
