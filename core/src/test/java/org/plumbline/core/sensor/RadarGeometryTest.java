package org.plumbline.core.sensor;

import java.util.Locale;
import java.util.function.DoublePredicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.earth.Geodesy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link RadarGeometry}: closed-form checks of the horizon and of the elevation angle on a sphere,
 * with and without the 4/3-Earth refraction model; the horizon over WGS84 against the local
 * osculating sphere; azimuth against GeographicLib; face boundaries.
 */
class RadarGeometryTest {
    /**
     * Horizon distances from the bisection below against the closed form on a sphere, m: the
     * bisection stops at 1 mm and the elevation is exact to about 1e-15 rad, which moves the horizon
     * by micrometres; 1 cm.
     */
    private static final double SPHERE_HORIZON_TOLERANCE_M = 0.01;
    /**
     * Horizon distance over WGS84 against the closed form on the sphere whose radius is the
     * ellipsoid's normal-section radius of curvature at the radar in the target's azimuth (Euler).
     * The closed form ignores the change of curvature along the path: over 3,400 km the meridian
     * radius changes by up to 1.5 e^2 delta(sin^2 lat), about 0.35 %, and the horizon distance, an
     * average over the path, by about a third of that. Measured: 0.087 % at most (Fylingdales
     * northward to a 1,000 km target, 2.9 km in 3,360 km); 0.2 %.
     */
    private static final double WGS84_HORIZON_RELATIVE_TOLERANCE = 2.0e-3;
    /** Elevation and azimuth on a sphere against the closed forms: ECEF coordinates of 6.4e6 m in doubles, rad. */
    private static final double ANGLE_TOLERANCE_RAD = 1.0e-12;
    /**
     * Horizon over the limb against its closed form, m. The surface test lets a ray dip 1 micrometre
     * (its rounding guard, {@link RadarGeometry#SURFACE_TOLERANCE_M}), which lengthens a leg of the
     * grazing ray by R / sqrt(2 R h) micrometres: 40 micrometres for a radar at 2,085 m; the bisection
     * stops at 1 mm; 1 cm. An antenna on the surface itself gains sqrt(2 R 1e-6 m) = 3.6 m, which the
     * closed form of that case includes.
     */
    private static final double LIMB_TOLERANCE_M = 0.01;
    /**
     * Position error of a target placed with GeographicLib's direct geodesic problem (about 15 nm),
     * doubled, m: it turns into an azimuth error of this over the ground distance.
     */
    private static final double PLACEMENT_ERROR_M = 3.0e-8;
    /** Slant range against the law of cosines, m. */
    private static final double RANGE_TOLERANCE_M = 1.0e-6;
    /**
     * ENU azimuth (normal section) against the geodesic azimuth of GeographicLib for a target 10 km
     * away on WGS84: the two differ by about e^2 (s/R)^2 / 12, below 1e-9 rad; 1e-8 rad.
     */
    private static final double NORMAL_SECTION_AZIMUTH_TOLERANCE_RAD = 1.0e-8;
    /**
     * The small-angle refraction rule rho (1 - 1/k) / (2R) against the exact effective-Earth
     * elevation: the rule drops terms of relative order rho/R and h/R; 2 % up to 2,000 km.
     */
    private static final double REFRACTION_RULE_RELATIVE_TOLERANCE = 0.02;

    private static final double R = EarthModel.SPHERICAL.equatorialRadiusM();
    private static final Geodesy SPHERE = new Geodesy(EarthModel.SPHERICAL);
    private static final Geodesy WGS84 = new Geodesy(EarthModel.WGS84);

    /** The largest x in [lo, hi] with visible(x) true, by bisection to 1 mm (visible(lo) true, visible(hi) false). */
    private static double lastVisible(DoublePredicate visible, double lo, double hi) {
        assertTrue(visible.test(lo), "not visible at the low end " + lo);
        assertFalse(visible.test(hi), "visible at the high end " + hi);
        while (hi - lo > 1.0e-3) {
            double mid = 0.5 * (lo + hi);
            if (visible.test(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static GeodeticPoint at(Geodesy geodesy, GeodeticPoint from, double azimuthDeg, double groundM,
                                    double altitudeM) {
        GeodeticPoint p = geodesy.destination(from, Math.toRadians(azimuthDeg), groundM);
        return new GeodeticPoint(p.latitudeRad(), p.longitudeRad(), altitudeM);
    }

    /**
     * (a) Closed-form horizon on a sphere: from a radar at height 0 with mask 0, a target at height h
     * is visible out to the ground range R acos(R / (R + h)) and no farther.
     */
    @ParameterizedTest(name = "radar {0} {1}, azimuth {2} deg, target {3} km")
    @CsvSource({"0, 0, 0, 100", "38.349, 37.794, 90, 500", "54.359, -0.670, 45, 1000", "-60, 170, 200, 2000",
            "76.531, -68.703, 300, 300"})
    void horizonOnASphereIsTheClosedForm(double latDeg, double lonDeg, double azimuthDeg, double altitudeKm) {
        GeodeticPoint radar = GeodeticPoint.ofDegrees(latDeg, lonDeg, 0.0);
        RadarGeometry g = RadarGeometry.of(EarthModel.SPHERICAL, radar);
        double h = altitudeKm * 1000.0;
        double expected = R * Math.acos(R / (R + h));
        double found = lastVisible(s -> g.isVisible(at(SPHERE, radar, azimuthDeg, s, h), LineOfSight.GEOMETRIC),
                0.5 * expected, 1.5 * expected);
        assertEquals(expected, found, SPHERE_HORIZON_TOLERANCE_M, String.format(Locale.ROOT,
                "horizon %.3f m, closed form %.3f m", found, expected));
    }

    /**
     * (a) The same on WGS84, against the closed form on the osculating sphere of radius
     * 1 / (cos^2 az / M + sin^2 az / N) at the radar (Euler's theorem).
     */
    @ParameterizedTest(name = "radar {0} {1}, azimuth {2} deg, target {3} km")
    @CsvSource({"0, 0, 0, 100", "0, 0, 90, 100", "38.349, 37.794, 90, 500", "54.359, -0.670, 0, 1000",
            "54.359, -0.670, 135, 1000", "76.531, -68.703, 300, 300", "45, 10, 30, 1000"})
    void horizonOverWgs84IsTheOsculatingSphereClosedForm(double latDeg, double lonDeg, double azimuthDeg,
                                                          double altitudeKm) {
        GeodeticPoint radar = GeodeticPoint.ofDegrees(latDeg, lonDeg, 0.0);
        RadarGeometry g = RadarGeometry.of(EarthModel.WGS84, radar);
        double h = altitudeKm * 1000.0;
        double rc = normalSectionRadiusM(radar.latitudeRad(), Math.toRadians(azimuthDeg));
        double expected = rc * Math.acos(rc / (rc + h));
        double found = lastVisible(s -> g.isVisible(at(WGS84, radar, azimuthDeg, s, h), LineOfSight.GEOMETRIC),
                0.5 * expected, 1.5 * expected);
        assertEquals(expected, found, WGS84_HORIZON_RELATIVE_TOLERANCE * expected, String.format(Locale.ROOT,
                "horizon %.1f m, osculating-sphere closed form %.1f m (%.4f %%)", found, expected,
                100.0 * (found - expected) / expected));
    }

    /**
     * (a) A radar on a height with a negative mask sees over its horizontal down to the limb: the
     * ground range of the horizon is R [acos(R / (R + h_r)) + acos(R / (R + h_t))] (the ray grazing
     * the surface).
     */
    @Test
    void negativeMaskSeesDownToTheLimbOfTheSurface() {
        GeodeticPoint radar = GeodeticPoint.ofDegrees(38.349, 37.794, 2085.0);
        RadarGeometry g = RadarGeometry.of(EarthModel.SPHERICAL, radar);
        LineOfSight los = LineOfSight.GEOMETRIC.withElevationMaskRad(-0.2);
        double h = 300_000.0;
        double expected = R * (Math.acos(R / (R + 2085.0)) + Math.acos(R / (R + h)));
        double found = lastVisible(s -> g.isVisible(at(SPHERE, radar, 120.0, s, h), los), 0.5 * expected,
                1.5 * expected);
        assertEquals(expected, found, LIMB_TOLERANCE_M);
        // With mask 0 the same radar sees only to the horizon of a radar at height 0 plus the gain of
        // its height along the horizontal plane (less than the limb).
        double maskZero = lastVisible(s -> g.isVisible(at(SPHERE, radar, 120.0, s, h), LineOfSight.GEOMETRIC),
                0.5 * expected, 1.5 * expected);
        assertTrue(maskZero < found - 100_000.0, () -> "mask 0: " + maskZero + " m, limb: " + found + " m");
    }

    /**
     * An antenna below the ellipsoid (the Dead Sea shore, -430 m) sees as if the surface passed
     * through it: over a sphere of radius R - 430 m the limb is at central angle
     * acos((R - 430) / (R + h_t)), plus the rounding guard's few metres.
     */
    @Test
    void antennaBelowTheEllipsoidSeesOverASurfaceThroughIt() {
        GeodeticPoint radar = GeodeticPoint.ofDegrees(31.5, 35.5, -430.0);
        RadarGeometry g = RadarGeometry.of(EarthModel.SPHERICAL, radar);
        double h = 300_000.0;
        double r0 = R - 430.0;
        double surface = r0 - RadarGeometry.SURFACE_TOLERANCE_M;
        double expected = R * (Math.acos(surface / r0) + Math.acos(surface / (R + h)));
        LineOfSight los = LineOfSight.GEOMETRIC.withElevationMaskRad(-0.2);
        double found = lastVisible(s -> g.isVisible(at(SPHERE, radar, 10.0, s, h), los), 0.5 * expected,
                1.5 * expected);
        assertEquals(expected, found, LIMB_TOLERANCE_M);
        assertTrue(g.isVisible(at(SPHERE, radar, 10.0, 5_000.0, 0.0), los), "a surface point nearby");
    }

    /**
     * (a) With the 4/3-Earth model the horizon is that of a sphere of radius k R: a target at height h
     * is visible from a radar at height 0 out to k R acos(k R / (k R + h)) of ground range (Skolnik
     * 2001 ch. 8; Doerry SAND2012-10690), and from a radar on a height (negative mask) to
     * k R [acos(kR / (kR + h_r)) + acos(kR / (kR + h_t))].
     */
    @Test
    void fourThirdsEarthHorizonIsTheEffectiveSphereClosedForm() {
        double k = 4.0 / 3.0;
        double kr = k * R;
        GeodeticPoint ground = GeodeticPoint.ofDegrees(20.0, 30.0, 0.0);
        RadarGeometry g = RadarGeometry.of(EarthModel.SPHERICAL, ground);
        for (double h : new double[] {10_000.0, 100_000.0, 1_000_000.0}) {
            double expected = kr * Math.acos(kr / (kr + h));
            double found = lastVisible(s -> g.isVisible(at(SPHERE, ground, 70.0, s, h), LineOfSight.FOUR_THIRDS_EARTH),
                    0.5 * expected, 1.5 * expected);
            assertEquals(expected, found, SPHERE_HORIZON_TOLERANCE_M, "target at " + h + " m");
            double geometric = R * Math.acos(R / (R + h));
            assertTrue(found > geometric, "refraction lengthens the horizon");
        }
        GeodeticPoint hill = GeodeticPoint.ofDegrees(20.0, 30.0, 2085.0);
        RadarGeometry gh = RadarGeometry.of(EarthModel.SPHERICAL, hill);
        LineOfSight los = LineOfSight.FOUR_THIRDS_EARTH.withElevationMaskRad(-0.2);
        double h = 300_000.0;
        double expected = kr * (Math.acos(kr / (kr + 2085.0)) + Math.acos(kr / (kr + h)));
        double found = lastVisible(s -> gh.isVisible(at(SPHERE, hill, 250.0, s, h), los), 0.5 * expected,
                1.5 * expected);
        assertEquals(expected, found, LIMB_TOLERANCE_M);
    }

    /**
     * (b) Elevation, azimuth and slant range on a sphere for a target at a known ground distance
     * (central angle theta) and altitude: tan(el) = (cos theta - (R + h_r) / (R + h_t)) / sin theta,
     * rho^2 = (R + h_r)^2 + (R + h_t)^2 - 2 (R + h_r)(R + h_t) cos theta, azimuth that of the great
     * circle.
     */
    @ParameterizedTest(name = "ground {0} km, target {1} km, radar {2} m, azimuth {3} deg")
    @CsvSource({"100, 10, 0, 0", "1000, 300, 2085, 95", "2500, 1000, 250, 200", "5, 0, 100, 330",
            "3000, 50, 0, 45", "0.001, 500, 0, 10"})
    void elevationOnASphereIsTheClosedForm(double groundKm, double targetKm, double radarM, double azimuthDeg) {
        GeodeticPoint radar = GeodeticPoint.ofDegrees(38.349, 37.794, radarM);
        RadarGeometry g = RadarGeometry.of(EarthModel.SPHERICAL, radar);
        double ht = targetKm * 1000.0;
        GeodeticPoint target = at(SPHERE, radar, azimuthDeg, groundKm * 1000.0, ht);
        double theta = groundKm * 1000.0 / R;
        double r1 = R + radarM;
        double r2 = R + ht;
        double el = Math.atan2(Math.cos(theta) - r1 / r2, Math.sin(theta));
        double rho = Math.sqrt(r1 * r1 + r2 * r2 - 2.0 * r1 * r2 * Math.cos(theta));
        LookAngles look = g.look(target);
        assertEquals(el, look.elevationRad(), ANGLE_TOLERANCE_RAD, "elevation");
        assertEquals(rho, look.slantRangeM(), RANGE_TOLERANCE_M, "slant range");
        assertEquals(0.0, Math.IEEEremainder(look.azimuthRad() - Math.toRadians(azimuthDeg), 2.0 * Math.PI),
                ANGLE_TOLERANCE_RAD + PLACEMENT_ERROR_M / (groundKm * 1000.0), "azimuth");
    }

    /**
     * (b) The 4/3-Earth apparent elevation on a sphere is the closed form on the sphere of radius kR
     * with central angle theta / k, and agrees with the small-angle rule
     * el_app - el = rho (1 - 1/k) / (2 R) = rho / 8R.
     */
    @ParameterizedTest(name = "ground {0} km, target {1} km")
    @CsvSource({"200, 5", "800, 100", "1500, 300", "2000, 600"})
    void fourThirdsEarthElevationIsTheEffectiveSphereClosedForm(double groundKm, double targetKm) {
        double k = 4.0 / 3.0;
        GeodeticPoint radar = GeodeticPoint.ofDegrees(-10.0, 100.0, 0.0);
        RadarGeometry g = RadarGeometry.of(EarthModel.SPHERICAL, radar);
        double ht = targetKm * 1000.0;
        double[] p = cartesian(EarthModel.SPHERICAL, at(SPHERE, radar, 15.0, groundKm * 1000.0, ht));
        double thetaK = groundKm * 1000.0 / (k * R);
        double kr = k * R;
        double expected = Math.atan2((kr + ht) * Math.cos(thetaK) - kr, (kr + ht) * Math.sin(thetaK));
        double apparent = g.apparentElevationRad(p[0], p[1], p[2], k);
        assertEquals(expected, apparent, ANGLE_TOLERANCE_RAD);
        double rule = g.slantRangeM(p[0], p[1], p[2]) / (8.0 * R);
        double gain = apparent - g.elevationRad(p[0], p[1], p[2]);
        assertEquals(rule, gain, REFRACTION_RULE_RELATIVE_TOLERANCE * rule, String.format(Locale.ROOT,
                "refraction gain %.6f rad, rule rho/8R %.6f rad", gain, rule));
        assertEquals(g.elevationRad(p[0], p[1], p[2]), g.apparentElevationRad(p[0], p[1], p[2], 1.0), 0.0);
    }

    /** WGS84: the ENU azimuth of a nearby target is GeographicLib's geodesic azimuth; straight up is +pi/2. */
    @Test
    void wgs84AzimuthAndZenith() {
        GeodeticPoint radar = GeodeticPoint.ofDegrees(54.359, -0.670, 250.0);
        RadarGeometry g = RadarGeometry.of(EarthModel.WGS84, radar);
        for (double az = 0.0; az < 360.0; az += 30.0) {
            GeodeticPoint target = at(WGS84, radar, az, 10_000.0, 0.0);
            double expected = Math.toRadians(az);
            double found = g.look(target).azimuthRad();
            assertEquals(0.0, Math.IEEEremainder(found - expected, 2.0 * Math.PI),
                    NORMAL_SECTION_AZIMUTH_TOLERANCE_RAD, "azimuth " + az);
        }
        LookAngles up = g.look(new GeodeticPoint(radar.latitudeRad(), radar.longitudeRad(), 500_000.0));
        assertEquals(Math.PI / 2, up.elevationRad(), ANGLE_TOLERANCE_RAD);
        assertEquals(500_000.0 - 250.0, up.slantRangeM(), RANGE_TOLERANCE_M);
        assertEquals(0.0, up.azimuthRad(), 0.0);
    }

    /** (c) Face coverage: bounds inclusive, azimuth wrapped across north. */
    @Test
    void faceCoverageAtTheBoundaries() {
        double b = Math.toRadians(90.0);
        double hw = Math.toRadians(60.0);
        RadarFace east = new RadarFace(b, hw, 0.0, Math.toRadians(90.0));
        double eps = 1.0e-9;
        assertTrue(RadarGeometry.isInsideFace(east, b + hw, 0.1));
        assertTrue(RadarGeometry.isInsideFace(east, b - hw, 0.1));
        assertFalse(RadarGeometry.isInsideFace(east, b + hw + eps, 0.1));
        assertFalse(RadarGeometry.isInsideFace(east, b - hw - eps, 0.1));
        assertTrue(RadarGeometry.isInsideFace(east, b, 0.0));
        assertFalse(RadarGeometry.isInsideFace(east, b, -eps));
        assertTrue(RadarGeometry.isInsideFace(east, b, Math.PI / 2));
        // A face across north: boresight 350 deg, half-width 20 deg covers 330..10 deg.
        RadarFace north = new RadarFace(Math.toRadians(350.0), Math.toRadians(20.0), Math.toRadians(3.0),
                Math.toRadians(85.0));
        assertTrue(RadarGeometry.isInsideFace(north, Math.toRadians(5.0), Math.toRadians(10.0)));
        assertTrue(RadarGeometry.isInsideFace(north, Math.toRadians(331.0), Math.toRadians(10.0)));
        assertTrue(RadarGeometry.isInsideFace(north, Math.toRadians(-20.0), Math.toRadians(10.0)));
        assertFalse(RadarGeometry.isInsideFace(north, Math.toRadians(11.0), Math.toRadians(10.0)));
        assertFalse(RadarGeometry.isInsideFace(north, Math.toRadians(180.0), Math.toRadians(10.0)));
        assertFalse(RadarGeometry.isInsideFace(north, Math.toRadians(0.0), Math.toRadians(2.9)));
        assertFalse(RadarGeometry.isInsideFace(north, Math.toRadians(0.0), Math.toRadians(85.1)));
        assertTrue(RadarGeometry.isInsideFace(north, Math.toRadians(0.0), Math.toRadians(85.0)));
        // A full circle covers the back.
        RadarFace all = new RadarFace(Math.toRadians(10.0), Math.PI, 0.0, Math.PI / 2);
        assertTrue(RadarGeometry.isInsideFace(all, Math.toRadians(190.0), 0.5));
    }

    /** Radius of curvature (m) of the WGS84 normal section at latitude latRad in azimuth azRad (Euler). */
    private static double normalSectionRadiusM(double latRad, double azRad) {
        double a = EarthModel.WGS84.equatorialRadiusM();
        double e2 = EarthModel.WGS84.eccentricitySquared();
        double w2 = 1.0 - e2 * Math.sin(latRad) * Math.sin(latRad);
        double n = a / Math.sqrt(w2);
        double m = a * (1.0 - e2) / (w2 * Math.sqrt(w2));
        double c = Math.cos(azRad);
        double s = Math.sin(azRad);
        return 1.0 / (c * c / m + s * s / n);
    }

    static double[] cartesian(EarthModel earth, GeodeticPoint p) {
        return new org.plumbline.core.earth.Ellipsoid(earth).toCartesian(p);
    }
}
