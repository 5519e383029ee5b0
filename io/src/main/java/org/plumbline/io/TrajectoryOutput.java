package org.plumbline.io;

import java.util.List;
import java.util.Locale;

import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectoryEvent;
import org.plumbline.core.trajectory.TrajectorySample;

/**
 * Writes trajectories as JSON fields, CSV rows and text tables. JSON and CSV field names are the
 * contract of {@code plumbline trajectory} (SI values, unit-suffixed names; angles in degrees with
 * a Deg suffix). Number precision: degrees 6 decimals (0.1 m), metres 1, seconds 2, m/s 1.
 */
public final class TrajectoryOutput {
    private TrajectoryOutput() {
    }

    /**
     * The JSON of {@code plumbline trajectory --format json} (and of the web API's trajectory): the
     * missile, shape and Earth labels, the target, and either the reached flight with every sample or
     * {@code reachable: false} with the reason, the distance and the maximum range that way.
     */
    public static String json(String missileId, String shapeLabel, String earthLabel, GeodeticPoint from,
                              GeodeticPoint to, org.plumbline.core.trajectory.TargetingResult result) {
        JsonWriter w = new JsonWriter().beginObject();
        w.name("missile").value(missileId);
        w.name("shape").value(shapeLabel);
        w.name("earth").value(earthLabel);
        w.name("target");
        point(w, to);
        if (result instanceof org.plumbline.core.trajectory.TargetingResult.Reached r) {
            w.name("reachable").value(true);
            w.name("missM").value(r.missM(), 1);
            w.name("thrustTerminated").value(r.thrustTerminated());
            fields(w, r.trajectory(), true);
        } else {
            org.plumbline.core.trajectory.TargetingResult.Unreachable u =
                    (org.plumbline.core.trajectory.TargetingResult.Unreachable) result;
            w.name("reachable").value(false);
            w.name("reason").value(u.reason());
            w.name("launch");
            point(w, from);
            w.name("distanceM").value(u.distanceM(), 1);
            w.name("maxRangeM").value(u.maxRangeM(), 1);
        }
        return w.endObject().toString();
    }

    /** Writes {"latDeg":..,"lonDeg":..} as the value of the current name. */
    public static void point(JsonWriter w, GeodeticPoint p) {
        w.beginObject().name("latDeg").value(p.latitudeDeg(), 6).name("lonDeg").value(p.longitudeDeg(), 6).endObject();
    }

    /** Writes the fields of a reached trajectory into the current object. */
    public static void fields(JsonWriter w, Trajectory t, boolean withSamples) {
        w.name("groundRangeM").value(t.groundRangeM(), 1);
        w.name("flightTimeS").value(t.flightTimeS(), 2);
        w.name("apogeeAltitudeM").value(t.apogeeAltitudeM(), 1);
        w.name("apogeeTimeS").value(t.apogeeTimeS(), 2);
        w.name("burnoutTimeS").value(t.burnoutTimeS(), 2);
        w.name("burnoutSpeedMps").value(t.burnoutSpeedMps(), 1);
        w.name("burnoutAltitudeM").value(t.burnoutAltitudeM(), 1);
        w.name("burnoutFlightPathAngleDeg").value(Math.toDegrees(t.burnoutFlightPathAngleRad()), 4);
        w.name("launchAzimuthDeg").value(Math.toDegrees(t.launchAzimuthRad()), 6);
        w.name("pitchOverDeg").value(Math.toDegrees(t.pitchOverRad()), 6);
        w.name("launch");
        point(w, t.launch());
        w.name("impact");
        point(w, t.impact());
        w.name("events").beginArray();
        for (TrajectoryEvent e : t.events()) {
            w.beginObject().name("event").value(e.kind().label());
            sampleFields(w, e.sample());
            w.endObject();
        }
        w.endArray();
        if (withSamples) {
            w.name("samples").beginArray();
            for (TrajectorySample s : t.samples()) {
                w.beginObject();
                sampleFields(w, s);
                w.endObject();
            }
            w.endArray();
        }
    }

    private static void sampleFields(JsonWriter w, TrajectorySample s) {
        w.name("tS").value(s.tS(), 2);
        w.name("latDeg").value(Math.toDegrees(s.latitudeRad()), 6);
        w.name("lonDeg").value(Math.toDegrees(s.longitudeRad()), 6);
        w.name("altitudeM").value(s.altitudeM(), 1);
        w.name("speedMps").value(s.speedMps(), 1);
    }

    /** CSV of the samples with a header line. */
    public static String csv(List<TrajectorySample> samples) {
        StringBuilder b = new StringBuilder("tS,latDeg,lonDeg,altitudeM,speedMps\n");
        for (TrajectorySample s : samples) {
            b.append(JsonWriter.format(s.tS(), 2)).append(',')
                    .append(JsonWriter.format(Math.toDegrees(s.latitudeRad()), 6)).append(',')
                    .append(JsonWriter.format(Math.toDegrees(s.longitudeRad()), 6)).append(',')
                    .append(JsonWriter.format(s.altitudeM(), 1)).append(',')
                    .append(JsonWriter.format(s.speedMps(), 1)).append('\n');
        }
        return b.toString();
    }

    /** "54.0300 N  35.7700 E". */
    public static String latLon(GeodeticPoint p) {
        return latLon(p.latitudeDeg(), p.longitudeDeg());
    }

    public static String latLon(double latDeg, double lonDeg) {
        return String.format(Locale.ROOT, "%8.4f %s %9.4f %s", Math.abs(latDeg), latDeg >= 0 ? "N" : "S",
                Math.abs(lonDeg), lonDeg >= 0 ? "E" : "W");
    }

    /** A text table of the events. */
    public static String eventTable(Trajectory t) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "  %-14s %9s  %-24s %10s %12s%n", "event", "t (s)", "position",
                "alt (km)", "speed (km/s)"));
        for (TrajectoryEvent e : t.events()) {
            TrajectorySample s = e.sample();
            b.append(String.format(Locale.ROOT, "  %-14s %9.1f  %-24s %10.1f %12.3f%n", e.kind().label(), s.tS(),
                    latLon(Math.toDegrees(s.latitudeRad()), Math.toDegrees(s.longitudeRad())),
                    s.altitudeM() / 1000.0, s.speedMps() / 1000.0));
        }
        return b.toString();
    }
}
