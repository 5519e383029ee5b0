package org.plumbline.core.interceptor;

import org.plumbline.core.earth.Atmosphere;
import org.plumbline.core.earth.TabulatedAtmosphere;

import static org.plumbline.core.math.Checks.checkInRange;

/**
 * Kinematic fly-outs of an interceptor: a thrust program that reaches the declared burnout speed,
 * integrated in the vertical plane over a spherical Earth with gravity and drag.
 *
 * <h2>Model</h2>
 * <ul>
 * <li>Frame: the plane of fire, polar coordinates (r, theta) about the Earth's centre (radius
 *     {@link #EARTH_RADIUS_M}, point-mass gravity). The site's motion with the rotating Earth and
 *     the Coriolis drift during the fly-out are not modelled: a guided interceptor steers them out at
 *     a small cost in speed (see docs/physics.md, interceptors).</li>
 * <li>Thrust: stages of equal velocity increment, burning back to back over the burn time with
 *     durations in the ratios {@link #STAGE_FRACTIONS}; the thrust acceleration is constant within a
 *     stage. The total ideal velocity increment is scaled so that the speed at burnout, in air, on
 *     a fly-out at {@link #CALIBRATION_ELEVATION_RAD} equals the declared burnout speed (gravity and
 *     drag losses made up).</li>
 * <li>Steering: the thrust is held at the launch elevation angle for {@link #HOLD_S}, then follows
 *     the air-relative velocity (gravity turn). A fan of launch elevations spans the reachable space.</li>
 * <li>Drag: 0.5 rho v^2 / beta with ballistic coefficient {@link #BALLISTIC_COEFFICIENT_KG_PER_M2}
 *     [ASSUMPTION: an SM-3-class missile of about 1.5 t, 0.34 m diameter and Cd about 0.3 has about 50,000 kg/m^2 at launch, falling as it burns; 20,000 is a middle value], U.S. Standard Atmosphere 1976.</li>
 * </ul>
 * Integration: classical RK4 with step {@link #STEP_S}, the nodes aligned with the end of the hold and
 * of every stage. The public {@link #integrate} and {@link #integrateOverRotatingEarth} keep that
 * step throughout; the reach tables trace fly-outs with steps of up to {@link #COAST_STEP_S} in the
 * coast after burnout where the drag is negligible, see {@link #tracePlane}.
 *
 * <p>Immutable after construction and thread-safe: one fly-out model may serve several tables
 * built at once.
 */
public final class FlyOut {
    /** Earth radius of the fly-out model (mean radius), m. */
    public static final double EARTH_RADIUS_M = 6_371_000.0;
    /** Gravitational parameter, m^3/s^2 (WGS84). */
    public static final double MU = 3.986004418e14;
    /** Duration of the initial fixed-elevation thrust, s [ASSUMPTION: a short pitch-over after leaving the launcher]. */
    public static final double HOLD_S = 4.0;
    /** Integration step during the burn and in the atmosphere, s. */
    public static final double STEP_S = 0.5;
    /**
     * Longest integration step of the coast, s: after burnout, where the drag is negligible (see
     * {@link #COAST_MAX_DRAG_DV_MPS}), the fly-out feels gravity (and, in the Earth-fixed frame, the
     * Coriolis and centrifugal accelerations) only. RK4's local error on a Kepler arc is about
     * r (n h)^5 / 120 with n = sqrt(mu / r^3) &lt;= 1.25e-3 /s: 2e-4 m per 16 s step near the
     * ground, less higher up. A multiple of {@link #STEP_S}, as every coast step is, so the coarse
     * nodes are nodes of the fixed-step integration too and a fly-out that descends into the air
     * again goes on with the same nodes. Measured against the same fly-outs at {@link #STEP_S}
     * throughout, at their common nodes: positions within 3 cm after 20 minutes (4 cm for an 8 km/s
     * interceptor), speeds above the dense air within 4e-5 m/s (ReachTableMethodTest).
     */
    static final double COAST_STEP_S = 16.0;
    /**
     * Largest turn of the flight path per coast step, rad: the step is shortened (to a multiple of
     * {@link #STEP_S}) to 0.1 v / g where the Earth-relative speed v is low, near the apogee of steep
     * fly-outs, so that the cubic interpolation of range and altitude between nodes (and the climb
     * rate, hence the flight-path angle, taken from it) follows the turning path there as closely as
     * elsewhere.
     */
    static final double COAST_MAX_TURN_RAD = 0.1;
    /**
     * Largest change of speed by drag over a coast step, m/s: a step longer than {@link #STEP_S} is
     * taken only where the drag deceleration, at the lowest point of the step, times the step stays
     * below this; the speed at a column within the step, taken from the energy of the drag-free coast,
     * errs by at most this. With the 1976 standard and {@link #BALLISTIC_COEFFICIENT_KG_PER_M2} steps
     * longer than {@link #STEP_S} start near 95 km at 6 km/s and 85 km at 2 km/s, the full 16 s near
     * 113 and 100 km.
     */
    static final double COAST_MAX_DRAG_DV_MPS = 1e-3;
    /**
     * Largest estimated error of RK4 on the drag over a coast step, m/s: the drag's change of speed
     * times Simpson's relative error on a density growing exponentially over the step (see
     * {@link #simpsonError}). Over the ten or so steps of a fly-out where it binds, at most 1e-5 m/s,
     * 1.2 cm after 20 minutes. (Bounding the change of speed alone, RK4's overshoot on a density that
     * grows a hundredfold within a step moved fly-outs by 2e-3 m/s.)
     */
    static final double COAST_MAX_DRAG_ERROR_MPS = 1e-6;
    /**
     * Lowest predicted altitude at the end of a coast step, m: near the ground the fixed step
     * resumes (whatever the air), so that the last node above the ground is the fixed-step one.
     */
    static final double COAST_FLOOR_M = 1_000.0;
    /*
     * The traced fly-outs ({@link #tracePlane}, {@link #traceRotating}) read the density below
     * TabulatedAtmosphere.TOP_M from the atmosphere's table (TabulatedAtmosphere: its error analysis
     * there): the 1976 standard's layer formulas cost a power or an exponential per call, and the
     * table makes a table build 15 % faster. A fly-out crossing the tropopause at 9 m/s^2 of drag gains
     * about 0.06 mm/s from the table's error there (1.4 mm/s with a 50 m spacing, which moved steep
     * fly-outs by a metre after 15 minutes). The public fixed-step fly-outs and the calibration use
     * the atmosphere itself.
     */
    /** How a fly-out's drag gets the air density. */
    private static final int AIR_NONE = 0;
    private static final int AIR_MODEL = 1;
    private static final int AIR_TABLE = 2;
    /** Interceptor ballistic coefficient m/(Cd A), kg/m^2 [ASSUMPTION]. */
    public static final double BALLISTIC_COEFFICIENT_KG_PER_M2 = 20_000.0;
    /** Burn-time fractions of 1, 2 and 3 stages [ASSUMPTION: short, hard first stage]. */
    static final double[][] STAGE_FRACTIONS = {{1.0}, {0.4, 0.6}, {0.2, 0.4, 0.4}};

    private final Interceptor interceptor;
    private final Atmosphere atmosphere;
    private final double[] stageEndS;
    /** End of the last stage, s. */
    private final double burnoutS;
    private final double[] stageAccelerationMps2;
    private final double idealDeltaVMps;
    /** The atmosphere's table, which the traced fly-outs read. */
    private final Atmosphere tabulated;
    /**
     * Launch elevation of the fly-out on which the declared burnout speed is reached in air: 60 deg, a
     * steep shot typical of exo-atmospheric intercepts [ASSUMPTION]; steeper and moderately shallower
     * fly-outs stay within 5 % of the declared speed (45 to 90 deg), a 30 deg shot burns out about
     * 11 % slower (tested).
     */
    public static final double CALIBRATION_ELEVATION_RAD = Math.toRadians(60.0);
    /** Largest ideal velocity increment considered, m/s. */
    static final double MAX_IDEAL_DELTA_V_MPS = 30_000.0;

    /** The fly-out model of an interceptor, with its thrust scaled to the declared burnout speed. */
    public FlyOut(Interceptor interceptor, Atmosphere atmosphere) {
        this.interceptor = interceptor;
        this.atmosphere = atmosphere;
        double[] fractions = STAGE_FRACTIONS[interceptor.stages() - 1];
        stageEndS = new double[fractions.length];
        double t = 0;
        for (int i = 0; i < fractions.length; i++) {
            t += fractions[i] * interceptor.burnTimeS();
            stageEndS[i] = t;
        }
        burnoutS = t;
        stageAccelerationMps2 = new double[fractions.length];
        tabulated = TabulatedAtmosphere.of(atmosphere);
        // The ideal velocity increment that gives the declared burnout speed, in air, on a fly-out at
        // CALIBRATION_ELEVATION (gravity and drag losses made up). Bracketed, then Brent: the speed
        // grows with the increment.
        double target = interceptor.burnoutSpeedMps();
        double lo = target;
        double fLo = burnoutSpeed(lo) - target;
        double hi = lo;
        double fHi = fLo;
        for (int i = 0; i < 60 && fHi < 0; i++) {
            lo = hi;
            fLo = fHi;
            hi = Math.min(MAX_IDEAL_DELTA_V_MPS, hi * 1.25 + 100.0);
            fHi = burnoutSpeed(hi) - target;
            if (hi == MAX_IDEAL_DELTA_V_MPS) {
                break;
            }
        }
        if (fHi < 0) {
            // The reach tables build their fly-outs from the unnamed interceptor (Interceptor.unnamed).
            String which = interceptor.id().isEmpty() ? "an interceptor" : "interceptor " + interceptor.id();
            throw new IllegalArgumentException(which + ": no thrust program of up to "
                    + MAX_IDEAL_DELTA_V_MPS + " m/s reaches the burnout speed " + target + " m/s in "
                    + interceptor.burnTimeS() + " s");
        }
        double dv = fLo >= 0 ? lo : org.plumbline.core.math.Brent.root(x -> burnoutSpeed(x) - target, lo, fLo, hi,
                fHi, 1e-6 * target, 100);
        setIdealDeltaV(dv);
        idealDeltaVMps = dv;
    }

    private double burnoutSpeed(double idealDeltaV) {
        setIdealDeltaV(idealDeltaV);
        double[] y = launchState(CALIBRATION_ELEVATION_RAD);
        integrate(CALIBRATION_ELEVATION_RAD, y, interceptor.burnTimeS(), null);
        return Math.hypot(y[2], y[3]);
    }

    /** Speed at burnout (m/s) of a fly-out at a launch elevation (rad) with drag switched off: the calibration. */
    public double vacuumBurnoutSpeedMps(double elevationRad) {
        double[] y = launchState(elevationRad);
        run(y, interceptor.burnTimeS(), STEP_S, new Shot(elevationRad, 0.0, 0.0, null, AIR_NONE, null, null, 0.0));
        return Math.hypot(y[2], y[3]);
    }

    /** The ideal velocity increment of the thrust program, m/s. */
    public double idealDeltaVMps() {
        return idealDeltaVMps;
    }

    private void setIdealDeltaV(double dv) {
        checkInRange("idealDeltaV", dv, "m/s", 1.0, MAX_IDEAL_DELTA_V_MPS);
        double[] fractions = STAGE_FRACTIONS[interceptor.stages() - 1];
        double perStage = dv / fractions.length;
        for (int i = 0; i < fractions.length; i++) {
            stageAccelerationMps2[i] = perStage / (fractions[i] * interceptor.burnTimeS());
        }
    }

    public Interceptor interceptor() {
        return interceptor;
    }

    /** State {x, z, vx, vz} in the plane (x along the ground at launch, z up), m and m/s, at rest. */
    static double[] launchState(double elevationRad) {
        return new double[] {0.0, EARTH_RADIUS_M, 0.0, 0.0};
    }

    /** Receives the fly-out's points: time (s), ground range (m), altitude (m), speed (m/s), flight-path angle. */
    public interface Sink {
        /** Returns false to stop the integration. */
        boolean accept(double tS, double groundRangeM, double altitudeM, double speedMps, double pathAngleRad);
    }

    /**
     * Integrates a fly-out at a launch elevation (rad, in (0, pi/2]) from the state y (updated in
     * place) until tEndS or the ground, reporting each step to sink (may be null).
     */
    public void integrate(double elevationRad, double[] y, double tEndS, Sink sink) {
        run(y, tEndS, STEP_S, new Shot(elevationRad, 0.0, 0.0, null, AIR_MODEL, sink, null, 0.0));
    }

    /**
     * Traces a plane fly-out at a launch elevation (rad) from the launch state until tEndS, the
     * ground, or the first node after burnout at which it descends beyond stopRangeM, recording
     * every integration node in path. With coastStepS = {@link #STEP_S} the nodes are those of
     * {@link #integrate}; with {@link #COAST_STEP_S} the coast takes longer steps where the drag is
     * negligible ({@link #coastStep}), on the same 0.5 s lattice.
     */
    void tracePlane(double elevationRad, double tEndS, double coastStepS, double stopRangeM, FlyOutPath path) {
        path.clear(0.0);
        run(launchState(elevationRad), tEndS, coastStepS,
                new Shot(elevationRad, 0.0, 0.0, null, AIR_TABLE, null, path, stopRangeM));
    }

    /** As {@link #tracePlane}, over the rotating Earth as in {@link #integrateOverRotatingEarth}. */
    void traceRotating(double siteLatitudeRad, double azimuthRad, double omegaRadPerS, double elevationRad,
                       double tEndS, double coastStepS, double stopRangeM, FlyOutPath path) {
        path.clear(omegaRadPerS);
        double[] site = siteUnitVector(siteLatitudeRad);
        runRotatingTrace(rotatingLaunchState(siteLatitudeRad, omegaRadPerS), tEndS, coastStepS,
                new Shot(elevationRad, azimuthRad, omegaRadPerS, site, AIR_TABLE, null, path, stopRangeM));
    }

    /** {@link #traceRotating} by {@link #run} itself: the reference its written-out loop is tested against. */
    void traceRotatingReference(double siteLatitudeRad, double azimuthRad, double omegaRadPerS, double elevationRad,
                                double tEndS, double coastStepS, double stopRangeM, FlyOutPath path) {
        path.clear(omegaRadPerS);
        double[] site = siteUnitVector(siteLatitudeRad);
        run(rotatingLaunchState(siteLatitudeRad, omegaRadPerS), tEndS, coastStepS,
                new Shot(elevationRad, azimuthRad, omegaRadPerS, site, AIR_TABLE, null, path, stopRangeM));
    }

    /**
     * The fixed parameters of one fly-out: planar when site is null, else over the rotating Earth.
     * Plain fields rather than lambdas keep the integrator's calls monomorphic (lambdas made the
     * table build 60 % slower).
     */
    private static final class Shot {
        final double ce;
        final double se;
        final double sa;
        final double ca;
        final double omega;
        final double[] site;
        /** {@link #AIR_MODEL}, {@link #AIR_TABLE} or, for {@link #vacuumBurnoutSpeedMps}, {@link #AIR_NONE}. */
        final int air;
        final Sink sink;
        /** Where the nodes go when tracing (then sink is null). */
        final FlyOutPath path;
        final double stopRangeM;

        Shot(double elevationRad, double azimuthRad, double omega, double[] site, int air, Sink sink,
             FlyOutPath path, double stopRangeM) {
            this.ce = Math.cos(elevationRad);
            this.se = Math.sin(elevationRad);
            this.sa = Math.sin(azimuthRad);
            this.ca = Math.cos(azimuthRad);
            this.omega = omega;
            this.site = site;
            this.air = air;
            this.sink = sink;
            this.path = path;
            this.stopRangeM = stopRangeM;
        }
    }

    private boolean report(Shot shot, double t, double[] y) {
        if (shot.path != null) {
            if (shot.site == null) {
                recordPlane(shot.path, t, y);
            } else {
                recordRotating(shot.path, t, y, shot.site, shot.omega);
            }
            int last = shot.path.size - 1;
            // Past the table's range and descending after burnout: the fly-out crosses no further
            // range column (the ground range only grows until the antipode) and has passed its
            // highest point, so the rest of it changes nothing in the table.
            return !(t >= burnoutS && shot.path.rangeM[last] > shot.stopRangeM && shot.path.climbRateMps[last] < 0);
        }
        if (shot.sink == null) {
            return true;
        }
        return shot.site == null ? report(shot.sink, t, y) : reportRotating(shot.sink, t, y, shot.site, shot.omega);
    }

    private void derivative(Shot shot, double[] y, double[] dy, int phase, boolean hold) {
        if (shot.site == null) {
            derivative(y, dy, phase, hold, shot.ce, shot.se, shot.air);
        } else {
            derivative3(y, dy, phase, hold, shot.ce, shot.se, shot.sa, shot.ca, shot.omega, shot.air);
        }
    }

    /**
     * RK4 from t = 0 to tEndS: {@link #STEP_S}, cut at the end of the hold and of each stage; after
     * burnout, with coastStepS &gt; {@link #STEP_S}, the steps of {@link #coastStep}.
     */
    private void run(double[] y, double tEndS, double coastStepS, Shot shot) {
        int n = y.length;
        double[] k1 = new double[n];
        double[] k2 = new double[n];
        double[] k3 = new double[n];
        double[] k4 = new double[n];
        double[] tmp = new double[n];
        double t = 0;
        if (!report(shot, t, y)) {
            return;
        }
        boolean coast = coastStepS > STEP_S;
        while (t < tEndS - 1e-9) {
            double step = STEP_S;
            if (coast && t >= burnoutS - 1e-9) {
                step = coastStep(y, shot.omega, coastStepS);
                if (step < 0) {
                    // Descending into air too thick for a longer step: it only thickens on the way
                    // down (the drag stays above the terminal fall's g), so keep the fixed step.
                    coast = false;
                    step = STEP_S;
                }
            }
            double h = Math.min(step, tEndS - t);
            for (double b : stageEndS) {
                if (b > t + 1e-9 && b < t + h) {
                    h = b - t;
                }
            }
            if (HOLD_S > t + 1e-9 && HOLD_S < t + h) {
                h = HOLD_S - t;
            }
            double mid = t + 0.5 * h;
            int phase = phaseAt(mid);
            boolean hold = mid < HOLD_S;
            derivative(shot, y, k1, phase, hold);
            for (int i = 0; i < n; i++) {
                tmp[i] = y[i] + 0.5 * h * k1[i];
            }
            derivative(shot, tmp, k2, phase, hold);
            for (int i = 0; i < n; i++) {
                tmp[i] = y[i] + 0.5 * h * k2[i];
            }
            derivative(shot, tmp, k3, phase, hold);
            for (int i = 0; i < n; i++) {
                tmp[i] = y[i] + h * k3[i];
            }
            derivative(shot, tmp, k4, phase, hold);
            for (int i = 0; i < n; i++) {
                y[i] += h / 6.0 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
            t += h;
            double r2 = 0;
            for (int i = 0; i < n / 2; i++) {
                r2 += y[i] * y[i];
            }
            if (Math.sqrt(r2) < EARTH_RADIUS_M - 1.0 && t > HOLD_S) {
                return;
            }
            if (!report(shot, t, y)) {
                return;
            }
        }
    }

    /**
     * {@link #run} written out for the traced fly-outs over the rotating Earth (a reach table's fans,
     * most of its build): the state and the four stages of each RK4 step in local variables instead
     * of arrays, and the stages' velocity halves read from the states they are taken at instead of
     * copied. The same operations in the same order, so the same nodes to the bit (FlyOutTraceTest
     * compares every node with {@link #traceRotatingReference}).
     */
    private void runRotatingTrace(double[] y, double tEndS, double coastStepS, Shot shot) {
        double ce = shot.ce;
        double se = shot.se;
        double sa = shot.sa;
        double ca = shot.ca;
        double omega = shot.omega;
        int air = shot.air;
        double[] a = new double[3];
        double t = 0;
        if (!report(shot, t, y)) {
            return;
        }
        double x0 = y[0];
        double x1 = y[1];
        double x2 = y[2];
        double x3 = y[3];
        double x4 = y[4];
        double x5 = y[5];
        boolean coast = coastStepS > STEP_S;
        while (t < tEndS - 1e-9) {
            double step = STEP_S;
            if (coast && t >= burnoutS - 1e-9) {
                step = coastStep(y, omega, coastStepS);
                if (step < 0) {
                    coast = false;
                    step = STEP_S;
                }
            }
            double h = Math.min(step, tEndS - t);
            for (double b : stageEndS) {
                if (b > t + 1e-9 && b < t + h) {
                    h = b - t;
                }
            }
            if (HOLD_S > t + 1e-9 && HOLD_S < t + h) {
                h = HOLD_S - t;
            }
            double mid = t + 0.5 * h;
            int phase = phaseAt(mid);
            boolean hold = mid < HOLD_S;
            double hh = 0.5 * h;
            // k1 = (x3, x4, x5, a1); the state at the first midpoint is p.
            acceleration3(x0, x1, x2, x3, x4, x5, phase, hold, ce, se, sa, ca, omega, air, a, 0);
            double a1x = a[0];
            double a1y = a[1];
            double a1z = a[2];
            double p0 = x0 + hh * x3;
            double p1 = x1 + hh * x4;
            double p2 = x2 + hh * x5;
            double p3 = x3 + hh * a1x;
            double p4 = x4 + hh * a1y;
            double p5 = x5 + hh * a1z;
            // k2 = (p3, p4, p5, a2); the state at the second midpoint is q.
            acceleration3(p0, p1, p2, p3, p4, p5, phase, hold, ce, se, sa, ca, omega, air, a, 0);
            double a2x = a[0];
            double a2y = a[1];
            double a2z = a[2];
            double q0 = x0 + hh * p3;
            double q1 = x1 + hh * p4;
            double q2 = x2 + hh * p5;
            double q3 = x3 + hh * a2x;
            double q4 = x4 + hh * a2y;
            double q5 = x5 + hh * a2z;
            // k3 = (q3, q4, q5, a3); the state at the end is e.
            acceleration3(q0, q1, q2, q3, q4, q5, phase, hold, ce, se, sa, ca, omega, air, a, 0);
            double a3x = a[0];
            double a3y = a[1];
            double a3z = a[2];
            double e0 = x0 + h * q3;
            double e1 = x1 + h * q4;
            double e2 = x2 + h * q5;
            double e3 = x3 + h * a3x;
            double e4 = x4 + h * a3y;
            double e5 = x5 + h * a3z;
            // k4 = (e3, e4, e5, a4).
            acceleration3(e0, e1, e2, e3, e4, e5, phase, hold, ce, se, sa, ca, omega, air, a, 0);
            double w = h / 6.0;
            x0 += w * (x3 + 2 * p3 + 2 * q3 + e3);
            x1 += w * (x4 + 2 * p4 + 2 * q4 + e4);
            x2 += w * (x5 + 2 * p5 + 2 * q5 + e5);
            x3 += w * (a1x + 2 * a2x + 2 * a3x + a[0]);
            x4 += w * (a1y + 2 * a2y + 2 * a3y + a[1]);
            x5 += w * (a1z + 2 * a2z + 2 * a3z + a[2]);
            y[0] = x0;
            y[1] = x1;
            y[2] = x2;
            y[3] = x3;
            y[4] = x4;
            y[5] = x5;
            t += h;
            double r2 = x0 * x0 + x1 * x1 + x2 * x2;
            if (Math.sqrt(r2) < EARTH_RADIUS_M - 1.0 && t > HOLD_S) {
                return;
            }
            if (!report(shot, t, y)) {
                return;
            }
        }
    }

    /**
     * The step (s) of a fly-out after burnout in state y: the longest of coastStepS, its halves, ...
     * down to {@link #STEP_S} (all multiples of {@link #STEP_S}) that turns the path by at most
     * {@link #COAST_MAX_TURN_RAD}, over which drag changes the speed by at most
     * {@link #COAST_MAX_DRAG_DV_MPS} and RK4's error on the drag is at most
     * {@link #COAST_MAX_DRAG_ERROR_MPS}, and which ends above {@link #COAST_FLOOR_M} (from the
     * altitude predicted with the climb rate and gravity). Negative (-{@link #STEP_S}) when the
     * fly-out descends where even two fixed steps would exceed the drag bound.
     */
    private double coastStep(double[] y, double omega, double coastStepS) {
        int half = y.length / 2;
        double r2 = 0;
        double rv = 0;
        for (int i = 0; i < half; i++) {
            r2 += y[i] * y[i];
            rv += y[i] * y[half + i];
        }
        // Earth-relative speed (the inertial speed in the plane model, which does not rotate).
        double w2;
        if (half == 3) {
            double wx = y[3] + omega * y[1];
            double wy = y[4] - omega * y[0];
            w2 = wx * wx + wy * wy + y[5] * y[5];
        } else {
            w2 = y[2] * y[2] + y[3] * y[3];
        }
        double g = MU / r2;
        double step = Math.min(coastStepS, Math.floor(COAST_MAX_TURN_RAD * Math.sqrt(w2) / g / STEP_S) * STEP_S);
        if (step <= STEP_S) {
            return STEP_S;
        }
        double r = Math.sqrt(r2);
        double altitude = r - EARTH_RADIUS_M;
        double climb = rv / r;
        // Drag deceleration per unit density, (m/s^2) / (kg/m^3).
        double dragPerDensity = 0.5 * w2 / BALLISTIC_COEFFICIENT_KG_PER_M2;
        double rhoHere = density(AIR_TABLE, altitude);
        if (dragPerDensity * rhoHere * 2 * STEP_S > COAST_MAX_DRAG_DV_MPS) {
            return climb < 0 ? -STEP_S : STEP_S;
        }
        for (; step > STEP_S; step = Math.floor(0.5 * step / STEP_S) * STEP_S) {
            double end = altitude + (climb - 0.5 * g * step) * step;
            if (end < COAST_FLOOR_M) {
                continue;
            }
            double rhoEnd = density(AIR_TABLE, end);
            double dragDv = dragPerDensity * Math.max(rhoHere, rhoEnd) * step;
            if (dragDv <= COAST_MAX_DRAG_DV_MPS && dragDv * simpsonError(rhoHere, rhoEnd) <= COAST_MAX_DRAG_ERROR_MPS) {
                return step;
            }
        }
        return STEP_S;
    }

    /**
     * Relative error of RK4 (Simpson's rule, for a forcing that depends on time only) on a drag
     * growing exponentially from density rho0 to rho1 over a step: x^4 / 2880 with x = ln(rho1 / rho0),
     * at most 1 (RK4 overshoots such a drag by 12 % at x = 5, 43 % at x = 8).
     */
    private static double simpsonError(double rho0, double rho1) {
        if (rho0 == rho1) {
            return 0.0;
        }
        if (!(rho0 > 0 && rho1 > 0)) {
            return 1.0;
        }
        double x = Math.log(rho1 / rho0);
        return Math.min(1.0, x * x * x * x / 2880.0);
    }

    /**
     * Integrates a fly-out over the rotating Earth, in the inertial frame that coincides with the
     * Earth-fixed one at launch: the site at (siteLatitudeRad, 0) moving with the Earth, thrust held
     * at the elevation toward the azimuth (clockwise from north) for {@link #HOLD_S}, then along the
     * air-relative velocity; gravity and drag as in the plane model. Each step is reported in the
     * Earth-fixed frame: ground range from the site, altitude, Earth-relative speed and flight-path
     * angle.
     */
    public void integrateOverRotatingEarth(double siteLatitudeRad, double azimuthRad, double omegaRadPerS,
                                           double elevationRad, double tEndS, Sink sink) {
        run(rotatingLaunchState(siteLatitudeRad, omegaRadPerS), tEndS, STEP_S,
                new Shot(elevationRad, azimuthRad, omegaRadPerS, siteUnitVector(siteLatitudeRad), AIR_MODEL, sink,
                        null, 0.0));
    }

    private static double[] siteUnitVector(double siteLatitudeRad) {
        return new double[] {Math.cos(siteLatitudeRad), 0.0, Math.sin(siteLatitudeRad)};
    }

    /** Inertial state {x, y, z, vx, vy, vz} of the site at launch, m and m/s. */
    private static double[] rotatingLaunchState(double siteLatitudeRad, double omegaRadPerS) {
        double cl = Math.cos(siteLatitudeRad);
        double sl = Math.sin(siteLatitudeRad);
        return new double[] {EARTH_RADIUS_M * cl, 0.0, EARTH_RADIUS_M * sl, 0.0, omegaRadPerS * EARTH_RADIUS_M * cl,
                0.0};
    }

    private static boolean reportRotating(Sink sink, double t, double[] y, double[] site, double omega) {
        double th = omega * t;
        double c = Math.cos(th);
        double sn = Math.sin(th);
        // Earth-fixed position and Earth-relative velocity (w = v - omega x r, then rotated by -omega t).
        double xe = c * y[0] + sn * y[1];
        double ye = -sn * y[0] + c * y[1];
        double ze = y[2];
        double wx = y[3] + omega * y[1];
        double wy = y[4] - omega * y[0];
        double wxe = c * wx + sn * wy;
        double wye = -sn * wx + c * wy;
        double wze = y[5];
        double r = Math.sqrt(xe * xe + ye * ye + ze * ze);
        double ux = xe / r;
        double uy = ye / r;
        double uz = ze / r;
        double cx = site[1] * uz - site[2] * uy;
        double cy = site[2] * ux - site[0] * uz;
        double cz = site[0] * uy - site[1] * ux;
        double ground = EARTH_RADIUS_M * Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz),
                site[0] * ux + site[1] * uy + site[2] * uz);
        double v = Math.sqrt(wxe * wxe + wye * wye + wze * wze);
        double radial = wxe * ux + wye * uy + wze * uz;
        double gamma = v > 0 ? Math.asin(Math.max(-1, Math.min(1, radial / v))) : Math.PI / 2;
        return sink.accept(t, ground, r - EARTH_RADIUS_M, v, gamma);
    }

    private void derivative3(double[] y, double[] dy, int phase, boolean hold, double ce, double se, double sa,
                             double ca, double omega, int air) {
        acceleration3(y[0], y[1], y[2], y[3], y[4], y[5], phase, hold, ce, se, sa, ca, omega, air, dy, 3);
        dy[0] = y[3];
        dy[1] = y[4];
        dy[2] = y[5];
    }

    /**
     * The acceleration (m/s^2) of a fly-out over the rotating Earth in the inertial state (x, yy, z,
     * vx, vy, vz), written to out[at], out[at + 1], out[at + 2]: gravity, thrust (held at the launch
     * elevation and azimuth, then along the air-relative velocity) and drag.
     */
    private void acceleration3(double x, double yy, double z, double vx, double vy, double vz, int phase,
                               boolean hold, double ce, double se, double sa, double ca, double omega, int air,
                               double[] out, int at) {
        double r2 = x * x + yy * yy + z * z;
        double r = Math.sqrt(r2);
        double g = MU / (r2 * r);
        double ax = -g * x;
        double ay = -g * yy;
        double az = -g * z;
        double wx = vx + omega * yy;
        double wy = vy - omega * x;
        double wz = vz;
        double w = Math.sqrt(wx * wx + wy * wy + wz * wz);
        if (phase >= 0) {
            double a = stageAccelerationMps2[phase];
            double tx;
            double ty;
            double tz;
            if (hold || w < 1.0) {
                double upx = x / r;
                double upy = yy / r;
                double upz = z / r;
                double rho = Math.sqrt(x * x + yy * yy);
                double ex = rho > 1.0 ? -yy / rho : 0.0;
                double ey = rho > 1.0 ? x / rho : 1.0;
                double nx = -upz * ey;
                double ny = upz * ex;
                double nz = upx * ey - upy * ex;
                tx = ce * (sa * ex + ca * nx) + se * upx;
                ty = ce * (sa * ey + ca * ny) + se * upy;
                tz = ce * (ca * nz) + se * upz;
            } else {
                tx = wx / w;
                ty = wy / w;
                tz = wz / w;
            }
            ax += a * tx;
            ay += a * ty;
            az += a * tz;
        }
        double rho = density(air, r - EARTH_RADIUS_M);
        if (rho > 0 && w > 0) {
            double k = 0.5 * rho * w / BALLISTIC_COEFFICIENT_KG_PER_M2;
            ax -= k * wx;
            ay -= k * wy;
            az -= k * wz;
        }
        out[at] = ax;
        out[at + 1] = ay;
        out[at + 2] = az;
    }

    private static boolean report(Sink sink, double t, double[] y) {
        double r = Math.hypot(y[0], y[1]);
        double theta = Math.atan2(y[0], y[1]);
        double v = Math.hypot(y[2], y[3]);
        double radial = (y[0] * y[2] + y[1] * y[3]) / r;
        double gamma = v > 0 ? Math.asin(Math.max(-1, Math.min(1, radial / v))) : Math.PI / 2;
        return sink.accept(t, EARTH_RADIUS_M * theta, r - EARTH_RADIUS_M, v, gamma);
    }

    /**
     * Records a node of a plane fly-out: the quantities of {@link #report} (with square roots for
     * Math.hypot, which costs several times more and is not needed: no component comes near overflow;
     * the sine of the flight-path angle, the arcsine being taken at the column crossings only), plus
     * the rates of ground range and altitude for Hermite interpolation.
     */
    private static void recordPlane(FlyOutPath path, double t, double[] y) {
        double r = Math.sqrt(y[0] * y[0] + y[1] * y[1]);
        double theta = Math.atan2(y[0], y[1]);
        double v = Math.sqrt(y[2] * y[2] + y[3] * y[3]);
        double radial = (y[0] * y[2] + y[1] * y[3]) / r;
        double sinGamma = v > 0 ? Math.max(-1, Math.min(1, radial / v)) : 1.0;
        // d(theta)/dt for theta = atan2(x, z).
        double rangeRate = EARTH_RADIUS_M * (y[1] * y[2] - y[0] * y[3]) / (r * r);
        path.add(t, EARTH_RADIUS_M * theta, r - EARTH_RADIUS_M, rangeRate, radial, v, sinGamma);
    }

    /**
     * Records a node of a fly-out over the rotating Earth: the quantities of {@link #reportRotating}
     * (the sine of the flight-path angle), plus the rates of ground range and altitude in the
     * Earth-fixed frame, and the squared distance from the Earth's axis with its rate.
     */
    private static void recordRotating(FlyOutPath path, double t, double[] y, double[] site, double omega) {
        double th = omega * t;
        double c = Math.cos(th);
        double sn = Math.sin(th);
        double xe = c * y[0] + sn * y[1];
        double ye = -sn * y[0] + c * y[1];
        double ze = y[2];
        double wx = y[3] + omega * y[1];
        double wy = y[4] - omega * y[0];
        double wxe = c * wx + sn * wy;
        double wye = -sn * wx + c * wy;
        double wze = y[5];
        double r = Math.sqrt(xe * xe + ye * ye + ze * ze);
        double ux = xe / r;
        double uy = ye / r;
        double uz = ze / r;
        double cx = site[1] * uz - site[2] * uy;
        double cy = site[2] * ux - site[0] * uz;
        double cz = site[0] * uy - site[1] * ux;
        double sinAngle = Math.sqrt(cx * cx + cy * cy + cz * cz);
        double cosAngle = site[0] * ux + site[1] * uy + site[2] * uz;
        double ground = EARTH_RADIUS_M * Math.atan2(sinAngle, cosAngle);
        double v = Math.sqrt(wxe * wxe + wye * wye + wze * wze);
        double radial = wxe * ux + wye * uy + wze * uz;
        double sinGamma = v > 0 ? Math.max(-1, Math.min(1, radial / v)) : 1.0;
        // The central angle a from the site: cos a = site . u, so da/dt = -(site . du/dt) / sin a, with
        // du/dt = (w - (w . u) u) / r; over the site itself (sin a = 0) the rate is |du/dt|.
        double dux = (wxe - radial * ux) / r;
        double duy = (wye - radial * uy) / r;
        double duz = (wze - radial * uz) / r;
        double angleRate = sinAngle > 1e-9
                ? -(site[0] * dux + site[1] * duy + site[2] * duz) / sinAngle
                : Math.sqrt(dux * dux + duy * duy + duz * duz);
        path.add(t, ground, r - EARTH_RADIUS_M, EARTH_RADIUS_M * angleRate, radial, v, sinGamma, xe * xe + ye * ye,
                2 * (xe * wxe + ye * wye));
    }

    /** The density (kg/m^3) the traced fly-outs use at an altitude (m): tabulated below {@link TabulatedAtmosphere#TOP_M}. */
    double tracedDensityKgPerM3(double altitudeM) {
        return density(AIR_TABLE, altitudeM);
    }

    /** Air density (kg/m^3) at an altitude (m) for a fly-out's drag. */
    private double density(int air, double altitudeM) {
        if (air == AIR_TABLE) {
            return tabulated.densityKgPerM3(altitudeM);
        }
        return air == AIR_NONE ? 0.0 : atmosphere.densityKgPerM3(altitudeM);
    }

    /** Thrust stage index at time t, or -1 after burnout. */
    private int phaseAt(double t) {
        for (int i = 0; i < stageEndS.length; i++) {
            if (t < stageEndS[i]) {
                return i;
            }
        }
        return -1;
    }

    private void derivative(double[] y, double[] dy, int phase, boolean hold, double ce, double se, int air) {
        double x = y[0];
        double z = y[1];
        double vx = y[2];
        double vz = y[3];
        double r2 = x * x + z * z;
        double r = Math.sqrt(r2);
        double g = MU / (r2 * r);
        double ax = -g * x;
        double az = -g * z;
        double v = Math.sqrt(vx * vx + vz * vz);
        if (phase >= 0) {
            double a = stageAccelerationMps2[phase];
            double ux;
            double uz;
            if (hold || v < 1.0) {
                // Elevation measured from the local horizontal at the current position.
                double upx = x / r;
                double upz = z / r;
                double hx = upz;
                double hz = -upx;
                ux = ce * hx + se * upx;
                uz = ce * hz + se * upz;
            } else {
                ux = vx / v;
                uz = vz / v;
            }
            ax += a * ux;
            az += a * uz;
        }
        double rho = density(air, r - EARTH_RADIUS_M);
        if (rho > 0 && v > 0) {
            double k = 0.5 * rho * v / BALLISTIC_COEFFICIENT_KG_PER_M2;
            ax -= k * vx;
            az -= k * vz;
        }
        dy[0] = vx;
        dy[1] = vz;
        dy[2] = ax;
        dy[3] = az;
    }
}
