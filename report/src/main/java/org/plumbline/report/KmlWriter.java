package org.plumbline.report;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.plumbline.core.assessment.ScenarioAssessment;
import org.plumbline.core.assessment.SiteOutcome;
import org.plumbline.core.assessment.ThreatOutcome;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.Ellipsoid;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectorySample;
import org.plumbline.io.JsonWriter;

/**
 * The trajectories of a report in 3D as KML 2.2 ({@code trajectories.kml}; OGC 07-147r2): one Folder
 * per scenario holding its interceptor sites, radars and targets (Placemark with a Point) and, per
 * threat set, every threat that reaches its target (Placemark with a LineString, altitudeMode
 * absolute, coordinates lon,lat,alt in degrees and metres above the WGS84 ellipsoid). Engageable and
 * not engageable threats have their own styles.
 *
 * <p>Each trajectory keeps the points that Douglas-Peucker needs to stay within
 * {@link #TOLERANCE_M} of the 10 s samples in Earth-fixed space. Longitudes and latitudes are rounded
 * to 5 decimals, altitudes to the metre. No icon or other resource is referenced, so the file opens
 * offline with the viewer's default symbols. Deterministic.
 */
public final class KmlWriter {
    /** Simplification tolerance of trajectories, m. */
    static final double TOLERANCE_M = 1_000.0;

    private KmlWriter() {
    }

    /** The KML document as text. */
    public static String write(Report report) {
        Objects.requireNonNull(report, "report");
        StringBuilder b = new StringBuilder(1 << 20);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n")
                .append("<name>Plumbline assessment</name>\n<description>")
                .append(Markup.escape("Plumbline " + report.version() + ", inputs SHA-256 " + report.inputsSha256()
                        + (report.timestamp().isEmpty() ? "" : ", generated " + report.timestamp())
                        + ". Trajectories of the threats that reach their targets, heights above the WGS84 "
                        + "ellipsoid."))
                .append("</description>\n");
        style(b, "site", "<IconStyle><color>ff241f1b</color><scale>1.2</scale></IconStyle>");
        style(b, "radar", "<IconStyle><color>ffffffff</color><scale>0.9</scale></IconStyle>");
        style(b, "target-defended", "<IconStyle><color>ffa86000</color><scale>0.7</scale></IconStyle>");
        style(b, "target-not-defended", "<IconStyle><color>ff0c41c2</color><scale>0.7</scale></IconStyle>");
        style(b, "target-out-of-reach", "<IconStyle><color>ff6a6057</color><scale>0.5</scale></IconStyle>");
        style(b, "engageable", "<LineStyle><color>ffa86000</color><width>2</width></LineStyle>");
        style(b, "not-engageable", "<LineStyle><color>ff0c41c2</color><width>2</width></LineStyle>");
        Ellipsoid ellipsoid = new Ellipsoid(EarthModel.WGS84);
        // The scenarios of one assessment share their flights (the same Trajectory objects): each
        // trajectory is simplified and formatted once and its coordinates reused.
        Map<Trajectory, String> coordinates = new IdentityHashMap<>();
        for (ScenarioAssessment a : report.scenarios()) {
            ScenarioGeometry g = ScenarioGeometry.of(a);
            b.append("<Folder>\n<name>").append(Markup.escape(a.scenario().id())).append("</name>\n<description>")
                    .append(Markup.escape(a.scenario().title())).append("</description>\n");
            b.append("<Folder>\n<name>Interceptor sites</name>\n");
            for (ScenarioGeometry.Site s : g.sites()) {
                placemark(b, s.site().id(), s.site().count() + " " + s.site().interceptor().name() + " ("
                        + s.systemId() + ")", "site", s.site().position());
            }
            b.append("</Folder>\n<Folder>\n<name>Radars</name>\n");
            for (ScenarioGeometry.RadarMark r : g.radars()) {
                placemark(b, r.radar().id(), r.radar().type() + ", " + r.radar().faces().size() + " face(s) ("
                        + r.systemId() + ")", "radar", r.radar().position());
            }
            b.append("</Folder>\n<Folder>\n<name>Targets</name>\n");
            for (ScenarioGeometry.Target t : g.targets()) {
                String style = switch (t.status()) {
                    case DEFENDED -> "target-defended";
                    case NOT_DEFENDED -> "target-not-defended";
                    case OUT_OF_REACH -> "target-out-of-reach";
                };
                placemark(b, t.id(), t.status().label() + ": " + t.engageable() + " of " + t.reachable()
                        + " reaching threats engageable", style, t.position());
            }
            b.append("</Folder>\n");
            Map<String, List<ThreatOutcome>> bySet = new LinkedHashMap<>();
            for (ThreatOutcome t : a.threats()) {
                bySet.computeIfAbsent(t.threat().threatSetId(), k -> new ArrayList<>()).add(t);
            }
            for (Map.Entry<String, List<ThreatOutcome>> e : bySet.entrySet()) {
                long unreachable = e.getValue().stream().filter(t -> !t.reachable()).count();
                b.append("<Folder>\n<name>").append(Markup.escape("Threat set " + e.getKey())).append("</name>\n")
                        .append("<description>").append(unreachable).append(" of ").append(e.getValue().size())
                        .append(" threats do not reach their targets and are not drawn.</description>\n");
                for (ThreatOutcome t : e.getValue()) {
                    if (t.reachable()) {
                        trajectory(b, t, coordinates.computeIfAbsent(t.trajectory(),
                                tr -> coordinates(tr, ellipsoid)));
                    }
                }
                b.append("</Folder>\n");
            }
            b.append("</Folder>\n");
        }
        b.append("</Document>\n</kml>\n");
        return b.toString();
    }

    private static void style(StringBuilder b, String id, String body) {
        b.append("<Style id=\"").append(id).append("\">").append(body).append("</Style>\n");
    }

    private static void placemark(StringBuilder b, String name, String description, String style, GeodeticPoint p) {
        b.append("<Placemark><name>").append(Markup.escape(name)).append("</name><description>")
                .append(Markup.escape(description)).append("</description><styleUrl>#").append(style)
                .append("</styleUrl><Point><coordinates>").append(JsonWriter.format(p.longitudeDeg(), 5)).append(',')
                .append(JsonWriter.format(p.latitudeDeg(), 5)).append(',').append(JsonWriter.format(p.altitudeM(), 0))
                .append("</coordinates></Point></Placemark>\n");
    }

    private static void trajectory(StringBuilder b, ThreatOutcome t, String coordinates) {
        Trajectory tr = t.trajectory();
        List<String> engaged = new ArrayList<>();
        for (SiteOutcome s : t.sites()) {
            if (s.feasible()) {
                engaged.add(s.siteId() + " (" + DisplayFormat.fixed(s.firstInterceptS(), 0) + "\u2013"
                        + DisplayFormat.fixed(s.lastInterceptS(), 0) + " s)");
            }
        }
        String description = (engaged.isEmpty() ? "Not engageable" : "Engageable by " + String.join(", ", engaged))
                + ". Flight " + DisplayFormat.fixed(tr.flightTimeS(), 0) + " s, apogee "
                + DisplayFormat.fixed(tr.apogeeAltitudeM() / 1000.0, 0, true) + " km.";
        b.append("<Placemark><name>").append(Markup.escape(t.label())).append("</name><description>")
                .append(Markup.escape(description)).append("</description><styleUrl>#")
                .append(t.engageable() ? "engageable" : "not-engageable")
                .append("</styleUrl><LineString><altitudeMode>absolute</altitudeMode><coordinates>")
                .append(coordinates).append("</coordinates></LineString></Placemark>\n");
    }

    /** The KML coordinates of a trajectory, simplified to {@link #TOLERANCE_M}. */
    private static String coordinates(Trajectory tr, Ellipsoid ellipsoid) {
        List<double[]> pts = new ArrayList<>(tr.samples().size() + 2);
        add(pts, tr.launch().latitudeRad(), tr.launch().longitudeRad(), tr.launch().altitudeM(), ellipsoid);
        for (TrajectorySample s : tr.samples()) {
            add(pts, s.latitudeRad(), s.longitudeRad(), s.altitudeM(), ellipsoid);
        }
        add(pts, tr.impact().latitudeRad(), tr.impact().longitudeRad(), 0.0, ellipsoid);
        List<double[]> kept = DouglasPeucker.simplify(pts, TOLERANCE_M, 3);
        StringBuilder b = new StringBuilder(32 * kept.size());
        for (int i = 0; i < kept.size(); i++) {
            double[] p = kept.get(i);
            if (i > 0) {
                b.append(' ');
            }
            JsonWriter.format(b, Math.toDegrees(p[4]), 5);
            b.append(',');
            JsonWriter.format(b, Math.toDegrees(p[3]), 5);
            b.append(',');
            JsonWriter.format(b, Math.max(0.0, p[5]), 0);
        }
        return b.toString();
    }

    /** Adds {x, y, z (ECEF, m), latRad, lonRad, altM}; Douglas-Peucker looks at the first three only. */
    private static void add(List<double[]> pts, double lat, double lon, double alt, Ellipsoid e) {
        double[] c = new double[3];
        e.toCartesian(lat, lon, alt, c);
        pts.add(new double[] {c[0], c[1], c[2], lat, lon, alt});
    }
}
