package org.plumbline.core.interceptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.plumbline.core.testing.TestInterceptors.SM3_IIA;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.UsStandardAtmosphere1976;

/**
 * The reach's lower bounds over boxes ({@link InterceptorReach#minTimeLowerBoundS}), on which the
 * engagement skips samples: no lookup inside a box answers below its bound. Random boxes from a metre
 * to the whole table, inside, across and beyond its limits, looked up at their corners, edges and
 * inside; over the rotating Earth also across the azimuth sectors and round the compass.
 */
class ReachLowerBoundTest {
    private static final Interceptor IB = new Interceptor("sm3-ib", "SM-3 Block IB", 3_000, 60, 3, 70_000, 500_000,
            600, 5, 0, 1_200_000);

    @Test
    void noLookupInAPlaneTableBoxIsBelowItsBound() {
        for (Interceptor it : new Interceptor[] {SM3_IIA, IB}) {
            ReachTable table = new ReachTable(it, UsStandardAtmosphere1976.INSTANCE);
            SplittableRandom random = new SplittableRandom(3L);
            int finite = 0;
            int infinite = 0;
            for (int n = 0; n < 20_000; n++) {
                double[] s = interval(random, table.maxRangeM());
                double[] h = interval(random, table.maxAltitudeM());
                double bound = table.minTimeLowerBoundS(s[0], s[1], h[0], h[1], 0.0, Math.PI);
                finite += Double.isFinite(bound) ? 1 : 0;
                infinite += bound == Double.POSITIVE_INFINITY ? 1 : 0;
                for (int k = 0; k < 24; k++) {
                    double sk = pick(random, s, k);
                    double hk = pick(random, h, k / 3);
                    double t = table.minTimeS(sk, hk);
                    if (t < bound) {
                        fail(it.id() + ": " + sk + " m, " + hk + " m: " + t + " s below the bound "
                            + bound + " s of [" + s[0] + ", " + s[1] + "] x [" + h[0] + ", " + h[1] + "]");
                    }
                }
            }
            assertTrue(finite > 5_000 && infinite > 1_000, it.id() + ": " + finite + " finite, " + infinite
                    + " infinite bounds");
        }
    }

    /**
     * The bound of a single point is the least node of the pyramid's smallest block holding its cell
     * (2 x 2 cells, 3 x 3 nodes), less the table's slack (10^-9 (1 + largest time), about a
     * microsecond), exactly.
     */
    @Test
    void aPointIsBoundedByTheLeastNodeOfItsBlock() {
        ReachTable table = new ReachTable(SM3_IIA, UsStandardAtmosphere1976.INSTANCE);
        double ds = table.maxRangeM() / ReachTable.COLUMNS;
        double dh = table.maxAltitudeM() / ReachTable.ROWS;
        double s = 100 * ds;
        double h = 80 * dh;
        double bound = table.minTimeLowerBoundS(s, s, h, h, 0.0, Math.PI);
        double least = Double.POSITIVE_INFINITY;
        for (int i = 80; i <= 82; i++) {
            for (int j = 100; j <= 102; j++) {
                least = Math.min(least, table.nodeTimeS(i, j));
            }
        }
        assertEquals(least - table.lookupSlackS(), bound, 0.0);
        assertTrue(bound <= table.minTimeS(s, h));
    }

    /**
     * The least node time over a box, from the blocks of the pyramid, is at most
     * the least finite time of the corner nodes of every cell the box touches (brute force), for
     * rectangles of cells of every size and position, in tables whose times grow and fall in each
     * direction (the two SM-3s and a short-range interceptor).
     */
    @Test
    void theLeastNodeTimeCoversEveryCornerOfTheBox() {
        Interceptor shortRange = new Interceptor("short", "short range", 2_800, 20, 1, 40_000, 150_000, 200, 5,
                0, 200_000);
        for (Interceptor it : new Interceptor[] {SM3_IIA, IB, shortRange}) {
            ReachTable table = new ReachTable(it, UsStandardAtmosphere1976.INSTANCE);
            double ds = table.maxRangeM() / ReachTable.COLUMNS;
            double dh = table.maxAltitudeM() / ReachTable.ROWS;
            // No box's least node is below the table's least node: a bound of -infinity (or any
            // other that gives nothing) fails here, not only one above the truth.
            double tableLeast = Double.POSITIVE_INFINITY;
            for (int i = 0; i <= ReachTable.ROWS; i++) {
                for (int j = 0; j <= ReachTable.COLUMNS; j++) {
                    tableLeast = Math.min(tableLeast, table.nodeTimeS(i, j));
                }
            }
            SplittableRandom random = new SplittableRandom(9L);
            for (int n = 0; n < 20_000; n++) {
                int j0 = random.nextInt(ReachTable.COLUMNS);
                int j1 = Math.min(ReachTable.COLUMNS - 1, j0 + (int) Math.exp(random.nextDouble() * Math.log(300)) - 1);
                int i0 = random.nextInt(ReachTable.ROWS);
                int i1 = Math.min(ReachTable.ROWS - 1, i0 + (int) Math.exp(random.nextDouble() * Math.log(300)) - 1);
                double least = Double.POSITIVE_INFINITY;
                for (int i = i0; i <= i1 + 1; i++) {
                    for (int j = j0; j <= j1 + 1; j++) {
                        double t = table.nodeTimeS(i, j);
                        if (t < least) {
                            least = t;
                        }
                    }
                }
                double got = table.leastNodeTimeS((j0 + 0.5) * ds, (j1 + 0.5) * ds, (i0 + 0.5) * dh, (i1 + 0.5) * dh);
                if (!(got <= least) || (least < Double.POSITIVE_INFINITY && !(got >= tableLeast))) {
                    fail(it.id() + ": cells " + i0 + ".." + i1 + " x " + j0 + ".." + j1 + ": " + got + " s, least corner "
                            + least + " s");
                }
            }
        }
    }

    @Test
    void noLookupOverTheRotatingEarthIsBelowItsBound() {
        double omega = EarthModel.WGS84.rotationRateRadPerS();
        RotatingReach reach = new RotatingReach(SM3_IIA, UsStandardAtmosphere1976.INSTANCE, Math.toRadians(44), omega);
        for (int k = 0; k < RotatingReach.SECTORS; k++) {
            reach.minTimeSBothSectors(500_000, 300_000, k * 2 * Math.PI / RotatingReach.SECTORS);
        }
        assertEquals(RotatingReach.SECTORS, reach.builtSectors());
        SplittableRandom random = new SplittableRandom(5L);
        int finite = 0;
        for (int n = 0; n < 20_000; n++) {
            double[] s = interval(random, SM3_IIA.maxRangeM());
            double[] h = interval(random, SM3_IIA.maxInterceptAltitudeM());
            double az = Math.PI * (2 * random.nextDouble() - 1);
            double halfWidth = n % 4 == 0 ? Math.PI * random.nextDouble()
                    : Math.exp(Math.log(1e-7) + random.nextDouble() * Math.log(0.6 / 1e-7));
            double bound = reach.minTimeLowerBoundS(s[0], s[1], h[0], h[1], az, halfWidth);
            finite += Double.isFinite(bound) ? 1 : 0;
            for (int k = 0; k < 24; k++) {
                double sk = pick(random, s, k);
                double hk = pick(random, h, k / 3);
                double d = k % 4 == 0 ? -halfWidth : k % 4 == 1 ? halfWidth : halfWidth * (2 * random.nextDouble() - 1);
                // As atan2 gives it: in [-pi, pi].
                double a = Math.atan2(Math.sin(az + d), Math.cos(az + d));
                double t = reach.minTimeS(sk, hk, a);
                if (t < bound) {
                    fail(sk + " m, " + hk + " m, " + a + " rad: " + t + " s below the bound " + bound
                        + " s of azimuth " + az + " +- " + halfWidth + " rad");
                }
            }
        }
        assertTrue(finite > 5_000, finite + " finite bounds");
    }

    @Test
    void aBoundBuildsNoSectorAndNeedsThemBuilt() {
        double omega = EarthModel.WGS84.rotationRateRadPerS();
        RotatingReach reach = new RotatingReach(SM3_IIA, UsStandardAtmosphere1976.INSTANCE, Math.toRadians(44), omega);
        assertEquals(Double.NEGATIVE_INFINITY, reach.minTimeLowerBoundS(4e5, 5e5, 2e5, 3e5, 1.0, 0.01));
        assertEquals(0, reach.builtSectors());
        reach.minTimeSBothSectors(4.5e5, 2.5e5, 1.0);
        assertEquals(2, reach.builtSectors());
        // Azimuth 1.0 rad is in sector 1 (30-60 deg); its box reads sectors 1 and 2 only.
        assertTrue(Double.isFinite(reach.minTimeLowerBoundS(4e5, 5e5, 2e5, 3e5, 1.0, 0.01)));
        assertEquals(Double.NEGATIVE_INFINITY, reach.minTimeLowerBoundS(4e5, 5e5, 2e5, 3e5, 1.0, 0.3));
        assertEquals(2, reach.builtSectors());
    }

    /** A random interval around a random point of [-0.1, 1.1] limit, from 0 to about limit wide. */
    private static double[] interval(SplittableRandom random, double limit) {
        double centre = limit * (1.2 * random.nextDouble() - 0.1);
        double half = limit * Math.exp(Math.log(1e-7) + random.nextDouble() * Math.log(1e7));
        return new double[] {centre - half, centre + half};
    }

    /** An end of the interval, or a point inside it. */
    private static double pick(SplittableRandom random, double[] interval, int k) {
        return switch (k % 3) {
            case 0 -> interval[0];
            case 1 -> interval[1];
            default -> interval[0] + (interval[1] - interval[0]) * random.nextDouble();
        };
    }
}
