package org.plumbline.core.earth;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.plumbline.core.testing.ReferenceData;
import org.plumbline.core.testing.ReferenceData.Row;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Ellipsoid}: round trips over the documented validity domain (property, fixed seed), known
 * WGS84 values (validation against GeographicLib's CartConvert example), and exactness on a sphere.
 */
class EllipsoidTest {
    /** Latitude accuracy promised by the class Javadoc for heights -10 km to 10,000 km, rad. */
    private static final double LATITUDE_TOLERANCE_RAD = 1.0e-12;
    /** Height accuracy promised by the class Javadoc, m. */
    private static final double HEIGHT_TOLERANCE_M = 1.0e-3;
    /**
     * Horizontal longitude error allowed, as an angle on the parallel (dlon cos(lat)), rad: the same
     * budget as the latitude; atan2 itself is good to an ulp.
     */
    private static final double LONGITUDE_TOLERANCE_RAD = 1.0e-12;
    /** CartConvert prints 0.01 m: half of that for rounding, plus 1 micrometre of floating point. */
    private static final double CARTCONVERT_TOLERANCE_M = 0.005 + 1.0e-6;
    /** Floating-point noise of the closed-form conversion at Earth radius (a few ulps of 6.4e6 m), m. */
    private static final double ROUNDING_M = 1.0e-8;
    /** On a sphere the conversion is exact: allow the rounding of a handful of operations, relative. */
    private static final double SPHERE_RELATIVE_ROUNDING = 1.0e-14;
    private static final long SEED = 19_760_917L;
    private static final int POINTS = 20_000;
    private static final double LOWEST_M = -10_000.0;
    private static final double HIGHEST_M = 10_000_000.0;

    private final EarthModel wgs84 = EarthModel.WGS84;
    private final Ellipsoid ellipsoid = new Ellipsoid(wgs84);

    /** Random points: half with heights uniform in [-10 km, 10 km], half log-uniform up to 10,000 km. */
    private static GeodeticPoint randomPoint(Random random, int i) {
        double lat = Math.asin(2.0 * random.nextDouble() - 1.0);
        double lon = Math.PI * (2.0 * random.nextDouble() - 1.0);
        double h = i % 2 == 0 ? LOWEST_M + (20_000.0) * random.nextDouble()
                : Math.exp(Math.log(10_000.0) + (Math.log(HIGHEST_M) - Math.log(10_000.0)) * random.nextDouble());
        return new GeodeticPoint(lat, lon, h);
    }

    private void assertRoundTrip(Ellipsoid e, GeodeticPoint p) {
        double[] xyz = e.toCartesian(p);
        GeodeticPoint back = e.toGeodetic(xyz[0], xyz[1], xyz[2]);
        double dLat = Math.abs(back.latitudeRad() - p.latitudeRad());
        double dLon = Math.abs(GeodeticPoint.wrapLongitude(back.longitudeRad() - p.longitudeRad()))
                * Math.cos(p.latitudeRad());
        double dH = Math.abs(back.altitudeM() - p.altitudeM());
        double dAlt = Math.abs(e.altitudeM(xyz[0], xyz[1], xyz[2]) - p.altitudeM());
        assertTrue(dLat <= LATITUDE_TOLERANCE_RAD && dLon <= LONGITUDE_TOLERANCE_RAD && dH <= HEIGHT_TOLERANCE_M
                        && dAlt <= HEIGHT_TOLERANCE_M,
                () -> String.format(java.util.Locale.ROOT,
                        "%s -> %s: dlat %.2e rad, dlon cos(lat) %.2e rad, dh %.2e m, altitudeM error %.2e m",
                        p, back, dLat, dLon, dH, dAlt));
    }

    @Test
    void geodeticToCartesianToGeodeticRoundTripsOverTheValidityDomain() {
        Random random = new Random(SEED);
        for (int i = 0; i < POINTS; i++) {
            assertRoundTrip(ellipsoid, randomPoint(random, i));
        }
    }

    /**
     * The height alone takes one Bowring iteration (the height is stationary in the latitude, so the
     * first iteration's latitude error enters squared): within 2e-8 m, a few ulps at 16,000 km, of the
     * two-iteration conversion over the whole domain, poles and equator included.
     */
    @Test
    void heightFromOneIterationIsTheTwoIterationHeightToRounding() {
        Random random = new Random(SEED + 1);
        double worst = 0.0;
        for (int i = 0; i < POINTS; i++) {
            double[] xyz = ellipsoid.toCartesian(randomPoint(random, i));
            double one = ellipsoid.altitudeM(xyz[0], xyz[1], xyz[2]);
            double two = ellipsoid.toGeodetic(xyz[0], xyz[1], xyz[2]).altitudeM();
            worst = Math.max(worst, Math.abs(one - two));
        }
        for (double h : new double[] {LOWEST_M, 0.0, HIGHEST_M}) {
            for (double latDeg : new double[] {-90.0, -45.0, 0.0, 45.0, 89.999_999, 90.0}) {
                double[] xyz = ellipsoid.toCartesian(GeodeticPoint.ofDegrees(latDeg, 10.0, h));
                worst = Math.max(worst, Math.abs(ellipsoid.altitudeM(xyz[0], xyz[1], xyz[2])
                        - ellipsoid.toGeodetic(xyz[0], xyz[1], xyz[2]).altitudeM()));
            }
        }
        assertTrue(worst <= 2.0e-8, "largest difference " + worst + " m");
    }

    @Test
    void roundTripsAtTheDomainEdgesAndPoles() {
        for (double h : new double[] {LOWEST_M, 0.0, 1.0, HIGHEST_M}) {
            for (double latDeg : new double[] {-90.0, -89.999_999, -45.0, 0.0, 1.0e-9, 45.0, 89.999_999, 90.0}) {
                assertRoundTrip(ellipsoid, GeodeticPoint.ofDegrees(latDeg, 123.4, h));
            }
        }
    }

    @Test
    void equatorAndPoleLieOnTheAxes() {
        double a = wgs84.equatorialRadiusM();
        double b = wgs84.polarRadiusM();
        double[] equator = ellipsoid.toCartesian(new GeodeticPoint(0.0, 0.0, 0.0));
        assertEquals(a, equator[0], 0.0, "x of (0, 0, 0) is a");
        assertEquals(0.0, equator[1], 0.0);
        assertEquals(0.0, equator[2], 0.0);
        double[] east = ellipsoid.toCartesian(new GeodeticPoint(0.0, Math.PI / 2, 1_000.0));
        assertEquals(a + 1_000.0, east[1], ROUNDING_M, "y of (0, 90E, 1 km) is a + 1 km");
        double[] pole = ellipsoid.toCartesian(new GeodeticPoint(Math.PI / 2, 0.0, 0.0));
        assertEquals(b, pole[2], ROUNDING_M, "z of the north pole is b");
        assertEquals(0.0, Math.hypot(pole[0], pole[1]), ROUNDING_M);
        double[] south = ellipsoid.toCartesian(new GeodeticPoint(-Math.PI / 2, 0.0, 500.0));
        assertEquals(-(b + 500.0), south[2], ROUNDING_M, "z of the south pole at 500 m is -(b + 500 m)");
        assertEquals(a, ellipsoid.surfaceRadiusM(0.0), ROUNDING_M);
        assertEquals(b, ellipsoid.surfaceRadiusM(Math.PI / 2), ROUNDING_M);
        assertEquals(6_356_752.314_245, b, 1.0e-6, "WGS84 b (NIMA TR8350.2, table 3.3)");
    }

    /** GeographicLib CartConvert(1), EXAMPLES: 33.3 44.4 6000 -> 3816209.60 3737108.55 3485109.57. */
    @Test
    void matchesGeographicLibCartConvertExample() {
        for (Row row : ReferenceData.table("geographiclib-cartconvert", "examples.csv")) {
            GeodeticPoint p = GeodeticPoint.ofDegrees(row.number("latitude_deg"), row.number("longitude_deg"),
                    row.number("height_m"));
            double[] xyz = ellipsoid.toCartesian(p);
            assertEquals(row.number("x_m"), xyz[0], CARTCONVERT_TOLERANCE_M, "x of " + row);
            assertEquals(row.number("y_m"), xyz[1], CARTCONVERT_TOLERANCE_M, "y of " + row);
            assertEquals(row.number("z_m"), xyz[2], CARTCONVERT_TOLERANCE_M, "z of " + row);
            GeodeticPoint back = ellipsoid.toGeodetic(row.number("x_m"), row.number("y_m"), row.number("z_m"));
            // 5 mm of rounding in the printed x, y, z is 8e-10 rad at this radius.
            assertEquals(p.latitudeRad(), back.latitudeRad(), 1.0e-9);
            assertEquals(p.longitudeRad(), back.longitudeRad(), 1.0e-9);
            assertEquals(p.altitudeM(), back.altitudeM(), 0.01);
        }
    }

    /** On a sphere the geodetic latitude is the geocentric one and the height is r - R: exact to rounding. */
    @Test
    void sphereIsExact() {
        EarthModel sphere = EarthModel.SPHERICAL;
        Ellipsoid s = new Ellipsoid(sphere);
        double radius = sphere.equatorialRadiusM();
        Random random = new Random(SEED + 1);
        for (int i = 0; i < POINTS; i++) {
            GeodeticPoint p = randomPoint(random, i);
            double[] xyz = s.toCartesian(p);
            double r = Math.sqrt(xyz[0] * xyz[0] + xyz[1] * xyz[1] + xyz[2] * xyz[2]);
            assertEquals(radius + p.altitudeM(), r, SPHERE_RELATIVE_ROUNDING * r, "radius of " + p);
            assertEquals(Math.sin(p.latitudeRad()) * r, xyz[2], SPHERE_RELATIVE_ROUNDING * r, "z of " + p);
            GeodeticPoint back = s.toGeodetic(xyz[0], xyz[1], xyz[2]);
            assertEquals(p.latitudeRad(), back.latitudeRad(), SPHERE_RELATIVE_ROUNDING);
            assertEquals(p.altitudeM(), back.altitudeM(), SPHERE_RELATIVE_ROUNDING * r);
            assertEquals(r - radius, s.altitudeM(xyz[0], xyz[1], xyz[2]), SPHERE_RELATIVE_ROUNDING * r);
        }
    }
}
