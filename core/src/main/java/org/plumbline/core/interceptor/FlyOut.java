package org.plumbline.core.interceptor;

import org.plumbline.core.earth.Atmosphere;

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
 * Integration: classical RK4 with step {@link #STEP_S}.
 */
public final class FlyOut {
    /** Earth radius of the fly-out model (mean radius), m. */
    public static final double EARTH_RADIUS_M = 6_371_000.0;
    /** Gravitational parameter, m^3/s^2 (WGS84). */
    public static final double MU = 3.986004418e14;
    /** Duration of the initial fixed-elevation thrust, s [ASSUMPTION: a short pitch-over after leaving the launcher]. */
    public static final double HOLD_S = 4.0;
    /** Integration step, s. */
    public static final double STEP_S = 0.5;
    /** Interceptor ballistic coefficient m/(Cd A), kg/m^2 [ASSUMPTION]. */
    public static final double BALLISTIC_COEFFICIENT_KG_PER_M2 = 20_000.0;
    /** Burn-time fractions of 1, 2 and 3 stages [ASSUMPTION: short, hard first stage]. */
    static final double[][] STAGE_FRACTIONS = {{1.0}, {0.4, 0.6}, {0.2, 0.4, 0.4}};

    private final Interceptor interceptor;
    private final Atmosphere atmosphere;
    private final double[] stageEndS;
    private final double[] stageAccelerationMps2;
    private double idealDeltaVMps;
    /** Whether drag acts (off only while calibrating the thrust program). */
    private boolean drag = true;
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
        stageAccelerationMps2 = new double[fractions.length];
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
            throw new IllegalArgumentException("interceptor " + interceptor.id() + ": no thrust program of up to "
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
        drag = false;
        try {
            integrate(elevationRad, y, interceptor.burnTimeS(), null);
        } finally {
            drag = true;
        }
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
        run(y, tEndS, new Shot(elevationRad, 0.0, 0.0, null, sink));
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
        final Sink sink;

        Shot(double elevationRad, double azimuthRad, double omega, double[] site, Sink sink) {
            this.ce = Math.cos(elevationRad);
            this.se = Math.sin(elevationRad);
            this.sa = Math.sin(azimuthRad);
            this.ca = Math.cos(azimuthRad);
            this.omega = omega;
            this.site = site;
            this.sink = sink;
        }

        boolean report(double t, double[] y) {
            if (sink == null) {
                return true;
            }
            return site == null ? FlyOut.report(sink, t, y) : reportRotating(sink, t, y, site, omega);
        }
    }

    private void derivative(Shot shot, double[] y, double[] dy, int phase, boolean hold) {
        if (shot.site == null) {
            derivative(y, dy, phase, hold, shot.ce, shot.se);
        } else {
            derivative3(y, dy, phase, hold, shot.ce, shot.se, shot.sa, shot.ca, shot.omega);
        }
    }

    private void run(double[] y, double tEndS, Shot shot) {
        int n = y.length;
        double[] k1 = new double[n];
        double[] k2 = new double[n];
        double[] k3 = new double[n];
        double[] k4 = new double[n];
        double[] tmp = new double[n];
        double t = 0;
        if (!shot.report(t, y)) {
            return;
        }
        while (t < tEndS - 1e-9) {
            double h = Math.min(STEP_S, tEndS - t);
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
            if (!shot.report(t, y)) {
                return;
            }
        }
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
        double cl = Math.cos(siteLatitudeRad);
        double sl = Math.sin(siteLatitudeRad);
        double[] site = {cl, 0.0, sl};
        double[] y = {EARTH_RADIUS_M * cl, 0.0, EARTH_RADIUS_M * sl, 0.0, omegaRadPerS * EARTH_RADIUS_M * cl, 0.0};
        run(y, tEndS, new Shot(elevationRad, azimuthRad, omegaRadPerS, site, sink));
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
                             double ca, double omega) {
        double x = y[0];
        double yy = y[1];
        double z = y[2];
        double r2 = x * x + yy * yy + z * z;
        double r = Math.sqrt(r2);
        double g = MU / (r2 * r);
        double ax = -g * x;
        double ay = -g * yy;
        double az = -g * z;
        double wx = y[3] + omega * yy;
        double wy = y[4] - omega * x;
        double wz = y[5];
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
        double rho = drag ? atmosphere.densityKgPerM3(r - EARTH_RADIUS_M) : 0.0;
        if (rho > 0 && w > 0) {
            double k = 0.5 * rho * w / BALLISTIC_COEFFICIENT_KG_PER_M2;
            ax -= k * wx;
            ay -= k * wy;
            az -= k * wz;
        }
        dy[0] = y[3];
        dy[1] = y[4];
        dy[2] = y[5];
        dy[3] = ax;
        dy[4] = ay;
        dy[5] = az;
    }

    private static boolean report(Sink sink, double t, double[] y) {
        double r = Math.hypot(y[0], y[1]);
        double theta = Math.atan2(y[0], y[1]);
        double v = Math.hypot(y[2], y[3]);
        double radial = (y[0] * y[2] + y[1] * y[3]) / r;
        double gamma = v > 0 ? Math.asin(Math.max(-1, Math.min(1, radial / v))) : Math.PI / 2;
        return sink.accept(t, EARTH_RADIUS_M * theta, r - EARTH_RADIUS_M, v, gamma);
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

    private void derivative(double[] y, double[] dy, int phase, boolean hold, double ce, double se) {
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
        double rho = drag ? atmosphere.densityKgPerM3(r - EARTH_RADIUS_M) : 0.0;
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
