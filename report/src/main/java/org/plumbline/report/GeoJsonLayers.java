package org.plumbline.report;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.plumbline.core.assessment.ScenarioAssessment;
import org.plumbline.core.assessment.SiteOutcome;
import org.plumbline.core.assessment.ThreatOutcome;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.io.JsonWriter;

/**
 * The map layers of a report as one GeoJSON FeatureCollection (RFC 7946; {@code footprints.geojson}):
 * for each scenario, its interceptor sites and radars (Point), radar coverage per face (Polygon, at
 * the reference altitude and cross-section of the HTML map), the ground track of every threat that
 * reaches its target (LineString), and the targets (Point, with whether they are defended).
 *
 * <p>Every feature has a {@code kind} and a {@code scenario} property. Coordinates are
 * [longitude, latitude] in degrees, rounded to 5 decimals (about 1 m) by
 * {@link JsonWriter#format(double, int)}; lines and rings that cross the antimeridian are cut there
 * (RFC 7946 section 3.1.9) into Multi geometries. Ground tracks are simplified by Douglas-Peucker
 * to {@link GroundTracks#TOLERANCE_DEG}. One feature per line, in a fixed order: same report, same
 * bytes.
 */
public final class GeoJsonLayers {
    private static final int DECIMALS = 5;

    private GeoJsonLayers() {
    }

    /** The FeatureCollection as text. */
    public static String write(Report report) {
        Objects.requireNonNull(report, "report");
        StringBuilder b = new StringBuilder(1 << 20);
        b.append("{\"type\":\"FeatureCollection\",\"name\":\"plumbline-footprints\",\"plumbline\":")
                .append(quote(report.version())).append(",\"inputsSha256\":").append(quote(report.inputsSha256()))
                .append(",\"features\":[");
        boolean[] first = {true};
        // The scenarios of one assessment share their flights (the same Trajectory objects): each
        // ground track is simplified and formatted once and its text reused.
        Map<Trajectory, String> lines = new IdentityHashMap<>();
        for (ScenarioAssessment a : report.scenarios()) {
            ScenarioGeometry g = ScenarioGeometry.of(a);
            String sid = a.scenario().id();
            for (ScenarioGeometry.Site s : g.sites()) {
                feature(b, first, point(s.site().position()), props("site", sid).s("id", s.site().id())
                        .s("system", s.systemId()).s("siteKind", s.site().kind().name().toLowerCase(java.util.Locale.ROOT))
                        .s("interceptor", s.site().interceptor().id()).s("interceptorName", s.site().interceptor().name())
                        .n("count", s.site().count()));
            }
            for (ScenarioGeometry.RadarMark r : g.radars()) {
                feature(b, first, point(r.radar().position()), props("radar", sid).s("id", r.radar().id())
                        .s("system", r.systemId()).s("type", r.radar().type()).n("faces", r.radar().faces().size()));
            }
            for (ScenarioGeometry.RadarMark r : g.radars()) {
                List<List<double[]>> faces = RadarFootprint.faces(r.radar());
                for (int i = 0; i < faces.size(); i++) {
                    if (faces.get(i).size() < 3) {
                        continue;
                    }
                    List<double[]> lonLat = faces.get(i).stream()
                            .map(p -> new double[] {Math.toDegrees(p[1]), Math.toDegrees(p[0])}).toList();
                    feature(b, first, polygon(GroundTracks.splitRingAtAntimeridian(lonLat)),
                            props("radar-coverage", sid).s("radar", r.radar().id()).n("face", i)
                                    .d("altitudeM", RadarFootprint.REFERENCE_ALTITUDE_M, 0)
                                    .d("targetRcsM2", RadarFootprint.TARGET_RCS_M2, 3)
                                    .s("lineOfSight", "geometric").s("earth", "wgs84"));
                }
            }
            for (ThreatOutcome t : a.threats()) {
                if (!t.reachable()) {
                    continue;
                }
                StringBuilder sites = new StringBuilder("[");
                for (SiteOutcome s : t.sites()) {
                    if (s.feasible()) {
                        sites.append(sites.length() > 1 ? "," : "").append(quote(s.siteId()));
                    }
                }
                sites.append(']');
                feature(b, first, lines.computeIfAbsent(t.trajectory(),
                                tr -> line(GroundTracks.splitAtAntimeridian(GroundTracks.of(tr)))),
                        props("threat-track", sid).s("threatSet", t.threat().threatSetId()).s("threat", t.label())
                                .b("engageable", t.engageable()).raw("engagedBy", sites.toString())
                                .s("missile", t.threat().missile().id()).s("launch", t.threat().launchAreaId())
                                .s("target", t.threat().targetId()).s("shape", t.threat().shape().label())
                                .d("flightTimeS", t.trajectory().flightTimeS(), 1)
                                .d("apogeeAltitudeM", t.trajectory().apogeeAltitudeM(), 0));
            }
            for (ScenarioGeometry.Target t : g.targets()) {
                feature(b, first, point(t.position()), props("target", sid).s("target", t.id())
                        .b("defended", t.status() == ScenarioGeometry.TargetStatus.DEFENDED)
                        .s("status", t.status().label()).d("weight", t.weight(), 3).n("threats", t.threats())
                        .n("reachable", t.reachable()).n("engageable", t.engageable()));
            }
        }
        b.append(first[0] ? "]}\n" : "\n]}\n");
        return b.toString();
    }

    private static void feature(StringBuilder b, boolean[] first, String geometry, Props props) {
        b.append(first[0] ? "\n" : ",\n");
        first[0] = false;
        b.append("{\"type\":\"Feature\",\"geometry\":").append(geometry).append(",\"properties\":")
                .append(props.close()).append('}');
    }

    private static String point(GeodeticPoint p) {
        return "{\"type\":\"Point\",\"coordinates\":" + position(p.longitudeDeg(), p.latitudeDeg()) + "}";
    }

    private static String position(double lonDeg, double latDeg) {
        return "[" + JsonWriter.format(lonDeg, DECIMALS) + "," + JsonWriter.format(latDeg, DECIMALS) + "]";
    }

    private static String coordinates(List<double[]> pts) {
        StringBuilder b = new StringBuilder(pts.size() * 24);
        b.append('[');
        for (int i = 0; i < pts.size(); i++) {
            b.append(i == 0 ? "" : ",").append(position(pts.get(i)[0], pts.get(i)[1]));
        }
        return b.append(']').toString();
    }

    private static String line(List<List<double[]>> parts) {
        if (parts.size() == 1) {
            return "{\"type\":\"LineString\",\"coordinates\":" + coordinates(parts.get(0)) + "}";
        }
        StringBuilder b = new StringBuilder("{\"type\":\"MultiLineString\",\"coordinates\":[");
        for (int i = 0; i < parts.size(); i++) {
            b.append(i == 0 ? "" : ",").append(coordinates(parts.get(i)));
        }
        return b.append("]}").toString();
    }

    private static String polygon(List<List<double[]>> rings) {
        if (rings.size() == 1) {
            return "{\"type\":\"Polygon\",\"coordinates\":[" + coordinates(rings.get(0)) + "]}";
        }
        StringBuilder b = new StringBuilder("{\"type\":\"MultiPolygon\",\"coordinates\":[");
        for (int i = 0; i < rings.size(); i++) {
            b.append(i == 0 ? "[" : ",[").append(coordinates(rings.get(i))).append(']');
        }
        return b.append("]}").toString();
    }

    /** A JSON string literal, escaped exactly as {@link JsonWriter} escapes. */
    static String quote(String s) {
        return new JsonWriter().value(s).toString().strip();
    }

    private static Props props(String kind, String scenario) {
        return new Props().s("kind", kind).s("scenario", scenario);
    }

    /** Properties in the order added. */
    private static final class Props {
        private final StringBuilder b = new StringBuilder("{");

        private Props key(String k) {
            b.append(b.length() > 1 ? "," : "").append(quote(k)).append(':');
            return this;
        }

        Props s(String k, String v) {
            key(k).b.append(quote(v));
            return this;
        }

        Props n(String k, long v) {
            key(k).b.append(v);
            return this;
        }

        Props d(String k, double v, int decimals) {
            key(k).b.append(JsonWriter.format(v, decimals));
            return this;
        }

        Props b(String k, boolean v) {
            key(k).b.append(v);
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
