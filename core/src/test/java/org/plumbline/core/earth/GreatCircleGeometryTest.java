package org.plumbline.core.earth;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plumbline.core.testing.ReferenceData;
import org.plumbline.core.testing.ReferenceData.Row;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link GreatCircle}: reference case V19 (public-data.md A.6, reference/public-data-a6): cross-track
 * and along-track distances of Redzikowo, Deveselu, Kurecik, Fylingdales and Thule from eleven
 * launch-to-target great circles, the circles' lengths and highest latitudes; and the sign
 * conventions on simple cases.
 */
class GreatCircleGeometryTest {
    /** The radius of every A.6 number [COMP], km. */
    private static final double TABLE_RADIUS_KM = 6371.0;
    /** V19 strictness: "0.5 % or 10 km (pure geodesy, same coordinates)", the larger of the two. */
    private static final double V19_RELATIVE_TOLERANCE = 0.005;
    private static final double V19_ABSOLUTE_TOLERANCE_KM = 10.0;
    /** The table prints whole kilometres: rounding is at most 0.5 km. */
    private static final double PRINTED_ROUNDING_KM = 0.5;
    /** Highest latitudes are printed to 0.1 deg: rounding is at most 0.05 deg. */
    private static final double HIGHEST_LATITUDE_TOLERANCE_DEG = 0.05;
    /** Spherical trigonometry in double precision on simple cases, rad. */
    private static final double EXACT_TOLERANCE_RAD = 1.0e-12;

    private static final String SOURCE = "public-data-a6";
    private static final Map<String, GeodeticPoint> PLACES = places();

    private static Map<String, GeodeticPoint> places() {
        Map<String, GeodeticPoint> m = new HashMap<>();
        for (Row r : ReferenceData.table(SOURCE, "places.csv")) {
            m.put(r.text("place"), GeodeticPoint.ofDegrees(r.number("latitude_deg"), r.number("longitude_deg")));
        }
        return m;
    }

    private static GeodeticPoint place(String name) {
        GeodeticPoint p = PLACES.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no place \"" + name + "\" in places.csv");
        }
        return p;
    }

    private static GreatCircle route(Row r) {
        return new GreatCircle(place(r.text("launch")), place(r.text("target")));
    }

    private static double v19ToleranceKm(double expectedKm) {
        return Math.max(V19_ABSOLUTE_TOLERANCE_KM, V19_RELATIVE_TOLERANCE * Math.abs(expectedKm));
    }

    static List<Row> crossTrack() {
        return ReferenceData.table(SOURCE, "cross-track.csv");
    }

    static List<Row> routes() {
        return ReferenceData.table(SOURCE, "routes.csv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crossTrack")
    void crossAndAlongTrackDistancesMatchTableA6(Row row) {
        GreatCircle gc = route(row);
        GeodeticPoint site = place(row.text("site"));
        double xt = gc.crossTrackRad(site) * TABLE_RADIUS_KM;
        double at = gc.alongTrackRad(site) * TABLE_RADIUS_KM;
        double xtExpected = row.number("cross_track_km");
        double atExpected = row.number("along_track_km");
        assertEquals(xtExpected, xt, v19ToleranceKm(xtExpected), () -> String.format(Locale.ROOT,
                "%s: cross-track %.1f km, table %.0f km", row, xt, xtExpected));
        assertEquals(atExpected, at, v19ToleranceKm(atExpected), () -> String.format(Locale.ROOT,
                "%s: along-track %.1f km, table %.0f km", row, at, atExpected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void routeLengthsAndHighestLatitudesMatchTableA6(Row row) {
        GreatCircle gc = route(row);
        double length = gc.lengthRad() * TABLE_RADIUS_KM;
        double expected = row.number("length_km");
        assertEquals(expected, length, v19ToleranceKm(expected), () -> String.format(Locale.ROOT,
                "%s: length %.1f km", row, length));
        if (!row.text("highest_latitude_deg").equals("n/a")) {
            double highest = Math.toDegrees(gc.highestLatitudeRad());
            assertEquals(row.number("highest_latitude_deg"), highest, HIGHEST_LATITUDE_TOLERANCE_DEG,
                    () -> String.format(Locale.ROOT, "%s: highest latitude %.3f deg", row, highest));
        }
    }

    /**
     * The whole table against its printed precision: with the coordinates of places.csv every length,
     * cross-track and along-track distance rounds to the printed kilometre (largest difference
     * 0.496 km, Tatishchevo-Washington, Fylingdales along-track). This is what pins down the
     * assumed target coordinates (README.md).
     */
    @Test
    void wholeTableRoundsToThePrintedKilometre() {
        double worst = 0.0;
        String where = "";
        for (Row row : crossTrack()) {
            GreatCircle gc = route(row);
            GeodeticPoint site = place(row.text("site"));
            double dx = Math.abs(gc.crossTrackRad(site) * TABLE_RADIUS_KM - row.number("cross_track_km"));
            double da = Math.abs(gc.alongTrackRad(site) * TABLE_RADIUS_KM - row.number("along_track_km"));
            if (Math.max(dx, da) > worst) {
                worst = Math.max(dx, da);
                where = row.toString();
            }
        }
        for (Row row : routes()) {
            double d = Math.abs(route(row).lengthRad() * TABLE_RADIUS_KM - row.number("length_km"));
            if (d > worst) {
                worst = d;
                where = row.toString();
            }
        }
        double w = worst;
        String at = where;
        assertTrue(w <= PRINTED_ROUNDING_KM,
                () -> String.format(Locale.ROOT, "largest difference %.3f km at %s", w, at));
    }

    @Test
    void signConventionsOnTheEquator() {
        // Flying east along the equator: north is on the left.
        GreatCircle east = new GreatCircle(GeodeticPoint.ofDegrees(0, 0), GeodeticPoint.ofDegrees(0, 40));
        assertEquals(Math.toRadians(10), east.crossTrackRad(GeodeticPoint.ofDegrees(10, 20)), EXACT_TOLERANCE_RAD);
        assertEquals(Math.toRadians(20), east.alongTrackRad(GeodeticPoint.ofDegrees(10, 20)), EXACT_TOLERANCE_RAD);
        assertEquals(-Math.toRadians(10), east.crossTrackRad(GeodeticPoint.ofDegrees(-10, 20)), EXACT_TOLERANCE_RAD);
        // Behind the launcher: negative along-track.
        assertEquals(-Math.toRadians(15), east.alongTrackRad(GeodeticPoint.ofDegrees(5, -15)), EXACT_TOLERANCE_RAD);
        // On the circle beyond the target, and at the start.
        assertEquals(0.0, east.crossTrackRad(GeodeticPoint.ofDegrees(0, 70)), EXACT_TOLERANCE_RAD);
        assertEquals(Math.toRadians(70), east.alongTrackRad(GeodeticPoint.ofDegrees(0, 70)), EXACT_TOLERANCE_RAD);
        assertEquals(0.0, east.alongTrackRad(GeodeticPoint.ofDegrees(0, 0)), EXACT_TOLERANCE_RAD);
        assertEquals(Math.toRadians(40), east.lengthRad(), EXACT_TOLERANCE_RAD);
        assertEquals(Math.toRadians(90), east.initialAzimuthRad(), EXACT_TOLERANCE_RAD);
        assertEquals(0.0, east.highestLatitudeRad(), EXACT_TOLERANCE_RAD);
    }

    @Test
    void crossAndAlongTrackSatisfyTheRightTriangle() {
        // Napier: cos d13 = cos xt cos at, for a point on either side, ahead and behind.
        GreatCircle gc = new GreatCircle(place("Kozelsk"), place("Washington"));
        for (String s : new String[] {"Redzikowo", "Deveselu", "Kurecik", "Fylingdales", "Thule", "Semnan"}) {
            GeodeticPoint p = place(s);
            double d13 = GreatCircle.centralAngleRad(gc.from(), p);
            assertEquals(Math.cos(d13), Math.cos(gc.crossTrackRad(p)) * Math.cos(gc.alongTrackRad(p)),
                    EXACT_TOLERANCE_RAD, s);
        }
    }

    @Test
    void highestLatitudeIsAnEndPointWhenTheVertexIsOffTheArc() {
        // Heading south-east from 50 N: the vertex lies behind the launcher.
        GreatCircle gc = new GreatCircle(GeodeticPoint.ofDegrees(50, 0), GeodeticPoint.ofDegrees(30, 30));
        assertEquals(Math.toRadians(50), gc.highestLatitudeRad(), EXACT_TOLERANCE_RAD);
        // Across the pole (Uzhur-Washington passes 84 N; a meridian arc passes 90 N).
        GreatCircle polar = new GreatCircle(GeodeticPoint.ofDegrees(60, 10), GeodeticPoint.ofDegrees(60, -170));
        assertEquals(Math.PI / 2, polar.highestLatitudeRad(), 1.0e-9);
    }

    @Test
    void rejectsCircleWithoutDirection() {
        IllegalArgumentException same = assertThrows(IllegalArgumentException.class,
                () -> new GreatCircle(GeodeticPoint.ofDegrees(10, 10), GeodeticPoint.ofDegrees(10, 10)));
        assertTrue(same.getMessage().contains("no unique great circle"), same.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new GreatCircle(GeodeticPoint.ofDegrees(10, 10), GeodeticPoint.ofDegrees(-10, -170)));
    }
}
