package org.plumbline.report;

import java.util.ArrayList;
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
    private GeoJsonLayers() {
    }

    /** The FeatureCollection as text. */
    public static String write(Report report) {
        Objects.requireNonNull(report, "report");
        StringBuilder b = new StringBuilder(1 << 20);
        b.append("{\"type\":\"FeatureCollection\",\"name\":\"plumbline-footprints\",\"plumbline\":")
                .append(GeoJson.quote(report.version())).append(",\"inputsSha256\":")
                .append(GeoJson.quote(report.inputsSha256())).append(",\"features\":[");
        GeoJson.Features features = new GeoJson.Features(b);
        // The scenarios of one assessment share their flights (the same Trajectory objects): each
        // ground track is simplified and formatted once and its text reused.
        Map<Trajectory, String> lines = new IdentityHashMap<>();
        RadarFootprints footprints = new RadarFootprints();
        for (ScenarioAssessment a : report.scenarios()) {
            ScenarioGeometry g = ScenarioGeometry.of(a);
            String sid = a.scenario().id();
            for (ScenarioGeometry.Site s : g.sites()) {
                features.add(point(s.site().position()), GeoJson.props("site", sid).s("id", s.site().id())
                        .s("system", s.systemId()).s("siteKind", s.site().kind().name().toLowerCase(java.util.Locale.ROOT))
                        .s("interceptor", s.site().interceptor().id()).s("interceptorName", s.site().interceptor().name())
                        .n("count", s.site().count()));
            }
            for (ScenarioGeometry.RadarMark r : g.radars()) {
                features.add(point(r.radar().position()), GeoJson.props("radar", sid).s("id", r.radar().id())
                        .s("system", r.systemId()).s("type", r.radar().type()).n("faces", r.radar().faces().size()));
            }
            for (ScenarioGeometry.RadarMark r : g.radars()) {
                List<List<double[]>> faces = footprints.of(r.radar());
                for (int i = 0; i < faces.size(); i++) {
                    if (faces.get(i).size() < 3) {
                        continue;
                    }
                    List<double[]> lonLat = faces.get(i).stream()
                            .map(p -> new double[] {Math.toDegrees(p[1]), Math.toDegrees(p[0])}).toList();
                    features.add(GeoJson.polygon(GroundTracks.splitRingAtAntimeridian(lonLat)),
                            GeoJson.props("radar-coverage", sid).s("radar", r.radar().id()).n("face", i)
                                    .d("altitudeM", RadarFootprint.REFERENCE_ALTITUDE_M, 0)
                                    .d("targetRcsM2", RadarFootprint.TARGET_RCS_M2, 3)
                                    .s("lineOfSight", "geometric").s("earth", "wgs84"));
                }
            }
            for (ThreatOutcome t : a.threats()) {
                if (!t.reachable()) {
                    continue;
                }
                List<String> sites = new ArrayList<>();
                for (SiteOutcome s : t.sites()) {
                    if (s.feasible()) {
                        sites.add(s.siteId());
                    }
                }
                features.add(lines.computeIfAbsent(t.trajectory(),
                                tr -> GeoJson.line(GroundTracks.splitAtAntimeridian(GroundTracks.of(tr)))),
                        GeoJson.props("threat-track", sid).s("threatSet", t.threat().threatSetId()).s("threat", t.label())
                                .b("engageable", t.engageable()).strings("engagedBy", sites)
                                .s("missile", t.threat().missile().id()).s("launch", t.threat().launchAreaId())
                                .s("target", t.threat().targetId()).s("shape", t.threat().shape().label())
                                .d("flightTimeS", t.trajectory().flightTimeS(), 1)
                                .d("apogeeAltitudeM", t.trajectory().apogeeAltitudeM(), 0));
            }
            for (ScenarioGeometry.Target t : g.targets()) {
                features.add(point(t.position()), GeoJson.props("target", sid).s("target", t.id())
                        .b("defended", t.status() == ScenarioGeometry.TargetStatus.DEFENDED)
                        .s("status", t.status().label()).d("weight", t.weight(), 3).n("threats", t.threats())
                        .n("reachable", t.reachable()).n("engageable", t.engageable()));
            }
        }
        return features.close();
    }

    private static String point(GeodeticPoint p) {
        return GeoJson.point(p.longitudeDeg(), p.latitudeDeg());
    }
}
