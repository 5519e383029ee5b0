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
