package org.plumbline.core.interceptor;

import java.util.Arrays;

import org.plumbline.core.earth.Atmosphere;

/**
 * The minimum time an interceptor needs to reach a point given by ground range from its site and
 * altitude, tabulated once per interceptor type from a fan of {@link FlyOut}s.
 *
 * <h2>Construction</h2>
 * {@link #FAN_SIZE} fly-outs at launch elevations spread evenly from 1 deg to 90 deg are integrated
 * to the interceptor's maximum flight time. Each crosses every range column of the grid at most
 * once (its ground range grows monotonically); at a column, neighbouring fly-outs bracket an
 * altitude interval, across which the time is interpolated linearly, and the grid keeps the least
 * time over all brackets. Cells no bracket covers are unreachable. Points on the descending branch
 * of a fly-out count (an interceptor may meet a target while falling).
 *
 * <h2>Lookup</h2>
 * Bilinear interpolation within a cell whose four corners are reachable; otherwise the nearest
 * reachable corner is not used and the point is unreachable (conservative at the edge of the
 * envelope, by at most one cell). The interpolation error against direct integration is tested.
 *
 * <p>Immutable and thread-safe after construction. Units: m, s.
 */
public final class ReachTable implements InterceptorReach {
    /** Number of fly-outs in the fan. */
    public static final int FAN_SIZE = 180;
    /** Grid columns (ground range) and rows (altitude). */
    public static final int COLUMNS = 240;
    public static final int ROWS = 200;

    private final Interceptor interceptor;
    private final double rangeStepM;
    private final double altitudeStepM;
    private final double maxRangeM;
    private final double maxAltitudeM;
    /** Least time, s, at [row * (COLUMNS + 1) + column]; +infinity when unreachable. */
    private final float[] timeS;
    /** Speed (m/s) and flight-path angle (rad) on arrival along that least-time fly-out. */
    private final float[] speedMps;
    private final float[] pathAngleRad;

    /** Builds the table over a non-rotating Earth (about 50-150 ms). */
    public ReachTable(Interceptor interceptor, Atmosphere atmosphere) {
        this(interceptor, atmosphere, Double.NaN, 0.0, 0.0);
    }

    /**
     * Builds the table of fly-outs launched toward one azimuth from a site at a latitude on an Earth
     * rotating at omegaRadPerS; with a NaN latitude, over a non-rotating Earth in the plane.
     */
    public ReachTable(Interceptor interceptor, Atmosphere atmosphere, double siteLatitudeRad, double azimuthRad,
                      double omegaRadPerS) {
        this.interceptor = interceptor;
        FlyOut flyOut = new FlyOut(interceptor, atmosphere);
        boolean rotating = !Double.isNaN(siteLatitudeRad);
        double tMax = interceptor.maxFlightTimeS();
        // Envelope extent from the fly-outs themselves, capped by the declared limits.
        double[] extent = new double[2];
        int fan = FAN_SIZE;
        double[][] ranges = new double[fan][];
        double[][] altitudes = new double[fan][];
        double[][] times = new double[fan][];
        double[][] speeds = new double[fan][];
        double[][] angles = new double[fan][];
        int[] counts = new int[fan];
        for (int k = 0; k < fan; k++) {
            double elevation = Math.toRadians(1.0 + 89.0 * k / (fan - 1));
            int cap = (int) Math.ceil(tMax / FlyOut.STEP_S) + 16;
            double[] rs = new double[cap];
            double[] hs = new double[cap];
            double[] ts = new double[cap];
            double[] vs = new double[cap];
            double[] gs = new double[cap];
            int[] n = {0};
            FlyOut.Sink sink = (t, s, h, v, g) -> {
                if (n[0] == rs.length) {
                    return false;
                }
                rs[n[0]] = s;
                hs[n[0]] = h;
                ts[n[0]] = t;
                vs[n[0]] = v;
                gs[n[0]] = g;
                n[0]++;
                extent[0] = Math.max(extent[0], s);
                extent[1] = Math.max(extent[1], h);
                return true;
            };
            if (rotating) {
                flyOut.integrateOverRotatingEarth(siteLatitudeRad, azimuthRad, omegaRadPerS, elevation, tMax, sink);
            } else {
                flyOut.integrate(elevation, FlyOut.launchState(elevation), tMax, sink);
            }
            ranges[k] = rs;
            altitudes[k] = hs;
            times[k] = ts;
            speeds[k] = vs;
            angles[k] = gs;
            counts[k] = n[0];
        }
        maxRangeM = Math.max(1.0, Math.min(extent[0], interceptor.maxRangeM()));
        maxAltitudeM = Math.max(1.0, Math.min(extent[1], interceptor.maxInterceptAltitudeM()));
        rangeStepM = maxRangeM / COLUMNS;
        altitudeStepM = maxAltitudeM / ROWS;
        timeS = new float[(ROWS + 1) * (COLUMNS + 1)];
        speedMps = new float[timeS.length];
        pathAngleRad = new float[timeS.length];
        Arrays.fill(timeS, Float.POSITIVE_INFINITY);
        // Crossing of each fly-out with each column: altitude and time (NaN when it does not reach it).
        double[][] colAlt = new double[fan][COLUMNS + 1];
        double[][] colTime = new double[fan][COLUMNS + 1];
        double[][] colSpeed = new double[fan][COLUMNS + 1];
        double[][] colAngle = new double[fan][COLUMNS + 1];
        for (int k = 0; k < fan; k++) {
            Arrays.fill(colAlt[k], Double.NaN);
            Arrays.fill(colTime[k], Double.NaN);
            double[] rs = ranges[k];
            for (int p = 0; p + 1 < counts[k]; p++) {
                double s0 = rs[p];
                double s1 = rs[p + 1];
                if (!(s1 > s0)) {
                    continue;
                }
                int j0 = (int) Math.ceil(s0 / rangeStepM);
                for (int j = Math.max(0, j0); j <= COLUMNS && j * rangeStepM < s1; j++) {
                    double u = (j * rangeStepM - s0) / (s1 - s0);
                    if (Double.isNaN(colAlt[k][j])) {
                        colAlt[k][j] = altitudes[k][p] + u * (altitudes[k][p + 1] - altitudes[k][p]);
                        colTime[k][j] = times[k][p] + u * (times[k][p + 1] - times[k][p]);
                        colSpeed[k][j] = speeds[k][p] + u * (speeds[k][p + 1] - speeds[k][p]);
                        colAngle[k][j] = angles[k][p] + u * (angles[k][p + 1] - angles[k][p]);
                    }
                }
            }
        }
        // Column 0: the vertical and near-vertical shots pass over the site.
        for (int k = 0; k < fan; k++) {
            if (Double.isNaN(colAlt[k][0]) && counts[k] > 0) {
                colAlt[k][0] = altitudes[k][0];
                colTime[k][0] = times[k][0];
                colSpeed[k][0] = speeds[k][0];
                colAngle[k][0] = angles[k][0];
            }
        }
        for (int j = 0; j <= COLUMNS; j++) {
            for (int k = 0; k + 1 < fan; k++) {
                double h0 = colAlt[k][j];
                double h1 = colAlt[k + 1][j];
                if (Double.isNaN(h0) || Double.isNaN(h1)) {
                    continue;
                }
                double t0 = colTime[k][j];
                double t1 = colTime[k + 1][j];
                double lo = Math.min(h0, h1);
                double hi = Math.max(h0, h1);
                int i0 = Math.max(0, (int) Math.ceil(lo / altitudeStepM));
                int i1 = Math.min(ROWS, (int) Math.floor(hi / altitudeStepM));
                for (int i = i0; i <= i1; i++) {
                    double h = i * altitudeStepM;
                    double f = hi == lo ? (t0 <= t1 ? 0.0 : 1.0) : (h - h0) / (h1 - h0);
                    double t = t0 + f * (t1 - t0);
                    int idx = i * (COLUMNS + 1) + j;
                    if (t < timeS[idx]) {
                        timeS[idx] = (float) t;
                        speedMps[idx] = (float) (colSpeed[k][j] + f * (colSpeed[k + 1][j] - colSpeed[k][j]));
                        pathAngleRad[idx] = (float) (colAngle[k][j] + f * (colAngle[k + 1][j] - colAngle[k][j]));
                    }
                }
            }
        }
    }

    @Override
    public Interceptor interceptor() {
        return interceptor;
    }

    /** Largest tabulated ground range, m. */
    public double maxRangeM() {
        return maxRangeM;
    }

    /** Largest tabulated altitude, m. */
    public double maxAltitudeM() {
        return maxAltitudeM;
    }

    /**
     * Least fly-out time (s) to a point at groundRangeM from the site and altitudeM, or +infinity
     * when the point is outside the envelope (or outside the declared range and altitude limits).
     */
    @Override
    public boolean dependsOnAzimuth() {
        return false;
    }

    /** As {@link #minTimeS(double, double)}: the table was built for one azimuth. */
    @Override
    public double minTimeS(double groundRangeM, double altitudeM, double azimuthRad) {
        return minTimeS(groundRangeM, altitudeM);
    }

    @Override
    public double[] arrival(double groundRangeM, double altitudeM, double azimuthRad) {
        return arrival(groundRangeM, altitudeM);
    }

    public double minTimeS(double groundRangeM, double altitudeM) {
        if (groundRangeM < 0 || groundRangeM > maxRangeM || altitudeM < 0 || altitudeM > maxAltitudeM) {
            return Double.POSITIVE_INFINITY;
        }
        double x = groundRangeM / rangeStepM;
        double z = altitudeM / altitudeStepM;
        int j = Math.min((int) x, COLUMNS - 1);
        int i = Math.min((int) z, ROWS - 1);
        double u = x - j;
        double w = z - i;
        int a = i * (COLUMNS + 1) + j;
        int b = a + COLUMNS + 1;
        double t00 = timeS[a];
        double t01 = timeS[a + 1];
        double t10 = timeS[b];
        double t11 = timeS[b + 1];
        if (t00 == Double.POSITIVE_INFINITY || t01 == Double.POSITIVE_INFINITY || t10 == Double.POSITIVE_INFINITY
                || t11 == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        return (1 - w) * ((1 - u) * t00 + u * t01) + w * ((1 - u) * t10 + u * t11);
    }

    /**
     * Speed (m/s) and flight-path angle above the local horizontal (rad) of the least-time fly-out on
     * arrival at a reachable point (nearest grid node; callers check {@link #minTimeS} first).
     */
    public double[] arrival(double groundRangeM, double altitudeM) {
        int j = (int) Math.min(COLUMNS, Math.max(0, Math.round(groundRangeM / rangeStepM)));
        int i = (int) Math.min(ROWS, Math.max(0, Math.round(altitudeM / altitudeStepM)));
        int idx = i * (COLUMNS + 1) + j;
        return new double[] {speedMps[idx], pathAngleRad[idx]};
    }
}
