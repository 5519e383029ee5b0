package org.plumbline.core.sensor;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectoryEvent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link TargetPath}: exact on linear motion, through every knot, and its accuracy on a flown IRBM
 * with 10 s samples measured against 1 s samples of the same flight (the accuracy that
 * {@link RadarCoverage}'s boundaries inherit).
 */
class TargetPathTest {
    /** Interpolation of a linear motion (exact in exact arithmetic), m: ECEF rounding of 6.4e6 m values. */
    private static final double ROUNDING_M = 1.0e-6;
    /**
     * Position error of the 10 s path against 1 s samples, m, by phase. The cubic Hermite with
     * three-point slopes errs by about h^3 |x'''| / 24 per segment (h = 10 s): in the Kepler coast
     * (jerk about 0.01 m/s^3) a fraction of a metre, measured 0.17 m, tolerance 1 m; in boost, where
     * the acceleration jumps at staging and burnout, measured 114 m, tolerance 200 m; in re-entry
     * below 100 km, where drag deceleration rises within seconds, measured 633 m (at 7 km altitude,
     * 9 s before impact), tolerance 1,000 m.
     */
    private static final double COAST_TOLERANCE_M = 1.0;
    private static final double BOOST_TOLERANCE_M = 200.0;
    private static final double REENTRY_TOLERANCE_M = 1_000.0;

    @Test
    void linearMotionIsReproducedAndKnotsAreExact() {
        Trajectory rise = SensorFixtures.verticalRise(GeodeticPoint.ofDegrees(10.0, 20.0), 700.0, 95.0, 10.0);
        TargetPath path = TargetPath.of(rise, EarthModel.SPHERICAL);
        assertEquals(11, path.size(), "0, 10, ..., 90 s and the end at 95 s");
        assertEquals(0.0, path.startS(), 0.0);
        assertEquals(95.0, path.endS(), 0.0);
        double[] p = new double[3];
        for (double t = 0.0; t <= 95.0; t += 0.7) {
            assertEquals(700.0 * t, path.altitudeAtM(t), ROUNDING_M, "t = " + t);
        }
        for (int i = 0; i < path.size(); i++) {
            assertEquals(path.knotAltitudeM(i), path.altitudeAtM(path.timeS(i)), ROUNDING_M);
        }
        // Clamped outside the span.
        path.positionAt(-5.0, p);
        assertEquals(0.0, path.altitudeAtM(-5.0), ROUNDING_M);
        assertEquals(700.0 * 95.0, path.altitudeAtM(200.0), ROUNDING_M);
    }

    /**
     * The slopes computed per segment are, bit for bit, those the path kept per knot before (the
     * three-point derivatives below, copied from that version), so the sensors' boundaries are too:
     * on a flown path with its event knots, on a path of two knots and of three.
     */
    @Test
    void interpolationUsesTheStoredSlopesOfBefore() {
        Trajectory rise = SensorFixtures.verticalRise(GeodeticPoint.ofDegrees(10.0, 20.0), 700.0, 95.0, 10.0);
        for (TargetPath path : new TargetPath[] {
                TargetPath.of(SensorFixtures.semnanBucharestOneSecond(), EarthModel.WGS84),
                TargetPath.of(SensorFixtures.verticalRise(GeodeticPoint.ofDegrees(10.0, 20.0), 700.0, 5.0, 10.0),
                        EarthModel.WGS84),
                TargetPath.of(SensorFixtures.verticalRise(GeodeticPoint.ofDegrees(10.0, 20.0), 700.0, 15.0, 10.0),
                        EarthModel.WGS84),
                TargetPath.of(rise, EarthModel.SPHERICAL)}) {
            int n = path.size();
            double[] t = new double[n];
            double[][] f = new double[3][n];
            double[] p = new double[3];
            for (int i = 0; i < n; i++) {
                t[i] = path.timeS(i);
                path.knotPosition(i, p);
                for (int k = 0; k < 3; k++) {
                    f[k][i] = p[k];
                }
            }
            double[][] v = {storedSlopes(t, f[0]), storedSlopes(t, f[1]), storedSlopes(t, f[2])};
            for (int i = 0; i + 1 < n; i++) {
                for (double u : new double[] {0.0, 0.125, 0.3, 0.5, 0.77, 1.0}) {
                    double tS = t[i] + u * (t[i + 1] - t[i]);
                    path.positionInSegment(i, tS, p);
                    double h = t[i + 1] - t[i];
                    double s = (tS - t[i]) / h;
                    double s2 = s * s;
                    double s3 = s2 * s;
                    double h00 = 2.0 * s3 - 3.0 * s2 + 1.0;
                    double h10 = (s3 - 2.0 * s2 + s) * h;
                    double h01 = -2.0 * s3 + 3.0 * s2;
                    double h11 = (s3 - s2) * h;
                    for (int k = 0; k < 3; k++) {
                        double expected = h00 * f[k][i] + h10 * v[k][i] + h01 * f[k][i + 1] + h11 * v[k][i + 1];
                        assertEquals(expected, p[k], "coordinate " + k + " in segment " + i + " of " + n + " at " + tS);
                    }
                }
            }
        }
    }

    /** The slopes as the path computed and kept them before, per knot (m/s). */
    private static double[] storedSlopes(double[] t, double[] f) {
        int n = t.length;
        double[] v = new double[n];
        if (n == 1) {
            return v;
        }
        if (n == 2) {
            double d = (f[1] - f[0]) / (t[1] - t[0]);
            v[0] = d;
            v[1] = d;
            return v;
        }
        for (int i = 0; i < n; i++) {
            int j = Math.max(1, Math.min(n - 2, i));
            double t0 = t[j - 1];
            double t1 = t[j];
            double t2 = t[j + 1];
            double ti = t[i];
            double l0 = ((ti - t1) + (ti - t2)) / ((t0 - t1) * (t0 - t2));
            double l1 = ((ti - t0) + (ti - t2)) / ((t1 - t0) * (t1 - t2));
            double l2 = ((ti - t0) + (ti - t1)) / ((t2 - t0) * (t2 - t1));
            v[i] = l0 * f[j - 1] + l1 * f[j] + l2 * f[j + 1];
        }
        return v;
    }

    @Test
    void burnoutIsAKnot() {
        Trajectory t = SensorFixtures.semnanBucharest();
        TargetPath path = TargetPath.of(t, EarthModel.WGS84);
        double burnout = t.events().stream().filter(e -> e.kind() == TrajectoryEvent.Kind.BURNOUT).findFirst()
                .orElseThrow().sample().tS();
        boolean found = false;
        for (int i = 0; i < path.size(); i++) {
            found |= Math.abs(path.timeS(i) - burnout) < 1.0e-3;
            if (i > 0) {
                assertTrue(path.timeS(i) - path.timeS(i - 1) >= 1.0e-3, "knots are increasing and distinct");
            }
        }
        assertTrue(found, "burnout at " + burnout + " s is a knot");
        assertEquals(t.flightTimeS(), path.endS(), 0.0, "the impact is the last knot");
    }

    @Test
    void tenSecondPathAgainstOneSecondSamples() {
        Trajectory coarse = SensorFixtures.semnanBucharest();
        TargetPath path = TargetPath.of(coarse, EarthModel.WGS84);
        TargetPath fine = TargetPath.of(SensorFixtures.semnanBucharestOneSecond(), EarthModel.WGS84);
        double boost = 0.0;
        double coast = 0.0;
        double reentry = 0.0;
        double[] q = new double[3];
        double[] r = new double[3];
        for (int i = 0; i < fine.size(); i++) {
            double tS = fine.timeS(i);
            fine.knotPosition(i, r);
            path.positionAt(tS, q);
            double d = Math.sqrt((q[0] - r[0]) * (q[0] - r[0]) + (q[1] - r[1]) * (q[1] - r[1])
                    + (q[2] - r[2]) * (q[2] - r[2]));
            if (tS <= coarse.burnoutTimeS() + 10.0) {
                boost = Math.max(boost, d);
            } else if (fine.knotAltitudeM(i) > 100_000.0) {
                coast = Math.max(coast, d);
            } else {
                reentry = Math.max(reentry, d);
            }
        }
        String report = String.format(Locale.ROOT, "largest error: boost %.2f m, coast %.2f m, re-entry %.2f m",
                boost, coast, reentry);
        assertTrue(boost <= BOOST_TOLERANCE_M, report);
        assertTrue(coast <= COAST_TOLERANCE_M, report);
        assertTrue(reentry <= REENTRY_TOLERANCE_M, report);
    }
}
