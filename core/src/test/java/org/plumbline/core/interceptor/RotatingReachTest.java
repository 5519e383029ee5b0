package org.plumbline.core.interceptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plumbline.core.testing.TestInterceptors.SM3_IIA;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.UsStandardAtmosphere1976;

/** The reach over the rotating Earth against the plane model and the Earth's own motion. */
class RotatingReachTest {
    /**
     * Without rotation the 3-D fly-out in any azimuth is the plane fly-out: the tables agree to the
     * integration's rounding (the same steps, another frame), s.
     */
    private static final double SAME_MODEL_TOLERANCE_S = 0.05;

    @Test
    void withoutRotationEveryAzimuthIsThePlaneModel() {
        ReachTable plane = new ReachTable(SM3_IIA, UsStandardAtmosphere1976.INSTANCE);
        RotatingReach still = new RotatingReach(SM3_IIA, UsStandardAtmosphere1976.INSTANCE, Math.toRadians(44), 0.0);
        for (double az : new double[] {0.0, 1.3, 3.5, 5.9}) {
            for (double s = 200_000; s <= 1_400_000; s += 400_000) {
                for (double h = 150_000; h <= 750_000; h += 300_000) {
                    double p = plane.minTimeS(s, h);
                    double r = still.minTimeS(s, h, az);
                    if (p != Double.POSITIVE_INFINITY) {
                        assertEquals(p, r, SAME_MODEL_TOLERANCE_S, "az " + az + ", " + s + " m, " + h + " m");
                    }
                }
            }
        }
    }

    /**
     * In the Earth-fixed frame, where threats and sites are given, a fly-out feels the rotation only
     * through the Coriolis (2 omega v, about 0.6 m/s^2 at 4 km/s) and centrifugal (about 0.03 m/s^2)
     * accelerations: the time to reach a point changes by well under a few per cent with the azimuth,
     * yet measurably. (The site's inertial eastward speed is no advantage in this frame: the target
     * moves with the Earth too.)
     */
    @Test
    void rotationChangesTheReachSlightlyWithAzimuth() {
        double omega = EarthModel.WGS84.rotationRateRadPerS();
        RotatingReach equator = new RotatingReach(SM3_IIA, UsStandardAtmosphere1976.INSTANCE, 0.0, omega);
        ReachTable plane = new ReachTable(SM3_IIA, UsStandardAtmosphere1976.INSTANCE);
        double s = 1_200_000;
        double h = 300_000;
        double east = equator.minTimeS(s, h, Math.PI / 2);
        double west = equator.minTimeS(s, h, 3 * Math.PI / 2);
        double still = plane.minTimeS(s, h);
        double spread = Math.abs(west - east) / still;
        assertTrue(spread > 0.001 && spread < 0.03, "east " + east + " s, west " + west + " s, no rotation " + still
                + " s: spread " + spread);
    }

    /**
     * The lookup that answers from the nearer sector alone when that sector cannot reach the point
     * gives the two-sector lookup's value bit for bit, all round the compass and across the edge of
     * the reach (a grid of 72 azimuths, 2.5 deg apart and off the sector centres and edges, ranges
     * and altitudes in and beyond the envelope).
     */
    @Test
    void theNearerSectorShortcutGivesTheTwoSectorValue() {
        double omega = EarthModel.WGS84.rotationRateRadPerS();
        RotatingReach reach = new RotatingReach(SM3_IIA, UsStandardAtmosphere1976.INSTANCE, Math.toRadians(44), omega);
        int finite = 0;
        int infinite = 0;
        for (int k = 0; k < 72; k++) {
            double az = Math.toRadians(1.1 + 5.0 * k);
            for (double s = 0; s <= 2_800_000; s += 140_000) {
                for (double h = 0; h <= 1_100_000; h += 55_000) {
                    double fast = reach.minTimeS(s, h, az);
                    double ref = reach.minTimeSBothSectors(s, h, az);
                    assertEquals(Double.doubleToRawLongBits(ref), Double.doubleToRawLongBits(fast),
                            "az " + Math.toDegrees(az) + " deg, " + s + " m, " + h + " m");
                    if (ref == Double.POSITIVE_INFINITY) {
                        infinite++;
                    } else {
                        finite++;
                    }
                }
            }
        }
        assertTrue(finite > 1_000 && infinite > 1_000, finite + " reachable, " + infinite + " not");
    }
}
