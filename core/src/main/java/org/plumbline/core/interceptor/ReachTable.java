package org.plumbline.core.interceptor;

import java.util.Arrays;

import org.plumbline.core.earth.Atmosphere;

/**
 * The minimum time an interceptor needs to reach a point given by ground range from its site and
 * altitude, tabulated once per interceptor type from a fan of {@link FlyOut}s.
 *
 * <h2>Construction</h2>
 * {@link #FAN_SIZE} fly-outs at launch elevations spread evenly from 1 deg to 90 deg are traced
 * to the interceptor's maximum flight time, the ground, or the point where they descend beyond the
 * declared maximum range: RK4 at {@link FlyOut#STEP_S} during the burn and in the air, and steps of
 * up to {@link FlyOut#COAST_STEP_S} in the coast where the drag is negligible. Each crosses every
 * range column of the grid at most once (its ground range grows monotonically); the crossing is
 * found on the cubic Hermite interpolants of ground range and altitude in time between integration
 * nodes (their rates are known at the nodes); over a coast step the speed follows from the energy
 * and the flight-path angle from the climb rate, over a fixed step both are interpolated linearly in
 * range. At a column, neighbouring fly-outs bracket an altitude interval, across which the time is
 * interpolated linearly, and the grid keeps the least time over all brackets. Cells no bracket
 * covers are unreachable. Points on the descending branch of a fly-out count (an interceptor may
 * meet a target while falling).
 *
 * <p>Against the construction it replaced ({@link Method#FIXED_STEP_LINEAR}, 0.5 s throughout and
 * straight joins, kept as the reference) the least times agree to 0.7 ms at the 99th percentile of
 * the cells and to 0.02 s at worst, where neighbouring fly-outs cross a column at nearly the same
 * altitude and the straight joins' 0.3 m is magnified; no cell changes reachability; the build is
 * 4 to 6 times faster for the SM-3s and the GBI, 1.7 times for THAAD, whose fly-outs are mostly
 * burn (ReachTableMethodTest; docs/physics.md section 8, docs/performance.md).
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
    /** Tolerance of the column crossings on the Hermite interpolant, m of ground range. */
    private static final double CROSSING_TOLERANCE_M = 1e-6;

    /** How the fan of fly-outs is integrated and joined to the grid's columns. */
    enum Method {
        /**
         * The reference: every fly-out integrated with {@link FlyOut#STEP_S} throughout, to the
         * maximum flight time or the ground, and joined linearly between nodes (the construction up
         * to November 2026).
         */
        FIXED_STEP_LINEAR,
        /**
         * Steps of up to {@link FlyOut#COAST_STEP_S} in the coast where the drag is negligible, the
         * density below 120 km from a table, fly-outs stopped once they descend beyond the declared
         * maximum range, cubic Hermite joins of range and altitude (the default).
         */
        COAST_STEP_HERMITE
    }

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
    /** Least times over blocks of nodes, derived from timeS on the first bound query (not part of the construction). */
    private volatile MinPyramid pyramid;

    /** Builds the table over a non-rotating Earth (about 10-20 ms). */
    public ReachTable(Interceptor interceptor, Atmosphere atmosphere) {
        this(new FlyOut(interceptor, atmosphere), Double.NaN, 0.0, 0.0, Method.COAST_STEP_HERMITE);
    }

    /**
     * Builds the table of fly-outs launched toward one azimuth from a site at a latitude on an Earth
     * rotating at omegaRadPerS; with a NaN latitude, over a non-rotating Earth in the plane.
     */
    public ReachTable(Interceptor interceptor, Atmosphere atmosphere, double siteLatitudeRad, double azimuthRad,
                      double omegaRadPerS) {
        this(new FlyOut(interceptor, atmosphere), siteLatitudeRad, azimuthRad, omegaRadPerS,
                Method.COAST_STEP_HERMITE);
    }

    /** As the public constructors, from a calibrated fly-out model (shareable) and with a chosen method. */
    ReachTable(FlyOut flyOut, double siteLatitudeRad, double azimuthRad, double omegaRadPerS, Method method) {
        this(flyOut, siteLatitudeRad, azimuthRad, omegaRadPerS, method, SharedWork.SERIAL);
    }

    /**
     * As above, with the build's index loops (the fly-outs, their column crossings, the columns) run
     * by loop: {@link SharedWork}'s, so that threads waiting for the table help build it. Every index
     * writes only its own slots, so the table is the same for any loop.
     */
    ReachTable(FlyOut flyOut, double siteLatitudeRad, double azimuthRad, double omegaRadPerS, Method method,
               SharedWork.Loop loop) {
        this(flyOut.interceptor(), fan(flyOut, siteLatitudeRad, azimuthRad, omegaRadPerS, method, loop), method,
                loop);
    }

    /** The table of a traced fan (see {@link #fan}) joined to the grid by method. */
    ReachTable(Interceptor interceptor, FlyOutPath[] fan, Method method) {
        this(interceptor, fan, method, SharedWork.SERIAL);
    }

    private ReachTable(Interceptor interceptor, FlyOutPath[] fan, Method method, SharedWork.Loop loop) {
        this.interceptor = interceptor;
        // Envelope extent from the fly-outs themselves, capped by the declared limits.
        double[] extent = extent(fan, method);
        maxRangeM = Math.max(1.0, Math.min(extent[0], interceptor.maxRangeM()));
        maxAltitudeM = Math.max(1.0, Math.min(extent[1], interceptor.maxInterceptAltitudeM()));
        rangeStepM = maxRangeM / COLUMNS;
        altitudeStepM = maxAltitudeM / ROWS;
        Crossings crossings = Crossings.of(fan, rangeStepM, method, loop);
        double[][] colAlt = crossings.altitudeM;
        double[][] colTime = crossings.timeS;
        double[][] colSpeed = crossings.speedMps;
        double[][] colAngle = crossings.pathAngleRad;
        // Filled a column at a time, so column-major ([column * (ROWS + 1) + row]) while filling and
        // transposed at the end: a fifth of the filling time.
        int cells = (ROWS + 1) * (COLUMNS + 1);
        float[] time = new float[cells];
        float[] speed = new float[cells];
        float[] angle = new float[cells];
        Arrays.fill(time, Float.POSITIVE_INFINITY);
        double altitudeStepM = this.altitudeStepM;
        loop.forEach(COLUMNS + 1, j -> {
            for (int k = 0; k + 1 < fan.length; k++) {
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
                    int idx = j * (ROWS + 1) + i;
                    if (t < time[idx]) {
                        time[idx] = (float) t;
                        speed[idx] = (float) (colSpeed[k][j] + f * (colSpeed[k + 1][j] - colSpeed[k][j]));
                        angle[idx] = (float) (colAngle[k][j] + f * (colAngle[k + 1][j] - colAngle[k][j]));
                    }
                }
            }
        });
        timeS = new float[cells];
        speedMps = new float[cells];
        pathAngleRad = new float[cells];
        for (int j = 0; j <= COLUMNS; j++) {
            for (int i = 0; i <= ROWS; i++) {
                int from = j * (ROWS + 1) + i;
                int to = i * (COLUMNS + 1) + j;
                timeS[to] = time[from];
                speedMps[to] = speed[from];
                pathAngleRad[to] = angle[from];
            }
        }
    }

    /** Launch elevation (rad) of fan member k: 1 deg to 90 deg in equal steps. */
    static double elevationRad(int k) {
        return Math.toRadians(1.0 + 89.0 * k / (FAN_SIZE - 1));
    }

    /**
     * The fan of {@link #FAN_SIZE} fly-outs toward one azimuth from a site at a latitude on an Earth
     * rotating at omegaRadPerS (with a NaN latitude: in the plane, not rotating), traced by method.
     */
    static FlyOutPath[] fan(FlyOut flyOut, double siteLatitudeRad, double azimuthRad, double omegaRadPerS,
                            Method method) {
        return fan(flyOut, siteLatitudeRad, azimuthRad, omegaRadPerS, method, SharedWork.SERIAL);
    }

    /** One growable buffer per thread for the traces, each kept as a trimmed copy. */
    private static final ThreadLocal<FlyOutPath> TRACE_BUFFER = ThreadLocal.withInitial(() -> new FlyOutPath(4096));

    private static FlyOutPath[] fan(FlyOut flyOut, double siteLatitudeRad, double azimuthRad, double omegaRadPerS,
                                    Method method, SharedWork.Loop loop) {
        Interceptor interceptor = flyOut.interceptor();
        boolean rotating = !Double.isNaN(siteLatitudeRad);
        double tMax = interceptor.maxFlightTimeS();
        FlyOutPath[] fan = new FlyOutPath[FAN_SIZE];
        loop.forEach(FAN_SIZE, k -> {
            double elevation = elevationRad(k);
            if (method == Method.COAST_STEP_HERMITE) {
                FlyOutPath buffer = TRACE_BUFFER.get();
                if (rotating) {
                    flyOut.traceRotating(siteLatitudeRad, azimuthRad, omegaRadPerS, elevation, tMax,
                            FlyOut.COAST_STEP_S, interceptor.maxRangeM(), buffer);
                } else {
                    flyOut.tracePlane(elevation, tMax, FlyOut.COAST_STEP_S, interceptor.maxRangeM(), buffer);
                }
                fan[k] = buffer.trimmedCopy();
            } else {
                // The reference keeps the original integration and arithmetic (the public fixed-step
                // fly-outs through their Sink); it needs no rates.
                FlyOutPath path = new FlyOutPath((int) Math.ceil(tMax / FlyOut.STEP_S) + 16);
                FlyOut.Sink sink = (t, s, h, v, g) -> {
                    path.add(t, s, h, 0.0, 0.0, v, g);
                    return true;
                };
                if (rotating) {
                    flyOut.integrateOverRotatingEarth(siteLatitudeRad, azimuthRad, omegaRadPerS, elevation, tMax,
                            sink);
                } else {
                    flyOut.integrate(elevation, FlyOut.launchState(elevation), tMax, sink);
                }
                fan[k] = path;
            }
        });
        return fan;
    }

    /**
     * The fan's largest ground range and altitude (m): over the nodes, and with the Hermite method
     * also at each fly-out's highest point between nodes.
     */
    static double[] extent(FlyOutPath[] fan, Method method) {
        double rangeM = 0;
        double altitudeM = 0;
        for (FlyOutPath path : fan) {
            for (int p = 0; p < path.size; p++) {
                rangeM = Math.max(rangeM, path.rangeM[p]);
                altitudeM = Math.max(altitudeM, path.altitudeM[p]);
                if (method == Method.COAST_STEP_HERMITE && p + 1 < path.size && path.climbRateMps[p] > 0
                        && path.climbRateMps[p + 1] <= 0) {
                    altitudeM = Math.max(altitudeM, highestPoint(path, p));
                }
            }
        }
        return new double[] {rangeM, altitudeM};
    }

    /**
     * Where each fly-out of a fan first crosses each range column j (ground range j times the column
     * step, j = 0 to {@link #COLUMNS}): altitude (m), time (s), Earth-relative speed (m/s) and
     * flight-path angle (rad), indexed [fly-out][column]; NaN where the fly-out does not reach the
     * column. Column 0 takes the launch point for fly-outs that do not pass over the site.
     */
    static final class Crossings {
        final double[][] altitudeM;
        final double[][] timeS;
        final double[][] speedMps;
        final double[][] pathAngleRad;

        private Crossings(int fan) {
            altitudeM = new double[fan][COLUMNS + 1];
            timeS = new double[fan][COLUMNS + 1];
            speedMps = new double[fan][COLUMNS + 1];
            pathAngleRad = new double[fan][COLUMNS + 1];
        }

        static Crossings of(FlyOutPath[] fan, double rangeStepM, Method method) {
            return of(fan, rangeStepM, method, SharedWork.SERIAL);
        }

        static Crossings of(FlyOutPath[] fan, double rangeStepM, Method method, SharedWork.Loop loop) {
            boolean hermite = method == Method.COAST_STEP_HERMITE;
            Crossings c = new Crossings(fan.length);
            loop.forEach(fan.length, k -> {
                double[] alt = c.altitudeM[k];
                double[] time = c.timeS[k];
                double[] speed = c.speedMps[k];
                double[] angle = c.pathAngleRad[k];
                Arrays.fill(alt, Double.NaN);
                Arrays.fill(time, Double.NaN);
                FlyOutPath path = fan[k];
                double[] rs = path.rangeM;
                for (int p = 0; p + 1 < path.size; p++) {
                    double s0 = rs[p];
                    double s1 = rs[p + 1];
                    if (!(s1 > s0)) {
                        continue;
                    }
                    int j0 = (int) Math.ceil(s0 / rangeStepM);
                    for (int j = Math.max(0, j0); j <= COLUMNS && j * rangeStepM < s1; j++) {
                        if (Double.isNaN(alt[j])) {
                            if (hermite) {
                                crossHermite(path, p, j * rangeStepM, alt, time, speed, angle, j);
                            } else {
                                crossLinear(path, p, j * rangeStepM, alt, time, speed, angle, j);
                            }
                        }
                    }
                }
                // Column 0: the vertical and near-vertical shots pass over the site.
                if (Double.isNaN(alt[0]) && path.size > 0) {
                    alt[0] = path.altitudeM[0];
                    time[0] = path.tS[0];
                    speed[0] = path.speedMps[0];
                    angle[0] = path.pathAngleAt(0);
                }
            });
            return c;
        }
    }

    /** The crossing of ground range s between nodes p and p + 1, interpolated linearly in range. */
    private static void crossLinear(FlyOutPath path, int p, double s, double[] alt, double[] time, double[] speed,
                                    double[] angle, int j) {
        double s0 = path.rangeM[p];
        double u = (s - s0) / (path.rangeM[p + 1] - s0);
        alt[j] = path.altitudeM[p] + u * (path.altitudeM[p + 1] - path.altitudeM[p]);
        time[j] = path.tS[p] + u * (path.tS[p + 1] - path.tS[p]);
        speed[j] = path.speedMps[p] + u * (path.speedMps[p + 1] - path.speedMps[p]);
        angle[j] = path.pathAngleRad[p] + u * (path.pathAngleRad[p + 1] - path.pathAngleRad[p]);
    }

    /**
     * The crossing of ground range s (with range(p) &lt; s &lt;= range(p + 1)) on the cubic Hermite
     * interpolants in time of range and altitude between nodes p and p + 1: the time by Newton's
     * method safeguarded by bisection, the altitude there; speed and flight-path angle from the energy
     * and the climb rate over a coast step, else linearly in range. The interpolation error is
     * h^4 / 384 times the fourth time derivative (about g n^2 = 1.5e-5 m/s^4 on a Kepler arc near the
     * ground): 3 mm over a {@link FlyOut#COAST_STEP_S} coast step, a micrometre over a fixed one.
     */
    private static void crossHermite(FlyOutPath path, int p, double s, double[] alt, double[] time, double[] speed,
                                     double[] angle, int j) {
        double dt = path.tS[p + 1] - path.tS[p];
        double s0 = path.rangeM[p];
        double s1 = path.rangeM[p + 1];
        double a1 = dt * path.rangeRateMps[p];
        double b1 = dt * path.rangeRateMps[p + 1];
        double a2 = 3 * (s1 - s0) - 2 * a1 - b1;
        double a3 = -2 * (s1 - s0) + a1 + b1;
        double lo = 0;
        double hi = 1;
        double u = (s - s0) / (s1 - s0);
        for (int it = 0; it < 30; it++) {
            double f = s0 + u * (a1 + u * (a2 + u * a3)) - s;
            if (Math.abs(f) <= CROSSING_TOLERANCE_M) {
                break;
            }
            if (f < 0) {
                lo = u;
            } else {
                hi = u;
            }
            double d = a1 + u * (2 * a2 + u * 3 * a3);
            double next = u - f / d;
            u = next > lo && next < hi ? next : 0.5 * (lo + hi);
        }
        double h0 = path.altitudeM[p];
        double h1 = path.altitudeM[p + 1];
        double c1 = dt * path.climbRateMps[p];
        double d1 = dt * path.climbRateMps[p + 1];
        double c2 = 3 * (h1 - h0) - 2 * c1 - d1;
        double c3 = -2 * (h1 - h0) + c1 + d1;
        double h = h0 + u * (c1 + u * (c2 + u * c3));
        alt[j] = h;
        time[j] = path.tS[p] + u * dt;
        if (dt > FlyOut.STEP_S * 1.5) {
            // A coast step, where drag changes the speed by at most FlyOut.COAST_MAX_DRAG_DV_MPS: the
            // speed from the energy of the drag-free coast in the Earth-fixed frame (the Jacobi
            // integral v^2 / 2 - mu / r - omega^2 d^2 / 2, d the distance from the Earth's axis,
            // interpolated like the altitude), carried from either node and blended; the
            // flight-path angle from the climb rate, the derivative of the Hermite altitude.
            double r = FlyOut.EARTH_RADIUS_M + h;
            double omega2 = path.omegaRadPerS * path.omegaRadPerS;
            double d2 = 0.0;
            if (omega2 > 0) {
                double q0 = path.axisDistanceSquaredM2[p];
                double q1 = path.axisDistanceSquaredM2[p + 1];
                double e1 = dt * path.axisDistanceSquaredRateM2PerS[p];
                double f1 = dt * path.axisDistanceSquaredRateM2PerS[p + 1];
                d2 = q0 + u * (e1 + u * ((3 * (q1 - q0) - 2 * e1 - f1) + u * (-2 * (q1 - q0) + e1 + f1)));
            }
            double v0 = path.speedMps[p];
            double v1 = path.speedMps[p + 1];
            double fromStart = v0 * v0 + 2 * FlyOut.MU * (1 / r - 1 / (FlyOut.EARTH_RADIUS_M + h0))
                    + omega2 * (d2 - path.axisDistanceSquaredM2[p]);
            double fromEnd = v1 * v1 + 2 * FlyOut.MU * (1 / r - 1 / (FlyOut.EARTH_RADIUS_M + h1))
                    + omega2 * (d2 - path.axisDistanceSquaredM2[p + 1]);
            double v = Math.sqrt(Math.max(0.0, (1 - u) * fromStart + u * fromEnd));
            double climb = (c1 + u * (2 * c2 + u * 3 * c3)) / dt;
            speed[j] = v;
            angle[j] = v > 0 ? pathAngleRad(climb, v) : Math.PI / 2;
        } else {
            // Linear in ground range, as the fixed-step construction: in hard deceleration low in
            // the air the speed is far closer to linear in range (dv/ds = -rho v / (2 beta)) than in
            // time. The path angle through its sine (one arcsine per crossing, not per node).
            double w = (s - s0) / (s1 - s0);
            speed[j] = path.speedMps[p] + w * (path.speedMps[p + 1] - path.speedMps[p]);
            double sine = path.pathAngleRad[p] + w * (path.pathAngleRad[p + 1] - path.pathAngleRad[p]);
            angle[j] = path.sinePathAngle ? pathAngleRad(sine, 1.0) : sine;
        }
    }

    /**
     * The flight-path angle (rad) whose sine is climb / speed (speed &gt; 0), +-pi/2 when |climb| &ge;
     * speed: asin(climb / speed) as atan2(climb, sqrt((speed - climb)(speed + climb))), within 3 ulps
     * of it where |climb| &le; 0.99 speed and nearer the true angle close to +-pi/2, where the
     * quotient's rounding moves the arcsine (ReachTableTest), at a quarter of the cost: Java 17's asin
     * is fdlibm's, whose square root is computed in software (about 130 ns a call against 35 ns, under
     * C1 and C2 alike). The tables keep the angle as a float (no float of 10 million random angles
     * differed between the two).
     */
    static double pathAngleRad(double climb, double speed) {
        return Math.atan2(climb, Math.sqrt(Math.max(0.0, (speed - climb) * (speed + climb))));
    }

    /**
     * The highest altitude (m) of the cubic Hermite interpolant between nodes p and p + 1, where the
     * climb rate changes sign from positive to negative or zero.
     */
    static double highestPoint(FlyOutPath path, int p) {
        double dt = path.tS[p + 1] - path.tS[p];
        double h0 = path.altitudeM[p];
        double h1 = path.altitudeM[p + 1];
        double c1 = dt * path.climbRateMps[p];
        double d1 = dt * path.climbRateMps[p + 1];
        double c2 = 3 * (h1 - h0) - 2 * c1 - d1;
        double c3 = -2 * (h1 - h0) + c1 + d1;
        // Root in (0, 1] of c1 + 2 c2 u + 3 c3 u^2, where the derivative goes from c1 > 0 to d1 <= 0.
        double lo = 0;
        double hi = 1;
        for (int it = 0; it < 60; it++) {
            double mid = 0.5 * (lo + hi);
            if (c1 + mid * (2 * c2 + mid * 3 * c3) > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double u = 0.5 * (lo + hi);
        return Math.max(Math.max(h0, h1), h0 + u * (c1 + u * (c2 + u * c3)));
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
     * A lower bound (s) of {@link #minTimeS(double, double)} over ground ranges [rangeLoM, rangeHiM]
     * and altitudes [altitudeLoM, altitudeHiM] (any azimuth: the table has one): no point of the box
     * has a least time below it; +infinity when no point of the box is reachable.
     *
     * <p>Why it holds. A lookup at (s, h) reads the four nodes of cell (i(h), j(s)), with
     * j(s) = min(floor(s / rangeStep), COLUMNS - 1) and i(h) alike; both are non-decreasing (a
     * division by a positive constant and the floor are monotone under rounding), so every point of
     * the box, clipped to the table's limits (outside them the answer is +infinity), reads a cell in
     * rows i(altitudeLo)..i(altitudeHi) and columns j(rangeLo)..j(rangeHi), that is nodes in rows
     * i(altitudeLo)..i(altitudeHi) + 1 and columns j(rangeLo)..j(rangeHi) + 1. A lookup is +infinity
     * when a node of its cell is, NaN when one is NaN, and otherwise the bilinear form with weights
     * 1 - u, u, 1 - w, w, where u, w are in [0, 1] except at the table's far edges (s or h at its
     * maximum, rounded up by the division), where they exceed 1 by at most 2^-44. So its exact value
     * is at least the least of its four nodes minus 2^-42 M, M the largest finite |node|, and its
     * rounding error (three products and three sums, each within 2^-53 of the exact) is below
     * 2^-49 M. The answer is therefore at least m - 10^-12 M, m the least finite node of the node
     * rectangle; this returns m - {@link #lookupSlackS()}, where the slack 10^-9 (1 + M) is a thousand
     * times that. m is taken as the least value over blocks of nodes that cover the rectangle (a level
     * of {@link MinPyramid}): a minimum over more nodes is no larger.
     */
    @Override
    public double minTimeLowerBoundS(double rangeLoM, double rangeHiM, double altitudeLoM, double altitudeHiM,
                                     double azimuthRad, double azimuthHalfWidthRad) {
        double m = leastNodeTimeS(rangeLoM, rangeHiM, altitudeLoM, altitudeHiM);
        return m == Double.POSITIVE_INFINITY ? m : m - lookupSlackS();
    }

    /**
     * The least finite node time (s) of blocks of nodes that cover the nodes lookups in the box read
     * (see {@link #minTimeLowerBoundS}); +infinity when no point of the box is inside
     * the table's limits or none of those nodes is finite (NaN nodes are passed over: a lookup that
     * reads one answers NaN, which is below nothing).
     */
    double leastNodeTimeS(double rangeLoM, double rangeHiM, double altitudeLoM, double altitudeHiM) {
        double sLo = Math.max(rangeLoM, 0.0);
        double sHi = Math.min(rangeHiM, maxRangeM);
        double hLo = Math.max(altitudeLoM, 0.0);
        double hHi = Math.min(altitudeHiM, maxAltitudeM);
        if (!(sLo <= sHi && hLo <= hHi)) {
            return Double.POSITIVE_INFINITY;
        }
        int j0 = Math.min((int) (sLo / rangeStepM), COLUMNS - 1);
        int j1 = Math.min((int) (sHi / rangeStepM), COLUMNS - 1);
        int i0 = Math.min((int) (hLo / altitudeStepM), ROWS - 1);
        int i1 = Math.min((int) (hHi / altitudeStepM), ROWS - 1);
        // Even for a few cells the pyramid's at most 16 blocks are quicker than the nodes themselves,
        // looser bounds notwithstanding (EngagementBenchmark: 4.1 against 4.9 us with the nodes of
        // boxes up to 48 nodes read directly).
        return minPyramid().least(i0, i1, j0, j1);
    }

    /**
     * 10^-9 (1 + M) s, M the largest finite |node time|: at least a thousand times the most by which a
     * lookup, or a convex combination of two lookups rounded once more, can fall below the least of
     * the nodes it reads (see {@link #minTimeLowerBoundS}).
     */
    double lookupSlackS() {
        return minPyramid().slackS;
    }

    private MinPyramid minPyramid() {
        MinPyramid p = pyramid;
        if (p == null) {
            // Built from the finished table on the first bound query (a benign race: two threads
            // build the same values).
            p = new MinPyramid(timeS);
            pyramid = p;
        }
        return p;
    }

    /**
     * Least finite node times over square blocks of the grid: at level L (1 to 8) block (r, c) holds
     * the least finite time of the nodes in rows r 2^L..(r + 1) 2^L and columns c 2^L..(c + 1) 2^L
     * (clipped to the grid; neighbouring blocks share their border nodes), so the blocks holding the
     * cells i0..i1 x j0..j1 cover all their corner nodes. About 64 KB per table.
     */
    private static final class MinPyramid {
        /** levels[L - 1][r * columns(L) + c]. */
        final float[][] levels;
        final double slackS;

        MinPyramid(float[] timeS) {
            float largest = 0f;
            for (float t : timeS) {
                if (Math.abs(t) < Float.POSITIVE_INFINITY && Math.abs(t) > largest) {
                    largest = Math.abs(t);
                }
            }
            slackS = 1e-9 * (1.0 + largest);
            int count = 0;
            for (int size = 2; size < 2 * Math.max(ROWS, COLUMNS); size *= 2) {
                count++;
            }
            levels = new float[count][];
            int rows = blocks(ROWS, 1);
            int cols = blocks(COLUMNS, 1);
            float[] first = new float[rows * cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    float m = Float.POSITIVE_INFINITY;
                    for (int i = 2 * r; i <= Math.min(ROWS, 2 * r + 2); i++) {
                        for (int j = 2 * c; j <= Math.min(COLUMNS, 2 * c + 2); j++) {
                            float t = timeS[i * (COLUMNS + 1) + j];
                            if (t < m) {
                                m = t;
                            }
                        }
                    }
                    first[r * cols + c] = m;
                }
            }
            levels[0] = first;
            for (int level = 2; level <= count; level++) {
                int childRows = rows;
                int childCols = cols;
                float[] child = levels[level - 2];
                rows = blocks(ROWS, level);
                cols = blocks(COLUMNS, level);
                float[] parent = new float[rows * cols];
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        float m = Float.POSITIVE_INFINITY;
                        for (int cr = 2 * r; cr <= Math.min(childRows - 1, 2 * r + 1); cr++) {
                            for (int cc = 2 * c; cc <= Math.min(childCols - 1, 2 * c + 1); cc++) {
                                float t = child[cr * childCols + cc];
                                if (t < m) {
                                    m = t;
                                }
                            }
                        }
                        parent[r * cols + c] = m;
                    }
                }
                levels[level - 1] = parent;
            }
        }

        /** Blocks of 2^level cells along an axis of the given number of cells. */
        private static int blocks(int cells, int level) {
            return (cells + (1 << level) - 1) >> level;
        }

        /** The least value over the blocks of the smallest level that holds the cells in at most 4 x 4 blocks. */
        float least(int i0, int i1, int j0, int j1) {
            int level = 1;
            while ((i1 >> level) - (i0 >> level) > 3 || (j1 >> level) - (j0 >> level) > 3) {
                level++;
            }
            int cols = blocks(COLUMNS, level);
            float[] blocks = levels[level - 1];
            float m = Float.POSITIVE_INFINITY;
            for (int r = i0 >> level; r <= i1 >> level; r++) {
                for (int c = j0 >> level; c <= j1 >> level; c++) {
                    float t = blocks[r * cols + c];
                    if (t < m) {
                        m = t;
                    }
                }
            }
            return m;
        }
    }

    /** Least time (s) at a grid node (row of altitude, column of ground range); +infinity when unreachable. */
    double nodeTimeS(int row, int column) {
        return timeS[row * (COLUMNS + 1) + column];
    }

    /** Arrival speed (m/s) at a reachable grid node. */
    double nodeSpeedMps(int row, int column) {
        return speedMps[row * (COLUMNS + 1) + column];
    }

    /** Arrival flight-path angle (rad) at a reachable grid node. */
    double nodePathAngleRad(int row, int column) {
        return pathAngleRad[row * (COLUMNS + 1) + column];
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
