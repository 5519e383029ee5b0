package org.plumbline.core.interceptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plumbline.core.testing.TestInterceptors.SM3_IIA;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.TabulatedAtmosphere;
import org.plumbline.core.earth.UsStandardAtmosphere1976;

/**
 * The reach tables built with coast steps and cubic joins ({@link ReachTable.Method#COAST_STEP_HERMITE})
 * against the fixed-step construction they replace ({@link ReachTable.Method#FIXED_STEP_LINEAR}:
 * RK4 at 0.5 s throughout, fly-outs joined linearly between nodes), over the whole grid.
 *
 * <p>The two differ in two ways, each with its own error estimate:
 * <ol>
 * <li>the integration: coast steps of up to 16 s where drag is negligible, the density from a
 *     table; bounded by {@link #POSITION_ALLOWANCE_M}, the coast steps tested on their own at the
 *     integration nodes ({@link #coastStepsFollowTheFixedStepFlyOuts});</li>
 * <li>the joins between nodes, where the reference's straight chords miss the curved path by
 *     u (1 - u) ds^2 f''(s) / 2 (f: altitude, time, speed or path angle as functions of ground
 *     range, ds the chord, u the fraction along it); the test estimates f'' from the reference's
 *     own nodes (second divided differences), independently of the new method, whose cubic joins
 *     err by (0.5 s)^4 / 384 times the fourth derivative, a micrometre.</li>
 * </ol>
 * Each fly-out's crossing of each range column must agree within {@link #JOIN_ESTIMATE_FACTOR}
 * times the join estimate plus the integration allowance; each grid cell within those crossing
 * tolerances carried through the cell's interpolation between neighbouring fly-outs (times the
 * bracket's time-per-altitude slope, which grows without bound where neighbouring fly-outs cross a
 * column at nearly the same altitude) plus the float rounding of the stored value. Cells reachable
 * in one table only must lie on the edge of the reference envelope.
 *
 * <p>Interceptors: the catalog's {@code sm3-ib}, {@code sm3-iia} and {@code gbi-2stage-mda}
 * (io/.../catalog/interceptors.yaml), over a non-rotating Earth and from Deveselu's latitude
 * (44.077 N) toward the east and the west over the rotating Earth.
 */
class ReachTableMethodTest {
    private static final Interceptor SM3_IB = new Interceptor("sm3-ib", "SM-3 Block IB", 3_000, 60, 3, 70_000,
            500_000, 600, 5, 0, 1_200_000);
    private static final Interceptor GBI = new Interceptor("gbi-2stage-mda", "GBI, two-stage (MDA speed)", 5_850, 120,
            2, 100_000, 2_000_000, 1_200, 10, 0, 6_000_000);
    private static final double DEVESELU_LATITUDE_RAD = Math.toRadians(44.077);
    private static final double OMEGA_RAD_PER_S = EarthModel.WGS84.rotationRateRadPerS();

    /**
     * Position error of the coast steps, m, against the same fly-out at 0.5 s throughout (both with
     * the density table). RK4's global error over a coast of duration T with step h is about
     * h^4 T |x^(5)| / 24; on the steepest, longest arcs (6 km/s, 1,200 s, r about 8,000 km)
     * |x^(5)| ~ g (v / r)^3 = 2e-9 m/s^5, so 16 s steps err by about 5 mm, an order of magnitude
     * more allowed for RK4's uncertain constant: 0.05 m. The drag in the coast steps that skirt the air
     * errs by at most FlyOut.COAST_MAX_DRAG_ERROR_MPS per step, over some ten steps where it binds:
     * 1e-5 m/s carried over 1,200 s, 0.012 m. Sum 0.062 m, rounded up.
     */
    private static final double COAST_POSITION_TOLERANCE_M = 0.1;
    /**
     * Speed error of the coast steps above {@link #THIN_AIR_M}, m/s: position and velocity errors of a
     * Kepler arc go together as r and n r (n = 1.25e-3 /s near the ground): 1.2e-4 m/s for
     * {@link #COAST_POSITION_TOLERANCE_M}, and the drag's 1e-5 m/s.
     */
    private static final double COAST_SPEED_TOLERANCE_MPS = 1.3e-4;
    /**
     * Altitude above which node speeds are compared, m: below it a fly-out descending into dense air
     * (drag over 1 m/s^2 at 6 km/s) loses a speed that depends on its altitude through the density
     * (e-fold per 6 km), so a few centimetres of position become 1e-4 m/s and more; the positions
     * are compared all the way down.
     */
    private static final double THIN_AIR_M = 50_000.0;
    /**
     * Error of the climb rate taken from the cubic Hermite altitude over a coast step, m/s: at most
     * (sqrt(3) / 216) h^3 |h''''| (the derivative's error bound of cubic Hermite interpolation), with
     * h = 16 s and |h''''| ~ g n^2 = 1.5e-5 m/s^4 on a Kepler arc near the ground: 5e-4 m/s. The new
     * method's path angle in a coast step, asin(climb rate / speed), errs by this over the speed.
     */
    private static final double CLIMB_RATE_ERROR_MPS = Math.sqrt(3) / 216 * Math.pow(FlyOut.COAST_STEP_S, 3)
            * 9.81 * 1.25e-3 * 1.25e-3;
    /**
     * All the integration differences between the two methods, m: {@link #COAST_POSITION_TOLERANCE_M}
     * and the density table, which changes the drag by about 8e-5 over the few metres around the
     * tropopause's kink (elsewhere by 4e-10): 0.06 mm/s gained by a steep fly-out through 9 m/s^2 of
     * drag there, carried over 1,200 s, 0.07 m.
     */
    private static final double POSITION_ALLOWANCE_M = 0.17;
    /**
     * Safety factor on the estimate of the reference's join error: the second divided differences
     * estimate f'' at the neighbouring nodes to first order in the step; where f'' changes within a
     * step (thrust steps, drag rising near the ground) they can be off by tens of per cent.
     */
    private static final double JOIN_ESTIMATE_FACTOR = 2.0;
    /**
     * Largest gap between the reference's apogee and its nodes, m: the highest node of a 0.5 s
     * integration misses the apogee by up to g (0.25 s)^2 / 2.
     */
    private static final double APOGEE_SAMPLING_M = 0.31;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Interceptor interceptor : new Interceptor[] {SM3_IB, SM3_IIA, GBI}) {
            cases.add(Arguments.of(interceptor, Double.NaN, 0.0));
            cases.add(Arguments.of(interceptor, DEVESELU_LATITUDE_RAD, Math.PI / 2));
            cases.add(Arguments.of(interceptor, DEVESELU_LATITUDE_RAD, 3 * Math.PI / 2));
        }
        return cases.stream();
    }

    private static String label(Interceptor interceptor, double latitudeRad, double azimuthRad) {
        return interceptor.id() + (Double.isNaN(latitudeRad) ? ", non-rotating"
                : String.format(Locale.ROOT, ", rotating, %.3f deg N, azimuth %.0f deg", Math.toDegrees(latitudeRad),
                Math.toDegrees(azimuthRad)));
    }

    /** The coast steps against the fixed step, both traced with the density table, at their common nodes. */
    @ParameterizedTest
    @MethodSource("cases")
    void coastStepsFollowTheFixedStepFlyOuts(Interceptor interceptor, double latitudeRad, double azimuthRad) {
        FlyOut flyOut = new FlyOut(interceptor, UsStandardAtmosphere1976.INSTANCE);
        double worstPositionM = 0;
        double worstSpeedMps = 0;
        int compared = 0;
        for (int k = 0; k < ReachTable.FAN_SIZE; k++) {
            FlyOutPath coarse = trace(flyOut, latitudeRad, azimuthRad, k, FlyOut.COAST_STEP_S);
            FlyOutPath fine = trace(flyOut, latitudeRad, azimuthRad, k, FlyOut.STEP_S);
            int f = 0;
            for (int c = 0; c < coarse.size; c++) {
                while (f < fine.size && fine.tS[f] < coarse.tS[c] - 1e-6) {
                    f++;
                }
                if (f == fine.size) {
                    break;
                }
                assertEquals(fine.tS[f], coarse.tS[c], 1e-6, "the coast nodes are nodes of the fixed step");
                double r = FlyOut.EARTH_RADIUS_M + fine.altitudeM[f];
                double along = (coarse.rangeM[c] - fine.rangeM[f]) * r / FlyOut.EARTH_RADIUS_M;
                worstPositionM = Math.max(worstPositionM, Math.hypot(along, coarse.altitudeM[c] - fine.altitudeM[f]));
                if (fine.altitudeM[f] > THIN_AIR_M) {
                    worstSpeedMps = Math.max(worstSpeedMps, Math.abs(coarse.speedMps[c] - fine.speedMps[f]));
                }
                compared++;
            }
        }
        String what = label(interceptor, latitudeRad, azimuthRad) + ": " + compared + " nodes, worst "
                + worstPositionM + " m, " + worstSpeedMps + " m/s above " + THIN_AIR_M + " m";
        assertTrue(compared > 10_000, what);
        assertTrue(worstPositionM <= COAST_POSITION_TOLERANCE_M, what);
        assertTrue(worstSpeedMps <= COAST_SPEED_TOLERANCE_MPS, what);
    }

    private static FlyOutPath trace(FlyOut flyOut, double latitudeRad, double azimuthRad, int k, double coastStepS) {
        FlyOutPath path = new FlyOutPath(256);
        double tMax = flyOut.interceptor().maxFlightTimeS();
        double stop = flyOut.interceptor().maxRangeM();
        if (Double.isNaN(latitudeRad)) {
            flyOut.tracePlane(ReachTable.elevationRad(k), tMax, coastStepS, stop, path);
        } else {
            flyOut.traceRotating(latitudeRad, azimuthRad, OMEGA_RAD_PER_S, ReachTable.elevationRad(k), tMax, coastStepS,
                    stop, path);
        }
        return path;
    }

    /** The whole grid and every column crossing against the fixed-step reference. */
    @ParameterizedTest
    @MethodSource("cases")
    void tablesAgreeWithTheFixedStepReference(Interceptor interceptor, double latitudeRad, double azimuthRad) {
        String label = label(interceptor, latitudeRad, azimuthRad);
        FlyOut flyOut = new FlyOut(interceptor, UsStandardAtmosphere1976.INSTANCE);
        FlyOutPath[] refFan = ReachTable.fan(flyOut, latitudeRad, azimuthRad, OMEGA_RAD_PER_S,
                ReachTable.Method.FIXED_STEP_LINEAR);
        FlyOutPath[] newFan = ReachTable.fan(flyOut, latitudeRad, azimuthRad, OMEGA_RAD_PER_S,
                ReachTable.Method.COAST_STEP_HERMITE);
        ReachTable ref = new ReachTable(interceptor, refFan, ReachTable.Method.FIXED_STEP_LINEAR);
        ReachTable fast = new ReachTable(interceptor, newFan, ReachTable.Method.COAST_STEP_HERMITE);
        assertEquals(ref.maxRangeM(), fast.maxRangeM(), POSITION_ALLOWANCE_M, label + ": range extent");
        assertEquals(ref.maxAltitudeM(), fast.maxAltitudeM(), APOGEE_SAMPLING_M + POSITION_ALLOWANCE_M,
                label + ": altitude extent");

        // Column crossings on the reference's columns, and their tolerances.
        double rangeStepM = ref.maxRangeM() / ReachTable.COLUMNS;
        ReachTable.Crossings refCross = ReachTable.Crossings.of(refFan, rangeStepM, ReachTable.Method.FIXED_STEP_LINEAR);
        ReachTable.Crossings newCross = ReachTable.Crossings.of(newFan, rangeStepM,
                ReachTable.Method.COAST_STEP_HERMITE);
        Tolerances tol = Tolerances.of(refFan, rangeStepM);
        int crossings = 0;
        for (int k = 0; k < ReachTable.FAN_SIZE; k++) {
            for (int j = 1; j <= ReachTable.COLUMNS; j++) {
                boolean inRef = !Double.isNaN(refCross.altitudeM[k][j]);
                boolean inNew = !Double.isNaN(newCross.altitudeM[k][j]);
                String where = label + ": fly-out " + k + ", column " + j;
                if (inRef != inNew) {
                    // Only at the end of a fly-out's reach: the other crosses the column before.
                    ReachTable.Crossings other = inRef ? newCross : refCross;
                    assertTrue(!Double.isNaN(other.altitudeM[k][j - 1]) && (j == ReachTable.COLUMNS
                            || Double.isNaN(other.altitudeM[k][j + 1])), where + ": crossed by one method only");
                    continue;
                }
                if (!inRef) {
                    continue;
                }
                crossings++;
                assertWithin(refCross.altitudeM[k][j], newCross.altitudeM[k][j], tol.altitudeM[k][j], where + ", altitude");
                assertWithin(refCross.timeS[k][j], newCross.timeS[k][j], tol.timeS[k][j], where + ", time");
                assertWithin(refCross.speedMps[k][j], newCross.speedMps[k][j], tol.speedMps[k][j], where + ", speed");
                assertWithin(refCross.pathAngleRad[k][j], newCross.pathAngleRad[k][j], tol.pathAngleRad[k][j],
                        where + ", path angle");
            }
        }
        assertTrue(crossings > 5_000, label + ": crossings compared " + crossings);

        // Cells: tolerance carried through each bracket that covers the cell in either table.
        int rows = ReachTable.ROWS + 1;
        int columns = ReachTable.COLUMNS + 1;
        double[][] cellTimeTol = new double[rows][columns];
        double[][] cellSpeedTol = new double[rows][columns];
        double[][] cellAngleTol = new double[rows][columns];
        double altitudeStepM = ref.maxAltitudeM() / ReachTable.ROWS;
        for (ReachTable.Crossings c : new ReachTable.Crossings[] {refCross, newCross}) {
            for (int j = 0; j < columns; j++) {
                for (int k = 0; k + 1 < ReachTable.FAN_SIZE; k++) {
                    double h0 = c.altitudeM[k][j];
                    double h1 = c.altitudeM[k + 1][j];
                    if (Double.isNaN(h0) || Double.isNaN(h1) || Double.isNaN(tol.altitudeM[k][j])
                            || Double.isNaN(tol.altitudeM[k + 1][j])) {
                        continue;
                    }
                    double dh = Math.abs(h1 - h0);
                    double altitudeTol = Math.max(tol.altitudeM[k][j], tol.altitudeM[k + 1][j]);
                    double t = Math.max(tol.timeS[k][j], tol.timeS[k + 1][j])
                            + Math.abs(c.timeS[k + 1][j] - c.timeS[k][j]) / dh * altitudeTol;
                    double v = Math.max(tol.speedMps[k][j], tol.speedMps[k + 1][j])
                            + Math.abs(c.speedMps[k + 1][j] - c.speedMps[k][j]) / dh * altitudeTol;
                    double g = Math.max(tol.pathAngleRad[k][j], tol.pathAngleRad[k + 1][j])
                            + Math.abs(c.pathAngleRad[k + 1][j] - c.pathAngleRad[k][j]) / dh * altitudeTol;
                    int i0 = Math.max(0, (int) Math.ceil(Math.min(h0, h1) / altitudeStepM));
                    int i1 = Math.min(ReachTable.ROWS, (int) Math.floor(Math.max(h0, h1) / altitudeStepM));
                    for (int i = i0; i <= i1; i++) {
                        // A degenerate bracket (dh = 0) makes the tolerance infinite: NaN-safe max.
                        cellTimeTol[i][j] = Double.isNaN(t) ? Double.POSITIVE_INFINITY : Math.max(cellTimeTol[i][j], t);
                        cellSpeedTol[i][j] = Double.isNaN(v) ? Double.POSITIVE_INFINITY : Math.max(cellSpeedTol[i][j], v);
                        cellAngleTol[i][j] = Double.isNaN(g) ? Double.POSITIVE_INFINITY : Math.max(cellAngleTol[i][j], g);
                    }
                }
            }
        }
        List<Double> differences = new ArrayList<>();
        double worstSpeedMps = 0;
        double worstAngleRad = 0;
        int onlyRef = 0;
        int onlyNew = 0;
        int unbounded = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                boolean inRef = reachable(ref, i, j);
                boolean inNew = reachable(fast, i, j);
                String where = String.format(Locale.ROOT, "%s: row %d, column %d", label, i, j);
                if (inRef != inNew) {
                    assertTrue(onEdge(ref, i, j), where + ": reachable in one table only, away from the envelope's edge");
                    if (inRef) {
                        onlyRef++;
                    } else {
                        onlyNew++;
                    }
                    continue;
                }
                if (!inRef) {
                    continue;
                }
                double tRef = ref.nodeTimeS(i, j);
                double tNew = fast.nodeTimeS(i, j);
                if (cellTimeTol[i][j] == Double.POSITIVE_INFINITY) {
                    unbounded++;
                }
                // The grid stores floats: each value is rounded by up to half an ulp.
                assertWithin(tRef, tNew, cellTimeTol[i][j] + Math.ulp((float) tRef), where + ", time");
                assertWithin(ref.nodeSpeedMps(i, j), fast.nodeSpeedMps(i, j),
                        cellSpeedTol[i][j] + Math.ulp((float) ref.nodeSpeedMps(i, j)), where + ", speed");
                assertWithin(ref.nodePathAngleRad(i, j), fast.nodePathAngleRad(i, j),
                        cellAngleTol[i][j] + Math.ulp((float) ref.nodePathAngleRad(i, j)), where + ", path angle");
                differences.add(Math.abs(tNew - tRef));
                worstSpeedMps = Math.max(worstSpeedMps, Math.abs(fast.nodeSpeedMps(i, j) - ref.nodeSpeedMps(i, j)));
                worstAngleRad = Math.max(worstAngleRad, Math.abs(fast.nodePathAngleRad(i, j)
                        - ref.nodePathAngleRad(i, j)));
            }
        }
        double[] sorted = differences.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "[reach-table method] %s: %d cells in both, time difference max %.4f s, "
                        + "p99 %.5f s; speed max %.3f m/s, path angle max %.1e rad; reachable only in the reference %d, "
                        + "only in the new table %d (all on the edge); %d cells with an unbounded tolerance%n", label,
                sorted.length, sorted[sorted.length - 1], sorted[(int) Math.floor(0.99 * (sorted.length - 1))],
                worstSpeedMps, worstAngleRad, onlyRef, onlyNew, unbounded);
        assertTrue(unbounded <= 5, label + ": cells with an unbounded tolerance " + unbounded);
    }

    private static void assertWithin(double expected, double actual, double tolerance, String what) {
        assertTrue(Math.abs(actual - expected) <= tolerance, what + ": reference " + expected + ", new " + actual
                + ", difference " + Math.abs(actual - expected) + " > tolerance " + tolerance);
    }

    private static boolean reachable(ReachTable t, int i, int j) {
        return i >= 0 && j >= 0 && i <= ReachTable.ROWS && j <= ReachTable.COLUMNS
                && t.nodeTimeS(i, j) != Double.POSITIVE_INFINITY;
    }

    /** Whether a cell of a table has a neighbour (8-neighbourhood) of the other reachability. */
    private static boolean onEdge(ReachTable t, int i, int j) {
        boolean here = reachable(t, i, j);
        for (int di = -1; di <= 1; di++) {
            for (int dj = -1; dj <= 1; dj++) {
                int a = i + di;
                int b = j + dj;
                if (a >= 0 && b >= 0 && a <= ReachTable.ROWS && b <= ReachTable.COLUMNS && reachable(t, a, b) != here) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Tolerances of each fly-out's column crossings, indexed [fly-out][column] (NaN where the
     * reference does not cross): {@link #JOIN_ESTIMATE_FACTOR} times the reference's join error
     * u (1 - u) ds^2 |f''| / 2, with f'' the larger second divided difference at the chord's two
     * nodes, plus {@link #POSITION_ALLOWANCE_M} along the path and across it, converted by the chord's
     * slope df/ds; the speed also takes up the integration's speed error and
     * FlyOut.COAST_MAX_DRAG_DV_MPS (the new method takes it from the drag-free energy in coast steps),
     * and the path angle, asin(climb rate / speed) there, the errors of climb rate and speed
     * carried through the arcsine, (d climb + sin(gamma) dv) / (v cos(gamma)).
     */
    private static final class Tolerances {
        final double[][] altitudeM = nanGrid();
        final double[][] timeS = nanGrid();
        final double[][] speedMps = nanGrid();
        final double[][] pathAngleRad = nanGrid();

        private static double[][] nanGrid() {
            double[][] g = new double[ReachTable.FAN_SIZE][ReachTable.COLUMNS + 1];
            for (double[] row : g) {
                Arrays.fill(row, Double.NaN);
            }
            return g;
        }

        static Tolerances of(FlyOutPath[] fan, double rangeStepM) {
            Tolerances tol = new Tolerances();
            for (int k = 0; k < fan.length; k++) {
                FlyOutPath p = fan[k];
                for (int q = 0; q + 1 < p.size; q++) {
                    double s0 = p.rangeM[q];
                    double s1 = p.rangeM[q + 1];
                    if (!(s1 > s0)) {
                        continue;
                    }
                    double ds = s1 - s0;
                    for (int j = Math.max(0, (int) Math.ceil(s0 / rangeStepM));
                         j <= ReachTable.COLUMNS && j * rangeStepM < s1; j++) {
                        if (!Double.isNaN(tol.altitudeM[k][j])) {
                            continue;
                        }
                        double u = (j * rangeStepM - s0) / ds;
                        double join = JOIN_ESTIMATE_FACTOR * 0.5 * u * (1 - u) * ds * ds;
                        double slopeH = Math.abs(p.altitudeM[q + 1] - p.altitudeM[q]) / ds;
                        tol.altitudeM[k][j] = join * secondDerivative(p, p.altitudeM, q)
                                + POSITION_ALLOWANCE_M * (1 + slopeH);
                        tol.timeS[k][j] = join * secondDerivative(p, p.tS, q)
                                + POSITION_ALLOWANCE_M * Math.abs(p.tS[q + 1] - p.tS[q]) / ds;
                        tol.speedMps[k][j] = join * secondDerivative(p, p.speedMps, q)
                                + POSITION_ALLOWANCE_M * Math.abs(p.speedMps[q + 1] - p.speedMps[q]) / ds
                                + COAST_SPEED_TOLERANCE_MPS + FlyOut.COAST_MAX_DRAG_DV_MPS;
                        // The new method takes the angle from climb rate / speed in coast steps.
                        double gamma = p.pathAngleRad[q] + u * (p.pathAngleRad[q + 1] - p.pathAngleRad[q]);
                        double speed = p.speedMps[q] + u * (p.speedMps[q + 1] - p.speedMps[q]);
                        tol.pathAngleRad[k][j] = join * secondDerivative(p, p.pathAngleRad, q)
                                + POSITION_ALLOWANCE_M * Math.abs(p.pathAngleRad[q + 1] - p.pathAngleRad[q]) / ds
                                + (CLIMB_RATE_ERROR_MPS + COAST_SPEED_TOLERANCE_MPS + Math.abs(Math.sin(gamma))
                                * (COAST_SPEED_TOLERANCE_MPS + FlyOut.COAST_MAX_DRAG_DV_MPS))
                                / (speed * Math.abs(Math.cos(gamma)));
                    }
                }
            }
            return tol;
        }

        /** The larger |second divided difference| of f over ground range at nodes q and q + 1. */
        private static double secondDerivative(FlyOutPath p, double[] f, int q) {
            return Math.max(divided(p, f, q), divided(p, f, q + 1));
        }

        private static double divided(FlyOutPath p, double[] f, int q) {
            if (q <= 0 || q + 1 >= p.size) {
                return 0.0;
            }
            double[] s = p.rangeM;
            if (!(s[q + 1] > s[q] && s[q] > s[q - 1])) {
                return 0.0;
            }
            double before = (f[q] - f[q - 1]) / (s[q] - s[q - 1]);
            double after = (f[q + 1] - f[q]) / (s[q + 1] - s[q]);
            return Math.abs(2 * (after - before) / (s[q + 1] - s[q - 1]));
        }
    }

    /**
     * The traced fly-outs' density table against the 1976 standard itself: within a quarter spacing
     * times the largest jump of d ln(rho) / dh, the tropopause's 6.5e-3 K/m over 216.65 K (3.0e-5 /m):
     * 7.5e-5; exactly the model above the table.
     */
    @Test
    void tracedDensityFollowsTheAtmosphere() {
        FlyOut flyOut = new FlyOut(SM3_IIA, UsStandardAtmosphere1976.INSTANCE);
        double worst = 0;
        for (double h = 0; h < 1_100_000; h += 1.37) {
            double model = UsStandardAtmosphere1976.INSTANCE.densityKgPerM3(h);
            double traced = flyOut.tracedDensityKgPerM3(h);
            if (h >= TabulatedAtmosphere.TOP_M) {
                assertEquals(model, traced, 0.0, "above the table, at " + h + " m");
            } else {
                worst = Math.max(worst, Math.abs(traced / model - 1));
            }
        }
        assertTrue(worst <= 0.25 * TabulatedAtmosphere.STEP_M * 6.5e-3 / 216.65, "worst relative error " + worst);
    }

    /**
     * Sectors built at once on several threads (each under its own lock) are the sectors built one
     * after the other.
     */
    @Test
    void sectorsBuiltConcurrentlyAreTheSequentialOnes() throws Exception {
        RotatingReach sequential = new RotatingReach(SM3_IB, UsStandardAtmosphere1976.INSTANCE, DEVESELU_LATITUDE_RAD,
                OMEGA_RAD_PER_S);
        RotatingReach concurrent = new RotatingReach(SM3_IB, UsStandardAtmosphere1976.INSTANCE, DEVESELU_LATITUDE_RAD,
                OMEGA_RAD_PER_S);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Double>> looks = new ArrayList<>();
            for (int n = 0; n < 2 * RotatingReach.SECTORS; n++) {
                double azimuth = (n % RotatingReach.SECTORS) * 2 * Math.PI / RotatingReach.SECTORS;
                looks.add(pool.submit(() -> concurrent.minTimeS(600_000, 200_000, azimuth)));
            }
            for (Future<Double> look : looks) {
                look.get();
            }
        } finally {
            pool.shutdown();
        }
        for (int sector = 0; sector < RotatingReach.SECTORS; sector++) {
            double azimuth = (sector + 0.37) * 2 * Math.PI / RotatingReach.SECTORS;
            for (double s = 100_000; s <= 1_100_000; s += 250_000) {
                for (double h = 80_000; h <= 480_000; h += 100_000) {
                    assertEquals(sequential.minTimeS(s, h, azimuth), concurrent.minTimeS(s, h, azimuth), 0.0,
                            "sector " + sector + ", " + s + " m, " + h + " m");
                }
            }
        }
    }
}
