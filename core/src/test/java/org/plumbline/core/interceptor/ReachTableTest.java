package org.plumbline.core.interceptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.UsStandardAtmosphere1976;

/** The reach table against direct integration of fly-outs between its fan members. */
class ReachTableTest {
    /** SM-3 IIA-like parameters (catalog values; public-data.md B.1, UNVERIFIED/ASSUMPTION labels there). */
    private static final Interceptor IIA = new Interceptor("sm3-iia", "SM-3 Block IIA", 4_500, 60, 3, 70_000,
            1_000_000, 900, 5, 0, 2_500_000);
    /**
     * Interpolation tolerance, s: fan members 0.5 deg apart and grid cells of about 10 km by 5 km; the
     * worst error measured over 809 random ascending points was 0.061 s. A quarter of a second leaves
     * room for other interceptors' envelopes while still catching a broken bracket or a wrong branch.
     */
    private static final double TIME_TOLERANCE_S = 0.25;
    private static ReachTable table;
    private static FlyOut flyOut;

    @BeforeAll
    static void build() {
        table = new ReachTable(IIA, UsStandardAtmosphere1976.INSTANCE);
        flyOut = new FlyOut(IIA, UsStandardAtmosphere1976.INSTANCE);
    }

    @Test
    void burnoutSpeedIsTheDeclaredOneOnThe45DegreeFlyOut() {
        double[] y = FlyOut.launchState(Math.PI / 4);
        flyOut.integrate(Math.PI / 4, y, IIA.burnTimeS(), null);
        assertEquals(IIA.burnoutSpeedMps(), Math.hypot(y[2], y[3]), 1e-3 * IIA.burnoutSpeedMps());
    }

    @Test
    void tableMatchesDirectIntegrationOnAscendingPaths() {
        SplittableRandom random = new SplittableRandom(20261124L);
        double worst = 0;
        int checked = 0;
        for (int n = 0; n < 60; n++) {
            double elevation = Math.toRadians(5 + 80 * random.nextDouble());
            List<double[]> points = new ArrayList<>();
            flyOut.integrate(elevation, FlyOut.launchState(elevation), IIA.maxFlightTimeS(), (t, s, h, v, g) -> {
                if (g > 0.05) {
                    points.add(new double[] {t, s, h});
                }
                return g > 0.05;
            });
            for (double[] p : points) {
                if (p[2] < 100_000 || p[1] < 50_000 || random.nextDouble() > 0.05) {
                    continue;
                }
                double t = table.minTimeS(p[1], p[2]);
                if (t == Double.POSITIVE_INFINITY) {
                    continue;
                }
                worst = Math.max(worst, Math.abs(t - p[0]));
                checked++;
            }
        }
        assertTrue(checked > 100, "points checked: " + checked);
        assertTrue(worst <= TIME_TOLERANCE_S, "worst |table - direct| = " + worst + " s over " + checked + " points");
    }

    @Test
    void fasterInterceptorsNeverTakeLonger() {
        ReachTable fast = new ReachTable(IIA.withBurnoutSpeedMps(5_500), UsStandardAtmosphere1976.INSTANCE);
        for (double s = 100_000; s <= 2_000_000; s += 100_000) {
            for (double h = 100_000; h <= 900_000; h += 100_000) {
                double slow = table.minTimeS(s, h);
                if (slow != Double.POSITIVE_INFINITY) {
                    assertTrue(fast.minTimeS(s, h) < slow, "at " + s + " m, " + h + " m");
                }
            }
        }
    }

    @Test
    void limitsAreRespected() {
        assertEquals(Double.POSITIVE_INFINITY, table.minTimeS(2_600_000, 300_000));
        assertEquals(Double.POSITIVE_INFINITY, table.minTimeS(500_000, 1_100_000));
        assertEquals(Double.POSITIVE_INFINITY, table.minTimeS(-1, 300_000));
    }
}
