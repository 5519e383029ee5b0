package org.plumbline.core.sensor;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.Ellipsoid;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.earth.Geodesy;
import org.plumbline.core.trajectory.Trajectory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link RadarCoverage}: the fast detection test against its definition (property, fixed seed); the
 * R^4 range scaling (reference case V15); detection intervals of a target rising straight up,
 * whose boundaries have closed forms on a sphere.
 */
class RadarCoverageTest {
    /** V15 strictness: "reproduce the ratio between the two range circles ... within 20 %". */
    private static final double V15_RELATIVE_TOLERANCE = 0.20;
    /**
     * Boundaries of the rising target against their closed forms, s. On a sphere the rise is linear
     * in ECEF, which the Hermite path reproduces to rounding, so the only error is the bisection's:
     * the reported interval lies inside the true one by less than {@link RadarCoverage#BOUNDARY_TOLERANCE_S}.
     */
    private static final double BISECTION_S = RadarCoverage.BOUNDARY_TOLERANCE_S;

    private static final double R = EarthModel.SPHERICAL.equatorialRadiusM();

    /**
     * V15 (NRC, Making Sense of Ballistic Missile Defense, 2012, Fig. 5-8, as read by Lewis and Postol,
     * 21 Sept 2012): about 1,500 km for an AN/TPY-2 and about 3,000 km for the stacked-TPY-2 "GBX".
     * Assumption of this test (the NRC's inputs are not published): the GBX has 16 times the TPY-2's
     * power-aperture product. The search radar equation makes R^4 proportional to P_av A sigma
     * (Skolnik, Introduction to Radar Systems, 3rd ed., 2001, ch. 2; Lewis and Postol's equation [1]),
     * so multiplying P_av A by 16 is the same as multiplying sigma by 16, which
     * {@link Radar#detectionRangeM(double)} scales as sigma^(1/4): the range doubles.
     */
    @Test
    void v15StackedRadarRangeFromSixteenfoldPowerAperture() {
        double powerApertureRatio = 16.0;
        Radar tpy2 = SensorFixtures.kurecik(90.0, SensorFixtures.TPY2_DETECTION_RANGE_M);
        double referenceRcs = tpy2.referenceRcsM2();
        double gbxRangeM = tpy2.detectionRangeM(powerApertureRatio * referenceRcs);
        double nrcGbxRangeM = 3_000_000.0;
        assertEquals(nrcGbxRangeM, gbxRangeM, V15_RELATIVE_TOLERANCE * nrcGbxRangeM);
        assertEquals(2.0, gbxRangeM / tpy2.detectionRangeM(referenceRcs), 1.0e-12);
    }

    /** R = R_ref (sigma / sigma_ref)^(1/4), capped at the instrumented range. */
    @Test
    void detectionRangeScalesAsTheFourthRootOfTheCrossSection() {
        Radar r = new Radar("r", "t", SensorFixtures.KURECIK, List.of(new RadarFace(0.0, Math.PI, 0.0, Math.PI / 2)),
                1_000_000.0, 1.0, 2_500_000.0, 0.0, 0.0);
        assertEquals(1_000_000.0 / Math.sqrt(10.0), r.detectionRangeM(0.01), 1.0e-6);
        assertEquals(1_000_000.0 * Math.pow(0.1, 0.25), r.detectionRangeM(0.1), 1.0e-6);
        assertEquals(2_000_000.0, r.detectionRangeM(16.0), 1.0e-6);
        assertEquals(2_500_000.0, r.detectionRangeM(100.0), 0.0);
        // The coverage uses it: a target at 1,100 km is seen at 1.5 m^2 (1,107 km) but not at 1 m^2.
        GeodeticPoint radar = GeodeticPoint.ofDegrees(0.0, 0.0, 0.0);
        Radar flat = new Radar("r", "t", radar, List.of(new RadarFace(0.0, Math.PI, -0.2, Math.PI / 2)), 1_000_000.0,
                1.0, 2_500_000.0, 0.0, 0.0);
        GeodeticPoint overhead = new GeodeticPoint(0.0, 0.0, 1_100_000.0);
        assertFalse(RadarCoverage.of(flat, EarthModel.WGS84, 1.0, LineOfSight.GEOMETRIC).detects(overhead));
        assertTrue(RadarCoverage.of(flat, EarthModel.WGS84, 1.5, LineOfSight.GEOMETRIC).detects(overhead));
    }

    /**
     * Property: for random targets around a three-faced radar, {@link RadarCoverage#detects} (which
     * avoids the azimuth's atan2) agrees with its definition written with {@link RadarGeometry}'s
     * public functions: range, line of sight, and {@link RadarGeometry#isInsideFace}.
     */
    @ParameterizedTest(name = "k = {0}")
    @ValueSource(doubles = {1.0, 4.0 / 3.0})
    void detectsAgreesWithItsDefinition(double k) {
        GeodeticPoint site = GeodeticPoint.ofDegrees(54.359, -0.670, 250.0);
        List<RadarFace> faces = List.of(
                new RadarFace(Math.toRadians(0.0), Math.toRadians(60.0), Math.toRadians(3.0), Math.toRadians(85.0)),
                new RadarFace(Math.toRadians(120.0), Math.toRadians(60.0), Math.toRadians(3.0), Math.toRadians(85.0)),
                new RadarFace(Math.toRadians(200.0), Math.toRadians(20.0), Math.toRadians(-1.0), Math.toRadians(40.0)));
        Radar radar = new Radar("fylingdales", "uewr", site, faces, 3_000_000.0, 1.0, 4_800_000.0, 0.0, 0.0);
        LineOfSight los = new LineOfSight(Math.toRadians(-1.5), k);
        RadarCoverage coverage = RadarCoverage.of(radar, EarthModel.WGS84, 1.0, los);
        RadarGeometry g = RadarGeometry.of(EarthModel.WGS84, site);
        Geodesy geodesy = new Geodesy(EarthModel.WGS84);
        Ellipsoid ellipsoid = new Ellipsoid(EarthModel.WGS84);
        SplittableRandom random = new SplittableRandom(20240604L);
        int detected = 0;
        for (int i = 0; i < 20_000; i++) {
            GeodeticPoint foot = geodesy.destination(site, random.nextDouble(0.0, 2.0 * Math.PI),
                    random.nextDouble(0.0, 4_000_000.0));
            double[] p = ellipsoid.toCartesian(new GeodeticPoint(foot.latitudeRad(), foot.longitudeRad(),
                    random.nextDouble(0.0, 1_500_000.0)));
            LookAngles look = g.look(p[0], p[1], p[2]);
            double elevation = g.apparentElevationRad(p[0], p[1], p[2], k);
            boolean inFace = false;
            for (RadarFace f : faces) {
                inFace |= RadarGeometry.isInsideFace(f, look.azimuthRad(), elevation);
            }
            boolean expected = look.slantRangeM() <= coverage.detectionRangeM() && g.isVisible(p[0], p[1], p[2], los)
                    && inFace;
            assertEquals(expected, coverage.detects(p[0], p[1], p[2]), () -> String.format(Locale.ROOT,
                    "target %s: %s, apparent elevation %.9f rad", foot, look, elevation));
            detected += expected ? 1 : 0;
        }
        assertTrue(detected > 1_000 && detected < 19_000, "the sample should exercise both outcomes: " + detected);
    }

    /**
     * {@link RadarCoverage#detects} decides the elevation limits by the sign of u cos t - h sin t and
     * computes atan2 only within a slack: the same answers as {@link RadarCoverage#detectsReference}
     * (atan2 compared with each limit) on random targets and on targets placed at a limit's elevation
     * (their ECEF position moves it by up to about 1e-9 m / rho, so that they fall on either side of
     * the limit, many within the slack, where the fallback decides). Masks below, at and above the
     * horizon; face limits from -0.2 rad to straight up. And the slack is narrow: random targets
     * almost never fall within it, so the sign test decides them.
     */
    @Test
    void detectsAnswersAsTheElevationComparedWithEachLimit() {
        GeodeticPoint site = GeodeticPoint.ofDegrees(44.077, 24.416, 120.0);
        List<RadarFace> faces = List.of(
                new RadarFace(Math.toRadians(30.0), Math.toRadians(60.0), -0.2, Math.toRadians(70.0)),
                new RadarFace(Math.toRadians(150.0), Math.toRadians(60.0), Math.toRadians(1.0), Math.PI / 2),
                new RadarFace(Math.toRadians(270.0), Math.toRadians(50.0), 0.0, Math.toRadians(30.0)));
        Radar radar = new Radar("r", "t", site, faces, 3_000_000.0, 1.0, 4_800_000.0, 0.0, 0.0);
        SplittableRandom random = new SplittableRandom(20261128L);
        int fallbackCases = 0;
        int randomWithinSlack = 0;
        for (double mask : new double[] {-0.1, 0.0, Math.toRadians(2.0)}) {
            RadarCoverage coverage = RadarCoverage.of(radar, EarthModel.WGS84, 1.0, new LineOfSight(mask, 1.0));
            RadarGeometry g = coverage.geometry();
            double[] b = g.enuBasis();
            double[] limits = {mask, -0.2, Math.toRadians(70.0), Math.toRadians(1.0), Math.PI / 2, 0.0,
                    Math.toRadians(30.0)};
            int detected = 0;
            for (int i = 0; i < 60_000; i++) {
                double az = random.nextDouble(0.0, 2.0 * Math.PI);
                double el;
                if (i % 2 == 0) {
                    el = random.nextDouble(-0.3, Math.PI / 2);
                } else {
                    // At a limit (moved a few ulps, which the position's rounding then swamps).
                    el = limits[random.nextInt(limits.length)];
                    for (int k = random.nextInt(-4, 5); k != 0; k -= Integer.signum(k)) {
                        el = k > 0 ? Math.nextUp(el) : Math.nextDown(el);
                    }
                }
                double rho = random.nextDouble(1.0, 3_500_000.0);
                double e = rho * Math.cos(el) * Math.sin(az);
                double n = rho * Math.cos(el) * Math.cos(az);
                double u = rho * Math.sin(el);
                double x = g.stationX() + e * b[0] + n * b[2] + u * b[5];
                double y = g.stationY() + e * b[1] + n * b[3] + u * b[6];
                double z = g.stationZ() + n * b[4] + u * b[7];
                boolean expected = coverage.detectsReference(x, y, z);
                assertEquals(expected, coverage.detects(x, y, z), "mask " + mask + ", elevation " + el + ", azimuth " + az);
                detected += expected ? 1 : 0;
                double ee = (x - g.stationX()) * b[0] + (y - g.stationY()) * b[1];
                double nn = (x - g.stationX()) * b[2] + (y - g.stationY()) * b[3] + (z - g.stationZ()) * b[4];
                double uu = (x - g.stationX()) * b[5] + (y - g.stationY()) * b[6] + (z - g.stationZ()) * b[7];
                double hh = Math.sqrt(ee * ee + nn * nn);
                for (double t : limits) {
                    double d = uu * Math.cos(t) - hh * Math.sin(t);
                    if (Math.abs(d) <= RadarCoverage.SIGN_SLACK * (Math.abs(uu) + hh)) {
                        fallbackCases++;
                        randomWithinSlack += i % 2 == 0 ? 1 : 0;
                        break;
                    }
                }
            }
            assertTrue(detected > 5_000 && detected < 55_000, "both outcomes exercised: " + detected);
        }
        assertTrue(fallbackCases > 10_000, "targets within the slack of a limit: " + fallbackCases);
        assertTrue(randomWithinSlack < 10, "random targets within the slack of a limit (of 90,000): "
                + randomWithinSlack);
    }

    /**
     * A target rises straight up at 1 km/s from a point 1,200 km from a radar on a sphere. It comes
     * over the horizon at (R + h) cos(theta) = R and leaves the 1,500 km detection range at
     * (R + h)^2 - 2 R (R + h) cos(theta) + R^2 = R_d^2; both times are closed forms.
     */
    @Test
    void risingTargetIsDetectedBetweenTheHorizonAndTheRangeLimit() {
        GeodeticPoint radar = GeodeticPoint.ofDegrees(10.0, 20.0, 0.0);
        double groundM = 1_200_000.0;
        double theta = groundM / R;
        GeodeticPoint foot = new Geodesy(EarthModel.SPHERICAL).destination(radar, Math.toRadians(45.0), groundM);
        double speed = 1000.0;
        Trajectory rise = SensorFixtures.verticalRise(foot, speed, 2_000.0, 10.0);
        Radar r = new Radar("r", "t", radar, List.of(new RadarFace(Math.toRadians(45.0), Math.toRadians(10.0), 0.0,
                Math.PI / 2)), 1_500_000.0, 1.0, 5_000_000.0, 30.0, 7.0);
        double cos = Math.cos(theta);
        double horizonS = (R / cos - R) / speed;
        double rd = r.detectionRangeM(1.0);
        double rangeS = (R * cos + Math.sqrt(R * R * cos * cos - R * R + rd * rd) - R) / speed;
        TargetPath path = TargetPath.of(rise, EarthModel.SPHERICAL);
        RadarTimeline timeline = RadarCoverage.of(r, EarthModel.SPHERICAL, 1.0, LineOfSight.GEOMETRIC).timeline(path);
        assertEquals(1, timeline.detections().size(), timeline.toString());
        DetectionInterval d = timeline.detections().get(0);
        assertInside(horizonS, d.startS(), +1);
        assertInside(rangeS, d.endS(), -1);
        TrackInterval track = timeline.tracks().get(0);
        assertEquals(d.startS() + 30.0, track.formedS(), 0.0);
        assertEquals(d.startS() + 37.0, track.reportedS(), 0.0);
        assertEquals(d.endS(), track.endS(), 0.0);

        // A face that stops at 20 deg of elevation: tan(el) = (cos theta - R / r2) / sin theta.
        double maxEl = Math.toRadians(20.0);
        Radar low = new Radar("r", "t", radar, List.of(new RadarFace(Math.toRadians(45.0), Math.toRadians(10.0), 0.0,
                maxEl)), 1_500_000.0, 1.0, 5_000_000.0, 0.0, 0.0);
        double faceTopS = (R / (cos - Math.tan(maxEl) * Math.sin(theta)) - R) / speed;
        List<DetectionInterval> lowIntervals = RadarCoverage.of(low, EarthModel.SPHERICAL, 1.0, LineOfSight.GEOMETRIC)
                .detectionIntervals(path);
        assertEquals(1, lowIntervals.size());
        assertTrue(faceTopS < rangeS, "the face top comes first");
        assertInside(faceTopS, lowIntervals.get(0).endS(), -1);

        // A 2 deg mask delays the start: (R + h)(cos theta - tan(m) sin theta) = R.
        double mask = Math.toRadians(2.0);
        double maskS = (R / (cos - Math.tan(mask) * Math.sin(theta)) - R) / speed;
        List<DetectionInterval> masked = RadarCoverage.of(r, EarthModel.SPHERICAL, 1.0,
                LineOfSight.GEOMETRIC.withElevationMaskRad(mask)).detectionIntervals(path);
        assertInside(maskS, masked.get(0).startS(), +1);
    }

    @Test
    void tooShortAnIntervalFormsNoTrack() {
        Radar r = new Radar("r", "t", SensorFixtures.KURECIK, List.of(new RadarFace(0.0, Math.PI, 0.0, Math.PI / 2)),
                1_000_000.0, 1.0, 5_000_000.0, 20.0, 5.0);
        RadarTimeline t = RadarTimeline.of(r, List.of(new DetectionInterval(100.0, 119.0),
                new DetectionInterval(200.0, 220.0)));
        assertEquals(List.of(new TrackInterval(220.0, 225.0, 220.0)), t.tracks());
        assertTrue(t.isDetected());
        assertEquals(39.0, t.detectedDurationS(), 1.0e-12);
        RadarTimeline never = RadarTimeline.of(r, List.of());
        assertFalse(never.isDetected());
        assertFalse(never.isTracked());
    }

    /** A boundary found by bisection lies on the detected side of the true one, within the tolerance. */
    private static void assertInside(double trueS, double foundS, int detectedSide) {
        double offset = (foundS - trueS) * detectedSide;
        assertTrue(offset >= -1.0e-9 && offset <= BISECTION_S, () -> String.format(Locale.ROOT,
                "boundary %.6f s, closed form %.6f s", foundS, trueS));
    }
}
