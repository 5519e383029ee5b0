package org.plumbline.core.trajectory;

import java.util.ArrayList;
import java.util.List;

import org.plumbline.core.earth.Atmosphere;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.Ellipsoid;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.earth.Geodesy;
import org.plumbline.core.earth.Gravity;
import org.plumbline.core.earth.TabulatedAtmosphere;
import org.plumbline.core.math.Brent;

/**
 * The core's flight engine: fixed-step classical Runge-Kutta (RK4) integration of the powered flight
 * and of the flight below the atmospheric interface, and an analytic Kepler or numerical J2 coast
 * above it.
 *
 * <h2>Model</h2>
 * Equations of motion in the inertial frame that coincides with the Earth-fixed frame at launch:
 * r'' = g(r) + (F/m) u - (rho |w| Cd A / 2m) w, with w = v - omega x r the air-relative velocity,
 * g point mass + J2 ({@link Gravity}), rho and the speed of sound from the {@link Atmosphere}.
 * Steering u: along the geocentric vertical during the vertical rise; tilted by the pitch-over angle
 * toward the launch azimuth during the pitch-over; along the air-relative velocity afterwards
 * (gravity turn). After thrust termination the re-entry vehicle flies with its ballistic
 * coefficient, feeling drag only below the atmospheric interface.
 *
 * <h2>Numerics</h2>
 * Step nodes are aligned with every discontinuity of the thrust program (end of vertical rise, end
 * of pitch-over, staging, burnout), so that RK4 keeps its fourth order; the state at an arbitrary
 * cutoff time is one partial RK4 step from the preceding node. Impact and interface crossings are
 * located by Brent's method on partial steps.
 *
 * <p>Instances are thread-safe; each call allocates its own work arrays. The mutable fields are two
 * caches: the vertical rise from the last launch point flown from, which does not depend on the
 * steering and is copied into every powered flight from there (the same bits as flying it), and
 * the logs of the last {@code KeptLogs.SIZE} flights without samples ({@link #withSamples}), behind
 * a lock.
 */
public final class NativeFlightEngine implements FlightEngine {
    private static final int PHASE_VERTICAL = 0;
    private static final int PHASE_PITCH_OVER = 1;
    private static final int PHASE_GRAVITY_TURN = 2;
    private static final double APOGEE_PROBE_S = 20.0;
    private static final double MAX_FLIGHT_S = 4.0 * 3600.0;
    private static final double ASCENT_MARK_M = 100_000.0;
    /**
     * Slack (m) of the crossing scan's skips: covers the one-iteration geodetic height's error (5e-9 m)
     * and the rounding of heights and times, many times over.
     */
    private static final double CROSSING_SLACK_M = 1.0e-3;

    private final EarthModel earth;
    private final Missile missile;
    private final FlightSettings settings;
    private final Ellipsoid ellipsoid;
    private final Geodesy geodesy;
    private final Gravity gravity;
    private final Atmosphere atmosphere;
    private final double omega;
    private final boolean keplerCoast;
    /**
     * Whether powered flights share the vertical rise and skip heights that are clearly above the pad,
     * the 100 km crossings' scans skip heights that are clearly away from the mark, and the samples
     * find their logged states by walking forward rather than by binary search.
     */
    private final boolean shortcuts;

    private final double[] stageStartS;
    private final double[] stageEndS;
    private final double[] stageThrustN;
    private final double[] stageMassFlowKgPerS;
    private final double[] stageStartMassKg;
    private final double referenceAreaM2;
    private final double inverseA2;
    private final double inverseB2;
    private final double inverseBallisticCoefficient;
    /** Segment boundaries of the powered flight and each segment's stage and steering phase. */
    private final double[] segmentStartS;
    private final int[] segmentStage;
    private final int[] segmentPhase;

    public NativeFlightEngine(EarthModel earth, Missile missile, FlightSettings settings) {
        this(earth, missile, settings, true);
    }

    /**
     * An engine; shortcuts false flies every powered flight as first written, from the pad and with
     * the geodetic height of every node, scans every point for the 100 km crossings and searches
     * the log for every sample (the reference of {@code NativeFlightEngineTest}'s checks of the
     * shared vertical rise, the clear-radius test, the crossings' skips and the samples' walk, which
     * give the same bits).
     */
    NativeFlightEngine(EarthModel earth, Missile missile, FlightSettings settings, boolean shortcuts) {
        this(earth, missile, settings, shortcuts, true);
    }

    /**
     * An engine; tabulatedAir false reads the settings' atmosphere itself instead of its table (the
     * reference of {@code NativeFlightEngineTest}'s check of what the table changes).
     */
    NativeFlightEngine(EarthModel earth, Missile missile, FlightSettings settings, boolean shortcuts,
                       boolean tabulatedAir) {
        this.shortcuts = shortcuts;
        this.earth = earth;
        this.missile = missile;
        this.settings = settings;
        this.ellipsoid = new Ellipsoid(earth);
        this.geodesy = new Geodesy(earth);
        this.gravity = new Gravity(earth);
        this.atmosphere = tabulatedAir ? TabulatedAtmosphere.of(settings.atmosphere()) : settings.atmosphere();
        this.omega = earth.rotationRateRadPerS();
        this.keplerCoast = settings.coast() == FlightSettings.Coast.KEPLER
                || (settings.coast() == FlightSettings.Coast.AUTO && earth.j2() == 0.0);

        int ns = missile.stages().size();
        stageStartS = new double[ns];
        stageEndS = new double[ns];
        stageThrustN = new double[ns];
        stageMassFlowKgPerS = new double[ns];
        stageStartMassKg = new double[ns];
        double t = 0;
        for (int i = 0; i < ns; i++) {
            Stage s = missile.stages().get(i);
            stageStartS[i] = t;
            t += s.burnTimeS();
            stageEndS[i] = t;
            stageThrustN[i] = s.thrustN();
            stageMassFlowKgPerS[i] = s.massFlowKgPerS();
        }
        double above = missile.payloadMassKg();
        for (int i = ns - 1; i >= 0; i--) {
            Stage s = missile.stages().get(i);
            above += s.dryMassKg() + s.propellantMassKg();
            stageStartMassKg[i] = above;
        }
        referenceAreaM2 = missile.referenceAreaM2();
        inverseA2 = 1.0 / (earth.equatorialRadiusM() * earth.equatorialRadiusM());
        inverseB2 = 1.0 / (earth.polarRadiusM() * earth.polarRadiusM());
        inverseBallisticCoefficient = 1.0 / missile.reentryBallisticCoefficientKgPerM2();

        List<Double> cuts = new ArrayList<>();
        cuts.add(0.0);
        if (missile.verticalRiseS() > 0) {
            cuts.add(missile.verticalRiseS());
        }
        cuts.add(missile.verticalRiseS() + missile.pitchOverS());
        for (int i = 0; i < ns - 1; i++) {
            cuts.add(stageEndS[i]);
        }
        double[] sorted = cuts.stream().mapToDouble(Double::doubleValue).distinct().sorted().toArray();
        segmentStartS = sorted;
        segmentStage = new int[sorted.length];
        segmentPhase = new int[sorted.length];
        for (int k = 0; k < sorted.length; k++) {
            double mid = sorted[k] + 1e-9;
            int st = 0;
            while (st < ns - 1 && mid >= stageEndS[st]) {
                st++;
            }
            segmentStage[k] = st;
            segmentPhase[k] = mid < missile.verticalRiseS() ? PHASE_VERTICAL
                    : mid < missile.verticalRiseS() + missile.pitchOverS() ? PHASE_PITCH_OVER : PHASE_GRAVITY_TURN;
        }
    }

    /** An engine with the default settings. */
    public static NativeFlightEngine of(EarthModel earth, Missile missile) {
        return new NativeFlightEngine(earth, missile, FlightSettings.DEFAULT);
    }

    @Override
    public EarthModel earth() {
        return earth;
    }

    @Override
    public Missile missile() {
        return missile;
    }

    public FlightSettings settings() {
        return settings;
    }

    // ------------------------------------------------------------------ dynamics

    /** Steering of one powered flight, precomputed. */
    private record Steering(double sinAz, double cosAz, double sinKick, double cosKick) {
    }

    /**
     * The acceleration (m/s^2) of powered flight at time t in the inertial state (x, yy, z, vx, vy, vz),
     * written to out[3], out[4], out[5]: gravity, thrust along the steering and drag; air is scratch.
     */
    private void powered(double t, double x, double yy, double z, double vx, double vy, double vz, double[] out,
                         int segment, Steering st, double[] air) {
        gravity.acceleration(x, yy, z, out, 3);
        int stage = segmentStage[segment];
        double mass = stageStartMassKg[stage] - stageMassFlowKgPerS[stage] * (t - stageStartS[stage]);
        double wx = vx + omega * yy;
        double wy = vy - omega * x;
        double wz = vz;
        double w = Math.sqrt(wx * wx + wy * wy + wz * wz);
        double ux;
        double uy;
        double uz;
        int phase = segmentPhase[segment];
        if (phase == PHASE_GRAVITY_TURN && w > 0) {
            ux = wx / w;
            uy = wy / w;
            uz = wz / w;
        } else {
            // Local vertical: the ellipsoid normal, (x/a^2, y/a^2, z/b^2) normalised. Exact on the
            // surface and within 1e-6 rad of the geodetic normal in the first kilometres of flight,
            // so that "vertical" means the plumb line of the launch pad, not the geocentric radius
            // (which differs by up to 0.19 deg and would steer a low-thrust gravity turn).
            double gx = x * inverseA2;
            double gy = yy * inverseA2;
            double gz = z * inverseB2;
            double gn = Math.sqrt(gx * gx + gy * gy + gz * gz);
            double rx = gx / gn;
            double ry = gy / gn;
            double rz = gz / gn;
            if (phase == PHASE_VERTICAL) {
                ux = rx;
                uy = ry;
                uz = rz;
            } else {
                double rho = Math.sqrt(x * x + yy * yy);
                double ex = rho > 1.0 ? -yy / rho : 0.0;
                double ey = rho > 1.0 ? x / rho : 1.0;
                // north = up x east
                double nx = -rz * ey;
                double ny = rz * ex;
                double nz = rx * ey - ry * ex;
                double hx = st.sinAz * ex + st.cosAz * nx;
                double hy = st.sinAz * ey + st.cosAz * ny;
                double hz = st.cosAz * nz;
                ux = st.cosKick * rx + st.sinKick * hx;
                uy = st.cosKick * ry + st.sinKick * hy;
                uz = st.cosKick * rz + st.sinKick * hz;
            }
        }
        double thrustAccel = stageThrustN[stage] / mass;
        double dragFactor = 0.0;
        if (w > 0) {
            double alt = ellipsoid.altitudeM(x, yy, z);
            atmosphere.densityAndSpeedOfSound(alt, air);
            double rhoAir = air[0];
            if (rhoAir > 0) {
                double mach = w / air[1];
                dragFactor = 0.5 * rhoAir * w * missile.dragCurve().cd(mach) * referenceAreaM2 / mass;
            }
        }
        out[3] += thrustAccel * ux - dragFactor * wx;
        out[4] += thrustAccel * uy - dragFactor * wy;
        out[5] += thrustAccel * uz - dragFactor * wz;
    }

    private void ballistic(double[] y, double[] dy) {
        double x = y[0];
        double yy = y[1];
        double z = y[2];
        gravity.acceleration(x, yy, z, dy, 3);
        dy[0] = y[3];
        dy[1] = y[4];
        dy[2] = y[5];
        double alt = ellipsoid.altitudeM(x, yy, z);
        if (alt < settings.atmosphereInterfaceM()) {
            double rhoAir = atmosphere.densityKgPerM3(alt);
            if (rhoAir > 0) {
                double wx = y[3] + omega * yy;
                double wy = y[4] - omega * x;
                double wz = y[5];
                double w = Math.sqrt(wx * wx + wy * wy + wz * wz);
                double k = 0.5 * rhoAir * w * inverseBallisticCoefficient;
                dy[3] -= k * wx;
                dy[4] -= k * wy;
                dy[5] -= k * wz;
            }
        }
    }

    private void vacuum(double[] y, double[] dy) {
        gravity.acceleration(y[0], y[1], y[2], dy, 3);
        dy[0] = y[3];
        dy[1] = y[4];
        dy[2] = y[5];
    }

    /** Work arrays of one RK4 stepper. */
    private static final class Work {
        final double[] k1 = new double[6];
        final double[] k2 = new double[6];
        final double[] k3 = new double[6];
        final double[] k4 = new double[6];
        final double[] tmp = new double[6];
        /** Density and speed of sound of the last evaluation. */
        final double[] air = new double[2];
    }

    /**
     * One RK4 step of powered flight of length h from the state at y[at] to y[at + 5] at time t, into
     * out (which may be y): the state and the stages in local variables, the stages' velocity halves
     * read from the states they are taken at. The same operations in the same order as the classical
     * step with arrays for k1 to k4 ({@link #poweredStepReference}), so the same bits; acceleration
     * and air are scratch. Every read of y comes before the first write to out.
     */
    private void poweredStep(double t, double[] y, int at, double h, double[] out, int segment, Steering st,
                             double[] acceleration, double[] air) {
        double[] a = acceleration;
        double x0 = y[at];
        double x1 = y[at + 1];
        double x2 = y[at + 2];
        double x3 = y[at + 3];
        double x4 = y[at + 4];
        double x5 = y[at + 5];
        double hh = 0.5 * h;
        powered(t, x0, x1, x2, x3, x4, x5, a, segment, st, air);
        double a1x = a[3];
        double a1y = a[4];
        double a1z = a[5];
        double p0 = x0 + hh * x3;
        double p1 = x1 + hh * x4;
        double p2 = x2 + hh * x5;
        double p3 = x3 + hh * a1x;
        double p4 = x4 + hh * a1y;
        double p5 = x5 + hh * a1z;
        powered(t + 0.5 * h, p0, p1, p2, p3, p4, p5, a, segment, st, air);
        double a2x = a[3];
        double a2y = a[4];
        double a2z = a[5];
        double q0 = x0 + hh * p3;
        double q1 = x1 + hh * p4;
        double q2 = x2 + hh * p5;
        double q3 = x3 + hh * a2x;
        double q4 = x4 + hh * a2y;
        double q5 = x5 + hh * a2z;
        powered(t + 0.5 * h, q0, q1, q2, q3, q4, q5, a, segment, st, air);
        double a3x = a[3];
        double a3y = a[4];
        double a3z = a[5];
        double e0 = x0 + h * q3;
        double e1 = x1 + h * q4;
        double e2 = x2 + h * q5;
        double e3 = x3 + h * a3x;
        double e4 = x4 + h * a3y;
        double e5 = x5 + h * a3z;
        powered(t + h, e0, e1, e2, e3, e4, e5, a, segment, st, air);
        double w = h / 6.0;
        out[0] = x0 + w * (x3 + 2.0 * p3 + 2.0 * q3 + e3);
        out[1] = x1 + w * (x4 + 2.0 * p4 + 2.0 * q4 + e4);
        out[2] = x2 + w * (x5 + 2.0 * p5 + 2.0 * q5 + e5);
        out[3] = x3 + w * (a1x + 2.0 * a2x + 2.0 * a3x + a[3]);
        out[4] = x4 + w * (a1y + 2.0 * a2y + 2.0 * a3y + a[4]);
        out[5] = x5 + w * (a1z + 2.0 * a2z + 2.0 * a3z + a[5]);
    }

    /**
     * The classical powered RK4 step with arrays for k1 to k4 (the engine's before {@link #poweredStep}
     * was written out): the reference {@code NativeFlightEngineStepTest} compares it with, bit for bit.
     * The acceleration is the same method's; what is compared is the step's own arithmetic.
     */
    private void poweredStepReference(double t, double[] y, double h, double[] out, int segment, Steering st) {
        double[] k1 = new double[6];
        double[] k2 = new double[6];
        double[] k3 = new double[6];
        double[] k4 = new double[6];
        double[] tmp = new double[6];
        double[] air = new double[2];
        poweredDerivative(t, y, k1, segment, st, air);
        for (int i = 0; i < 6; i++) {
            tmp[i] = y[i] + 0.5 * h * k1[i];
        }
        poweredDerivative(t + 0.5 * h, tmp, k2, segment, st, air);
        for (int i = 0; i < 6; i++) {
            tmp[i] = y[i] + 0.5 * h * k2[i];
        }
        poweredDerivative(t + 0.5 * h, tmp, k3, segment, st, air);
        for (int i = 0; i < 6; i++) {
            tmp[i] = y[i] + h * k3[i];
        }
        poweredDerivative(t + h, tmp, k4, segment, st, air);
        for (int i = 0; i < 6; i++) {
            out[i] = y[i] + h / 6.0 * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i]);
        }
    }

    /** The derivative of the state y in powered flight, into dy (for the reference step). */
    private void poweredDerivative(double t, double[] y, double[] dy, int segment, Steering st, double[] air) {
        powered(t, y[0], y[1], y[2], y[3], y[4], y[5], dy, segment, st, air);
        dy[0] = y[3];
        dy[1] = y[4];
        dy[2] = y[5];
    }

    /** Number of powered segments (for tests). */
    int poweredSegments() {
        return segmentStartS.length;
    }

    /** Start of powered segment k, s (for tests). */
    double segmentStartS(int k) {
        return segmentStartS[k];
    }

    /**
     * One powered step from y over h in segment k with a steering, by {@link #poweredStep} or, when
     * reference, by {@link #poweredStepReference} (for tests).
     */
    double[] poweredStepForTest(boolean reference, double t, double[] y, double h, int segment, double azimuthRad,
                                double pitchOverRad) {
        Steering st = new Steering(Math.sin(azimuthRad), Math.cos(azimuthRad), Math.sin(pitchOverRad),
                Math.cos(pitchOverRad));
        double[] out = new double[6];
        if (reference) {
            poweredStepReference(t, y, h, out, segment, st);
        } else {
            poweredStep(t, y, 0, h, out, segment, st, new double[6], new double[2]);
        }
        return out;
    }

    /** One RK4 step of unpowered flight: with drag below the interface when drag is true. */
    private void coastStep(double[] y, double h, double[] out, boolean drag, Work w) {
        derivative(y, w.k1, drag);
        for (int i = 0; i < 6; i++) {
            w.tmp[i] = y[i] + 0.5 * h * w.k1[i];
        }
        derivative(w.tmp, w.k2, drag);
        for (int i = 0; i < 6; i++) {
            w.tmp[i] = y[i] + 0.5 * h * w.k2[i];
        }
        derivative(w.tmp, w.k3, drag);
        for (int i = 0; i < 6; i++) {
            w.tmp[i] = y[i] + h * w.k3[i];
        }
        derivative(w.tmp, w.k4, drag);
        for (int i = 0; i < 6; i++) {
            out[i] = y[i] + h / 6.0 * (w.k1[i] + 2.0 * w.k2[i] + 2.0 * w.k3[i] + w.k4[i]);
        }
    }

    private void derivative(double[] y, double[] dy, boolean drag) {
        if (drag) {
            ballistic(y, dy);
        } else {
            vacuum(y, dy);
        }
    }

    private double altitude(double[] y) {
        return ellipsoid.altitudeM(y[0], y[1], y[2]);
    }

    private static double radialVelocity(double[] y) {
        double r = Math.sqrt(y[0] * y[0] + y[1] * y[1] + y[2] * y[2]);
        return (y[0] * y[3] + y[1] * y[4] + y[2] * y[5]) / r;
    }

    // ------------------------------------------------------------------ powered flight

    @Override
    public PoweredFlight boost(GeodeticPoint launch, double azimuthRad, double pitchOverRad) {
        return new NativePoweredFlight(launch, azimuthRad, pitchOverRad);
    }

    /**
     * The nodes of the leading vertical-rise segments of the powered flights from one launch point:
     * steered along the local vertical, they are the same for every azimuth and pitch-over angle.
     *
     * @param launch      the launch point
     * @param segments    number of leading segments flown vertically
     * @param nodes       number of steps they take (nodeT and nodeY hold nodes + 1 nodes)
     * @param fell        whether the flight fell below the pad during them
     */
    private record VerticalRise(GeodeticPoint launch, int segments, int nodes, double[] nodeT, double[] nodeY,
                                int[] nodeSegment, boolean fell) {
    }

    /**
     * Margin of the cheap test that a state is above the ground, m: far above the 1 mm error of the
     * geodetic height ({@link Ellipsoid}) that it stands in for.
     */
    private static final double CLEAR_MARGIN_M = 100.0;

    /**
     * The squared geocentric radius (m^2) beyond which a point is certainly higher than groundM by
     * more than {@link #CLEAR_MARGIN_M}: the ellipsoid lies inside the sphere of the equatorial
     * radius a, so the height of a point at radius r, its distance to the ellipsoid along the
     * normal, is at least r - a. Beyond this radius the powered flight's "fell below the pad" test
     * skips the geodetic height (a fifth of the heights a powered flight computes) with the same
     * answer; +infinity when no radius is clear (a pad below -a).
     */
    private double clearRadiusSquaredM2(double groundM) {
        double r = earth.equatorialRadiusM() + groundM + CLEAR_MARGIN_M;
        return r > 0 ? r * r : Double.POSITIVE_INFINITY;
    }

    /** The state at rest on the pad: the launch point, moving with the Earth's rotation. */
    private double[] padState(GeodeticPoint launch) {
        double[] pos = ellipsoid.toCartesian(launch);
        return new double[] {pos[0], pos[1], pos[2], -omega * pos[1], omega * pos[0], 0.0};
    }

    /**
     * Flies the powered segments {@code kFrom} to {@code kTo - 1} from node {@code n} (state {@code y},
     * advanced in place), storing a node after every step; the last segment ends at {@code burnS}.
     * Sets {@code fell[0]} once a node is below {@code groundM} (the geodetic height is computed only
     * inside the radius whose square is {@code clearRadius2}: see {@link #clearRadiusSquaredM2}).
     * The vertical rise and every powered flight go through here, so a shared rise has the same bits.
     *
     * @return the index of the last node written
     */
    private int flySegments(int kFrom, int kTo, double burnS, int[] steps, Steering steering, double[] y, int n,
                            double[] nodeT, double[] nodeY, int[] nodeSegment, double groundM, double clearRadius2,
                            boolean[] fell) {
        double[] acceleration = new double[6];
        double[] air = new double[2];
        for (int k = kFrom; k < kTo; k++) {
            double start = segmentStartS[k];
            double end = k + 1 < segmentStartS.length ? segmentStartS[k + 1] : burnS;
            double hk = (end - start) / steps[k];
            for (int j = 0; j < steps[k]; j++) {
                double t = start + j * hk;
                nodeSegment[n] = k;
                poweredStep(t, y, 0, hk, y, k, steering, acceleration, air);
                n++;
                nodeT[n] = j == steps[k] - 1 ? end : start + (j + 1) * hk;
                System.arraycopy(y, 0, nodeY, 6 * n, 6);
                if (!fell[0] && y[0] * y[0] + y[1] * y[1] + y[2] * y[2] <= clearRadius2 && altitude(y) < groundM) {
                    fell[0] = true;
                }
            }
        }
        return n;
    }

    /** The vertical rise of the last launch point flown from (one launch point per batch: one entry suffices). */
    private volatile VerticalRise lastRise;

    /**
     * The vertical rise from a launch point, flown once and then shared (the same arithmetic as in
     * {@link NativePoweredFlight}, so the same bits); null when the flight starts with the pitch-over.
     */
    private VerticalRise verticalRise(GeodeticPoint launch, int[] steps) {
        int segments = 0;
        while (segments < segmentStartS.length - 1 && segmentPhase[segments] == PHASE_VERTICAL) {
            segments++;
        }
        if (segments == 0) {
            return null;
        }
        VerticalRise r = lastRise;
        if (r != null && r.launch.equals(launch)) {
            return r;
        }
        int count = 1;
        for (int k = 0; k < segments; k++) {
            count += steps[k];
        }
        double[] nodeT = new double[count];
        double[] nodeY = new double[6 * count];
        int[] nodeSegment = new int[count - 1];
        double[] y = padState(launch);
        System.arraycopy(y, 0, nodeY, 0, 6);
        boolean[] fell = {false};
        // The steering is not read in the vertical phase; any value will do. Every height is computed
        // here (no clear radius): the rise is flown once per launch point.
        int n = flySegments(0, segments, Double.NaN, steps, new Steering(0.0, 1.0, 0.0, 1.0), y, 0, nodeT, nodeY,
                nodeSegment, launch.altitudeM() - 1.0, Double.POSITIVE_INFINITY, fell);
        r = new VerticalRise(launch, segments, n, nodeT, nodeY, nodeSegment, fell[0]);
        lastRise = r;
        return r;
    }

    /** The stored nodes of one powered flight. */
    private final class NativePoweredFlight implements PoweredFlight {
        private final GeodeticPoint launch;
        private final double azimuthRad;
        private final double pitchOverRad;
        private final Steering steering;
        private final double[] nodeT;
        private final double[] nodeY;
        private final int[] nodeSegment;
        private final boolean crashed;

        NativePoweredFlight(GeodeticPoint launch, double azimuthRad, double pitchOverRad) {
            this.launch = launch;
            this.azimuthRad = azimuthRad;
            this.pitchOverRad = pitchOverRad;
            this.steering = new Steering(Math.sin(azimuthRad), Math.cos(azimuthRad), Math.sin(pitchOverRad),
                    Math.cos(pitchOverRad));
            double burn = stageEndS[stageEndS.length - 1];
            double h = settings.boostStepS();
            int count = 1;
            int[] steps = new int[segmentStartS.length];
            for (int k = 0; k < segmentStartS.length; k++) {
                double end = k + 1 < segmentStartS.length ? segmentStartS[k + 1] : burn;
                steps[k] = Math.max(1, (int) Math.ceil((end - segmentStartS[k]) / h - 1e-9));
                count += steps[k];
            }
            nodeT = new double[count];
            nodeY = new double[6 * count];
            nodeSegment = new int[count];
            double[] y = padState(launch);
            System.arraycopy(y, 0, nodeY, 0, 6);
            int n = 0;
            boolean[] fell = {false};
            double groundM = launch.altitudeM() - 1.0;
            double clearRadius2 = shortcuts ? clearRadiusSquaredM2(groundM) : Double.POSITIVE_INFINITY;
            int k0 = 0;
            VerticalRise rise = shortcuts ? verticalRise(launch, steps) : null;
            if (rise != null) {
                // The vertical rise does not depend on the steering: copy its nodes.
                n = rise.nodes;
                System.arraycopy(rise.nodeT, 0, nodeT, 0, n + 1);
                System.arraycopy(rise.nodeY, 0, nodeY, 0, 6 * (n + 1));
                System.arraycopy(rise.nodeSegment, 0, nodeSegment, 0, n);
                System.arraycopy(nodeY, 6 * n, y, 0, 6);
                fell[0] = rise.fell;
                k0 = rise.segments;
            }
            n = flySegments(k0, segmentStartS.length, burn, steps, steering, y, n, nodeT, nodeY, nodeSegment, groundM,
                    clearRadius2, fell);
            nodeSegment[n] = segmentStartS.length - 1;
            this.crashed = fell[0];
        }

        @Override
        public GeodeticPoint launch() {
            return launch;
        }

        @Override
        public double azimuthRad() {
            return azimuthRad;
        }

        @Override
        public double pitchOverRad() {
            return pitchOverRad;
        }

        @Override
        public double burnTimeS() {
            return nodeT[nodeT.length - 1];
        }

        @Override
        public boolean crashed() {
            return crashed;
        }

        @Override
        public void stateAt(double tS, double[] out) {
            int last = nodeT.length - 1;
            if (tS >= nodeT[last]) {
                System.arraycopy(nodeY, 6 * last, out, 0, 6);
                return;
            }
            if (tS <= 0) {
                System.arraycopy(nodeY, 0, out, 0, 6);
                return;
            }
            int k = java.util.Arrays.binarySearch(nodeT, tS);
            if (k >= 0) {
                System.arraycopy(nodeY, 6 * k, out, 0, 6);
                return;
            }
            int i = -k - 2;
            poweredStep(nodeT[i], nodeY, 6 * i, tS - nodeT[i], out, nodeSegment[i], steering, new double[6],
                    new double[2]);
        }
    }

    // ------------------------------------------------------------------ unpowered flight

    @Override
    public FlightOutcome fly(PoweredFlight powered, double cutoffS, boolean withSamples) {
        if (powered.crashed()) {
            return new FlightOutcome.NoImpact("the missile falls back before burnout with this steering");
        }
        Work w = new Work();
        double[] y = new double[6];
        double tc = Math.min(cutoffS, powered.burnTimeS());
        // The log of the states integrated: with samples, from the launch; without, with the J2 coast
        // and shortcuts, from thrust termination on, kept for withSamples (the same integration, so
        // the same states: only recorded).
        StateLog log = withSamples ? boostLog(powered, tc, FLIGHT_LOG_CAPACITY)
                : keepsLogs() ? new StateLog(FLIGHT_LOG_CAPACITY) : null;
        powered.stateAt(tc, y);
        if (log != null) {
            log.add(tc, y);
        }
        FlightOutcome out = flyFromCutoff(powered, tc, y, log, withSamples, w);
        if (!withSamples && log != null && out instanceof FlightOutcome.Impact impact) {
            kept.keep(powered, impact.trajectory(), log);
        }
        return out;
    }

    /**
     * Whether a flight without samples keeps its log for {@link #withSamples}: with the numerical
     * J2 coast (the Kepler coast would have to compute the sample states it skips) and shortcuts.
     */
    private boolean keepsLogs() {
        return shortcuts && !keplerCoast;
    }

    /**
     * Room for the states of a flight after thrust termination, before its log grows: with the
     * numerical J2 coast at 5 s and the re-entry at 0.25 s, the default assessment's kept logs hold
     * 340-600 states (medians by missile, 373 for the liquid IRBM, 589 for shahab-3, 532 for the
     * Topol-M), up to 1,250.
     */
    private static final int FLIGHT_LOG_CAPACITY = 640;

    /**
     * A new log with the powered flight's states at the boost step before tc, with room for at least
     * more states after them.
     */
    private StateLog boostLog(PoweredFlight powered, double tc, int more) {
        double dt = Math.min(settings.boostStepS(), settings.sampleIntervalS());
        StateLog log = new StateLog((int) Math.min(1 << 20, Math.ceil(tc / dt) + 1 + more));
        double[] s = new double[6];
        for (double t = 0; t < tc; t += dt) {
            powered.stateAt(t, s);
            log.add(t, s);
        }
        return log;
    }

    /**
     * The flight with its samples, from the log its flight without samples kept when it is one of
     * the engine's last {@link KeptLogs#SIZE} flights (a targeting solve keeps its best flight
     * among its last few): the boost's states, then the kept ones, which are the states the flight
     * with samples integrates, in the same order; the same bits as flying it again.
     */
    @Override
    public Trajectory withSamples(PoweredFlight powered, Trajectory flown) {
        StateLog coast = kept.find(powered, flown);
        if (coast == null) {
            return FlightEngine.super.withSamples(powered, flown);
        }
        double tc = flown.burnoutTimeS();
        StateLog log = boostLog(powered, tc, coast.size());
        log.addAll(coast);
        return ((FlightOutcome.Impact) finishLogged(powered, tc, flown, log)).trajectory();
    }

    private FlightOutcome flyFromCutoff(PoweredFlight powered, double tc, double[] y, StateLog log,
                                        boolean withSamples, Work w) {
        StateLog samples = withSamples ? log : null;
        double burnoutSpeed = Math.sqrt(y[3] * y[3] + y[4] * y[4] + y[5] * y[5]);
        double burnoutAlt = altitude(y);
        double burnoutGamma = Math.asin(Math.max(-1.0, Math.min(1.0, radialVelocity(y) / burnoutSpeed)));
        Apogee apogee = new Apogee(tc, burnoutAlt);
        if (radialVelocity(y) < 0) {
            // Already descending at burnout: the highest point was during the boost.
            double[] s = new double[6];
            for (double t = 0; t <= tc; t += settings.boostStepS()) {
                powered.stateAt(t, s);
                apogee.offer(t, altitude(s));
            }
        }
        double t = tc;
        double interface_ = settings.atmosphereInterfaceM();
        boolean above = burnoutAlt >= interface_;
        if (!above) {
            // Below the interface: integrate with drag until it climbs above it or comes down.
            Phase p = integrateDense(t, y, true, interface_, log, apogee, w);
            if (p.impacted) {
                return finish(powered, p.t, p.y, tc, burnoutSpeed, burnoutAlt, burnoutGamma, apogee, samples);
            }
            t = p.t;
            System.arraycopy(p.y, 0, y, 0, 6);
        }
        // Coast above the interface to its descending crossing.
        double tInterface;
        if (keplerCoast) {
            KeplerOrbit orbit = new KeplerOrbit(earth.muM3PerS2(), y);
            double dt = orbit.apoapsisRadiusM() > VacuumPredictor.MAX_APOAPSIS_RADII * orbit.initialRadiusM()
                    ? Double.POSITIVE_INFINITY : keplerTimeToAltitude(orbit, y, interface_, w.tmp);
            if (!Double.isFinite(dt)) {
                return new FlightOutcome.NoImpact(orbit.isElliptic()
                        ? "the payload goes into orbit (perigee above the atmosphere)"
                        : "the payload escapes the Earth");
            }
            if (orbit.initialRadialVelocityMps() > 0) {
                double ta = orbit.timeToApoapsis();
                if (ta < dt) {
                    keplerApogee(orbit, t, ta, apogee, w.tmp);
                }
            }
            if (log != null) {
                double[] s = new double[6];
                double step = settings.sampleIntervalS();
                for (double u = Math.ceil(t / step) * step - t; u < dt; u += step) {
                    orbit.stateAt(u, s);
                    log.add(t + u, s);
                }
            }
            double[] s = new double[6];
            orbit.stateAt(dt, s);
            System.arraycopy(s, 0, y, 0, 6);
            tInterface = t + dt;
            if (log != null) {
                log.add(tInterface, y);
            }
        } else {
            Phase p = integrateCoastJ2(t, y, interface_, log, apogee, w);
            if (p == null) {
                return new FlightOutcome.NoImpact("the payload does not come down within "
                        + (int) MAX_FLIGHT_S + " s (orbit)");
            }
            tInterface = p.t;
            System.arraycopy(p.y, 0, y, 0, 6);
        }
        Phase p = integrateDense(tInterface, y, true, Double.POSITIVE_INFINITY, log, apogee, w);
        return finish(powered, p.t, p.y, tc, burnoutSpeed, burnoutAlt, burnoutGamma, apogee, samples);
    }

    /** A flight without samples finished again from its log, with samples (see {@link #withSamples}). */
    private FlightOutcome finishLogged(PoweredFlight powered, double tc, Trajectory flown, StateLog log) {
        double[] yImpact = new double[6];
        log.lastState(yImpact);
        return finish(powered, flown.flightTimeS(), yImpact, tc, flown.burnoutSpeedMps(), flown.burnoutAltitudeM(),
                flown.burnoutFlightPathAngleRad(), new Apogee(flown.apogeeTimeS(), flown.apogeeAltitudeM()), log);
    }

    /**
     * The logs of the engine's last flights without samples, by the identity of their powered
     * flight and trajectory. Thread-safe: its methods hold its lock, and a kept log is not written
     * again. With threads sharing an engine a flight's log may be pushed out sooner; the answer is
     * the same (flown again).
     */
    private static final class KeptLogs {
        static final int SIZE = 16;
        private final PoweredFlight[] powered = new PoweredFlight[SIZE];
        private final Trajectory[] trajectory = new Trajectory[SIZE];
        private final StateLog[] log = new StateLog[SIZE];
        private int next;

        synchronized void keep(PoweredFlight p, Trajectory t, StateLog l) {
            if (l.lastTimeS() != t.flightTimeS()) {
                return;
            }
            powered[next] = p;
            trajectory[next] = t;
            log[next] = l;
            next = (next + 1) % SIZE;
        }

        synchronized StateLog find(PoweredFlight p, Trajectory t) {
            for (int i = 0; i < SIZE; i++) {
                if (trajectory[i] == t && powered[i] == p) {
                    return log[i];
                }
            }
            return null;
        }
    }

    private final KeptLogs kept = new KeptLogs();

    /** Whether the engine keeps the log of this flight without samples (for tests). */
    boolean keepsLogOf(PoweredFlight powered, Trajectory flown) {
        return kept.find(powered, flown) != null;
    }

    /** The highest point seen so far. */
    private static final class Apogee {
        double tS;
        double altitudeM;

        Apogee(double t, double alt) {
            tS = t;
            altitudeM = alt;
        }

        void offer(double t, double alt) {
            if (alt > altitudeM) {
                altitudeM = alt;
                tS = t;
            }
        }
    }

    private record Phase(double t, double[] y, boolean impacted) {
    }

    /**
     * RK4 with drag from (t, y) until the altitude climbs through exitAltitudeM (while ascending)
     * or reaches 0 (impact). Locates the end exactly.
     */
    private Phase integrateDense(double t0, double[] y0, boolean drag, double exitAltitudeM, StateLog log,
                                 Apogee apogee, Work w) {
        double h = settings.reentryStepS();
        double[] y = y0.clone();
        double[] next = new double[6];
        double t = t0;
        double altPrev2 = Double.NaN;
        double altPrev = altitude(y);
        double end = t0 + MAX_FLIGHT_S;
        while (t < end) {
            coastStep(y, h, next, drag, w);
            double alt = altitude(next);
            if (alt <= 0.0) {
                double tau = locate(y, h, 0.0, drag, w);
                double[] hit = new double[6];
                coastStep(y, tau, hit, drag, w);
                if (log != null) {
                    log.add(t + tau, hit);
                }
                return new Phase(t + tau, hit, true);
            }
            if (alt >= exitAltitudeM && radialVelocity(next) > 0) {
                double tau = locate(y, h, exitAltitudeM, drag, w);
                double[] out = new double[6];
                coastStep(y, tau, out, drag, w);
                if (log != null) {
                    log.add(t + tau, out);
                }
                return new Phase(t + tau, out, false);
            }
            if (!Double.isNaN(altPrev2) && altPrev >= altPrev2 && altPrev >= alt) {
                parabolicApogee(t, h, altPrev2, altPrev, alt, apogee);
            }
            altPrev2 = altPrev;
            altPrev = alt;
            System.arraycopy(next, 0, y, 0, 6);
            t += h;
            if (log != null) {
                log.add(t, y);
            }
        }
        return new Phase(t, y, true);
    }

    /** Numerical J2 coast to the descending crossing of the interface; null when it never comes down. */
    private Phase integrateCoastJ2(double t0, double[] y0, double interfaceM, StateLog log, Apogee apogee, Work w) {
        double h = settings.coastStepS();
        double[] y = y0.clone();
        double[] next = new double[6];
        double t = t0;
        double altPrev2 = Double.NaN;
        double altPrev = altitude(y);
        double end = t0 + MAX_FLIGHT_S;
        while (t < end) {
            coastStep(y, h, next, false, w);
            double alt = altitude(next);
            if (alt < interfaceM && radialVelocity(next) < 0) {
                double tau = locate(y, h, interfaceM, false, w);
                double[] out = new double[6];
                coastStep(y, tau, out, false, w);
                if (log != null) {
                    log.add(t + tau, out);
                }
                return new Phase(t + tau, out, false);
            }
            if (!Double.isNaN(altPrev2) && altPrev >= altPrev2 && altPrev >= alt) {
                parabolicApogee(t, h, altPrev2, altPrev, alt, apogee);
            } else if (Double.isNaN(altPrev2) && altPrev >= alt) {
                apogee.offer(t, altPrev);
            }
            altPrev2 = altPrev;
            altPrev = alt;
            System.arraycopy(next, 0, y, 0, 6);
            t += h;
            if (log != null) {
                log.add(t, y);
            }
        }
        return null;
    }

    private static void parabolicApogee(double tMid, double h, double a0, double a1, double a2, Apogee apogee) {
        double denom = a0 - 2.0 * a1 + a2;
        if (denom >= 0) {
            apogee.offer(tMid, a1);
            return;
        }
        double s = 0.5 * (a0 - a2) / denom;
        double peak = a1 - 0.25 * (a0 - a2) * s;
        apogee.offer(tMid + s * h, peak);
    }

    /** Partial step tau in (0, h] at which the altitude equals targetM. */
    private double locate(double[] y, double h, double targetM, boolean drag, Work w) {
        double[] probe = new double[6];
        double f0 = altitude(y) - targetM;
        coastStep(y, h, probe, drag, w);
        double f1 = altitude(probe) - targetM;
        if ((f0 > 0) == (f1 > 0)) {
            return h;
        }
        return Brent.root(tau -> {
            coastStep(y, tau, probe, drag, w);
            return altitude(probe) - targetM;
        }, 0.0, f0, h, f1, 1.0e-7, 100);
    }

    /** Time from the orbit's initial state until it descends to the given geodetic altitude. */
    private double keplerTimeToAltitude(KeplerOrbit orbit, double[] y0, double altitudeM, double[] s) {
        // Start from the sphere through the initial point's surface radius, then Newton on time
        // with the radial rate (the geodetic height differs from the radius by the slowly varying
        // surface radius).
        GeodeticPoint here = ellipsoid.toGeodetic(y0[0], y0[1], y0[2]);
        double radius = ellipsoid.surfaceRadiusM(here.latitudeRad()) + altitudeM;
        double dt = orbit.timeToDescendTo(radius);
        if (!Double.isFinite(dt)) {
            return dt;
        }
        for (int i = 0; i < 8; i++) {
            orbit.stateAt(dt, s);
            double err = altitude(s) - altitudeM;
            double rdot = radialVelocity(s);
            if (Math.abs(err) < 1.0e-4 || rdot == 0.0) {
                break;
            }
            dt -= err / rdot;
        }
        return dt;
    }

    private void keplerApogee(KeplerOrbit orbit, double t0, double ta, Apogee apogee, double[] s) {
        double h = Math.min(APOGEE_PROBE_S, ta);
        orbit.stateAt(ta - h, s);
        double a0 = altitude(s);
        orbit.stateAt(ta, s);
        double a1 = altitude(s);
        orbit.stateAt(ta + h, s);
        double a2 = altitude(s);
        if (h <= 0) {
            apogee.offer(t0 + ta, a1);
        } else {
            parabolicApogee(t0 + ta, h, a0, a1, a2, apogee);
        }
    }

    // ------------------------------------------------------------------ results

    private FlightOutcome finish(PoweredFlight powered, double tImpact, double[] yImpact, double tc,
                                 double burnoutSpeed, double burnoutAlt, double burnoutGamma, Apogee apogee,
                                 StateLog log) {
        GeodeticPoint impact = surfacePoint(tImpact, yImpact);
        GeodeticPoint launch = powered.launch();
        double range = geodesy.distanceM(new GeodeticPoint(launch.latitudeRad(), launch.longitudeRad(), 0.0), impact);
        List<TrajectoryEvent> events = new ArrayList<>();
        List<TrajectorySample> samples = new ArrayList<>();
        if (log != null) {
            double[] s = new double[6];
            double[] geodetic = new double[3];
            double step = settings.sampleIntervalS();
            int interval = 0;
            for (double t = 0; t < tImpact; t += step) {
                if (shortcuts) {
                    interval = log.stateAtFrom(t, s, interval);
                } else {
                    log.stateAt(t, s);
                }
                samples.add(sample(t, s, geodetic));
            }
            samples.add(sample(tImpact, yImpact));
            events.add(new TrajectoryEvent(TrajectoryEvent.Kind.LAUNCH, samples.get(0)));
            double up;
            double down;
            if (shortcuts) {
                double rate = log.maxPositionRateMps();
                up = crossing(log, rate, 0.0, apogee.tS, ASCENT_MARK_M, true);
                down = crossing(log, rate, apogee.tS, tImpact, ASCENT_MARK_M, false);
            } else {
                up = crossingEveryPoint(log, 0.0, apogee.tS, ASCENT_MARK_M, true);
                down = crossingEveryPoint(log, apogee.tS, tImpact, ASCENT_MARK_M, false);
            }
            List<TrajectoryEvent> mid = new ArrayList<>();
            if (!Double.isNaN(up)) {
                log.stateAt(up, s);
                mid.add(new TrajectoryEvent(TrajectoryEvent.Kind.ASCENT_100KM, sample(up, s)));
            }
            log.stateAt(tc, s);
            mid.add(new TrajectoryEvent(TrajectoryEvent.Kind.BURNOUT, sample(tc, s)));
            log.stateAt(apogee.tS, s);
            TrajectorySample apo = sample(apogee.tS, s);
            mid.add(new TrajectoryEvent(TrajectoryEvent.Kind.APOGEE, new TrajectorySample(apo.tS(), apo.latitudeRad(),
                    apo.longitudeRad(), apogee.altitudeM, apo.speedMps())));
            if (!Double.isNaN(down)) {
                log.stateAt(down, s);
                mid.add(new TrajectoryEvent(TrajectoryEvent.Kind.DESCENT_100KM, sample(down, s)));
            }
            mid.sort((a, b) -> a.sample().tS() != b.sample().tS()
                    ? Double.compare(a.sample().tS(), b.sample().tS())
                    : Integer.compare(a.kind().ordinal(), b.kind().ordinal()));
            events.addAll(mid);
            events.add(new TrajectoryEvent(TrajectoryEvent.Kind.IMPACT, samples.get(samples.size() - 1)));
        }
        return new FlightOutcome.Impact(new Trajectory(launch, impact, powered.azimuthRad(), powered.pitchOverRad(),
                tc, burnoutSpeed, burnoutAlt, burnoutGamma, apogee.altitudeM, apogee.tS, tImpact, range, events,
                samples));
    }

    /**
     * The time (s) at which the logged flight crosses altitudeM upward (ascending) or downward
     * between from and to: the first pair of points {@link FlightSettings#reentryStepS} apart (times
     * accumulated from {@code from}) whose heights straddle it, then Brent's root between them; NaN
     * when there is none.
     *
     * <p>Heights far from the mark are not computed at every point: the height changes no faster than
     * the interpolated position moves (its gradient is the unit normal), at most
     * rate = {@link StateLog#maxPositionRateMps} (B), so after a point whose height is d from the mark, no point
     * within (d - 1 mm) / B of it can lie on the other side, and none of those pairs can straddle the
     * mark. The points computed are a subset of the full scan's with the same values; at the first pair
     * that may straddle, both ends are computed. Same pair, same root, bit for bit, as visiting every
     * point ({@link #crossingEveryPoint}, what an engine without shortcuts does; {@code
     * NativeFlightEngineTest}).
     */
    private double crossing(StateLog log, double rate, double from, double to, double altitudeM, boolean ascending) {
        double[] s = new double[6];
        double step = settings.reentryStepS();
        double prevT = from;
        log.stateAt(prevT, s);
        double prev = altitude(s) - altitudeM;
        boolean prevKnown = true;
        double skipUntil = from + (Math.abs(prev) - CROSSING_SLACK_M) / rate;
        for (double t = from + step; t <= to + step; t += step) {
            double tt = Math.min(t, to);
            if (tt < skipUntil && tt < to) {
                // On the same side as the last height computed: no pair here straddles the mark.
                prevT = tt;
                prevKnown = false;
                continue;
            }
            log.stateAt(tt, s);
            double cur = altitude(s) - altitudeM;
            if (straddles(prev, cur, ascending)) {
                // A skipped previous point lies strictly on the side of the last height computed, so
                // the pair straddles exactly when it does with that height; its own height is
                // computed for the root, which is then the full scan's.
                if (!prevKnown) {
                    log.stateAt(prevT, s);
                    prev = altitude(s) - altitudeM;
                }
                return crossingBetween(log, prevT, prev, tt, cur, altitudeM);
            }
            prev = cur;
            prevT = tt;
            prevKnown = true;
            skipUntil = tt + (Math.abs(cur) - CROSSING_SLACK_M) / rate;
            if (tt >= to) {
                break;
            }
        }
        return Double.NaN;
    }

    /** Whether heights prev then cur (relative to the mark) cross it in the direction asked for. */
    private static boolean straddles(double prev, double cur, boolean ascending) {
        return ascending ? (prev < 0 && cur >= 0) : (prev > 0 && cur <= 0);
    }

    /** Brent's root of the logged height minus altitudeM between times a and b (values fa and fb). */
    private double crossingBetween(StateLog log, double a, double fa, double b, double fb, double altitudeM) {
        double[] s = new double[6];
        return Brent.root(u -> {
            log.stateAt(u, s);
            return altitude(s) - altitudeM;
        }, a, fa, b, fb, 1.0e-6, 100);
    }

    /** {@link #crossing} computing the height at every point (the reference of the skipping scan). */
    private double crossingEveryPoint(StateLog log, double from, double to, double altitudeM, boolean ascending) {
        double[] s = new double[6];
        double step = settings.reentryStepS();
        double prevT = from;
        log.stateAt(prevT, s);
        double prev = altitude(s) - altitudeM;
        for (double t = from + step; t <= to + step; t += step) {
            double tt = Math.min(t, to);
            log.stateAt(tt, s);
            double cur = altitude(s) - altitudeM;
            if (straddles(prev, cur, ascending)) {
                return crossingBetween(log, prevT, prev, tt, cur, altitudeM);
            }
            prev = cur;
            prevT = tt;
            if (tt >= to) {
                break;
            }
        }
        return Double.NaN;
    }

    private TrajectorySample sample(double tS, double[] y) {
        return sample(tS, y, new double[3]);
    }

    /** The sample of an inertial state at tS; geodetic is scratch space for the conversion. */
    private TrajectorySample sample(double tS, double[] y, double[] geodetic) {
        double theta = omega * tS;
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        double xe = c * y[0] + s * y[1];
        double ye = -s * y[0] + c * y[1];
        ellipsoid.toGeodetic(xe, ye, y[2], geodetic);
        return new TrajectorySample(tS, geodetic[0], geodetic[1], geodetic[2],
                Math.sqrt(y[3] * y[3] + y[4] * y[4] + y[5] * y[5]));
    }

    private GeodeticPoint surfacePoint(double tS, double[] y) {
        TrajectorySample s = sample(tS, y);
        return new GeodeticPoint(s.latitudeRad(), s.longitudeRad(), 0.0);
    }
}
