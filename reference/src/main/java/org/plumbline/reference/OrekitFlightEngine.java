package org.plumbline.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.analysis.solvers.UnivariateSolver;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.orekit.attitudes.AttitudeProvider;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.bodies.OneAxisEllipsoid;
import org.orekit.forces.gravity.J2OnlyPerturbation;
import org.orekit.forces.gravity.NewtonianAttraction;
import org.orekit.frames.Frame;
import org.orekit.frames.FramesFactory;
import org.orekit.propagation.BoundedPropagator;
import org.orekit.propagation.EphemerisGenerator;
import org.orekit.propagation.SpacecraftState;
import org.orekit.propagation.events.AltitudeDetector;
import org.orekit.propagation.events.DateDetector;
import org.orekit.propagation.events.EventDetectionSettings;
import org.orekit.propagation.numerical.NumericalPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.AbsolutePVCoordinates;
import org.orekit.utils.PVCoordinates;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.earth.Geodesy;
import org.plumbline.core.trajectory.FlightEngine;
import org.plumbline.core.trajectory.FlightOutcome;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.PoweredFlight;
import org.plumbline.core.trajectory.Trajectory;
import org.plumbline.core.trajectory.TrajectoryEvent;
import org.plumbline.core.trajectory.TrajectorySample;

import static org.plumbline.core.math.Checks.checkInRange;

/**
 * A reference flight engine: the physics of {@link org.plumbline.core.trajectory.NativeFlightEngine}
 * propagated with Orekit's {@link NumericalPropagator} and an adaptive
 * {@link DormandPrince853Integrator} (Dormand and Prince, "A family of embedded Runge-Kutta
 * formulae", J. Comp. Appl. Math. 6(1), 1980, pp. 19-26; Hairer, Norsett and Wanner, <i>Solving
 * Ordinary Differential Equations I</i>, 2nd ed., 1993, section II.10).
 *
 * <h2>Model</h2>
 * Gravity: Orekit's {@link NewtonianAttraction} and, when J2 is not 0, {@link J2OnlyPerturbation}
 * in the Earth-fixed frame. Powered flight: {@link BoostForce} (thrust with the core's pitch
 * program, analytic mass, body drag). After thrust termination: {@link ReentryDrag} below the
 * atmospheric interface. Atmosphere, drag curve and interface altitude are the core's
 * ({@link FlightSettings}); the step sizes and the coast method of the settings are not used.
 *
 * <h2>Frames and time</h2>
 * t = 0 is {@link #EPOCH}. The inertial frame is GCRF, standing for the core's inertial frame (the
 * Earth-fixed frame at launch); the Earth-fixed frame is a child of GCRF turning at the Earth
 * model's rate ({@link EarthRotation}); geodetic conversions use Orekit's {@link OneAxisEllipsoid}.
 * No Orekit data files are needed.
 *
 * <h2>Numerics</h2>
 * The integrator's absolute tolerances are {@link #positionToleranceM()} on position and that per
 * 1000 s on velocity; there is no relative tolerance. Date events at every thrust-program boundary
 * (end of vertical rise, end of pitch-over, staging) switch the thrust segment and restart the
 * integrator there, and an altitude event at the interface switches the re-entry drag on, so that
 * no step straddles a discontinuity of the forces. Impact and apogee are located by event
 * detection to {@link #EVENT_THRESHOLD_S}. A powered flight has {@link PoweredFlight#crashed() crashed}
 * when its altitude falls below the launch altitude minus 1 m at any time (the native engine checks
 * at its step nodes); like the native engine it is still integrated to full burn.
 *
 * <p>Immutable and thread-safe: each call builds its own propagator and force models. Slow (it is
 * a reference, not a production engine): see docs/performance.md.
 */
public final class OrekitFlightEngine implements FlightEngine {
    /** Time t = 0 of every flight: J2000.0 in TT, a date that needs no Orekit data. */
    public static final AbsoluteDate EPOCH = AbsoluteDate.J2000_EPOCH;
    /** Default absolute position tolerance of the integrator, m. */
    public static final double DEFAULT_POSITION_TOLERANCE_M = 1.0e-3;
    /** Time over which the velocity tolerance adds up to the position tolerance, s. */
    private static final double TOLERANCE_TIME_S = 1000.0;
    /** Mass is not integrated (it is analytic), so its tolerance only has to be positive, kg. */
    private static final double MASS_TOLERANCE_KG = 1.0;
    private static final double MIN_STEP_S = 1.0e-9;
    private static final double BOOST_MAX_STEP_S = 20.0;
    private static final double COAST_MAX_STEP_S = 300.0;
    /** Largest interval between checks of the altitude and apogee events, s. */
    private static final double EVENT_MAX_CHECK_S = 10.0;
    /** Time accuracy of located events, s (at 7 km/s, 0.7 mm). */
    static final double EVENT_THRESHOLD_S = 1.0e-7;
    private static final int EVENT_MAX_ITERATIONS = 100;
    /** Same limit as the native engine: a payload still up after this is in orbit, s. */
    private static final double MAX_FLIGHT_S = 4.0 * 3600.0;
    private static final double ASCENT_MARK_M = 100_000.0;
    /** Step of the scans that bracket boost apogees and 100 km crossings for the output, s. */
    private static final double SCAN_STEP_S = 0.5;
    private static final double SCAN_TOLERANCE_S = 1.0e-6;

    private final EarthModel earth;
    private final Missile missile;
    private final FlightSettings settings;
    private final double positionToleranceM;
    private final ThrustProgram program;
    private final Frame inertial;
    private final Frame earthFixed;
    private final OneAxisEllipsoid body;
    private final AttitudeProvider attitude;
    private final Geodesy geodesy;
    private final EventDetectionSettings eventSettings;

    /**
     * @param positionToleranceM absolute position tolerance of the integrator, m, in [1e-6, 100]
     */
    public OrekitFlightEngine(EarthModel earth, Missile missile, FlightSettings settings, double positionToleranceM) {
        checkInRange("positionToleranceM", positionToleranceM, "m", 1.0e-6, 100.0);
        this.earth = earth;
        this.missile = missile;
        this.settings = settings;
        this.positionToleranceM = positionToleranceM;
        this.program = new ThrustProgram(missile);
        this.inertial = FramesFactory.getGCRF();
        this.earthFixed = new Frame(inertial, new EarthRotation(EPOCH, earth.rotationRateRadPerS()),
                "plumbline-earth-fixed-" + earth.id(), false);
        this.body = new OneAxisEllipsoid(earth.equatorialRadiusM(), earth.flattening(), earthFixed);
        this.attitude = new FrameAlignedProvider(inertial);
        this.geodesy = new Geodesy(earth);
        this.eventSettings = new EventDetectionSettings(EVENT_MAX_CHECK_S, EVENT_THRESHOLD_S, EVENT_MAX_ITERATIONS);
    }

    /** An engine with the default flight settings and position tolerance. */
    public static OrekitFlightEngine of(EarthModel earth, Missile missile) {
        return new OrekitFlightEngine(earth, missile, FlightSettings.DEFAULT, DEFAULT_POSITION_TOLERANCE_M);
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

    /** Absolute position tolerance of the integrator, m. */
    public double positionToleranceM() {
        return positionToleranceM;
    }

    /** The Earth-fixed frame (a child of GCRF). */
    public Frame earthFixedFrame() {
        return earthFixed;
    }

    /** The Earth model's ellipsoid in the Earth-fixed frame. */
    public OneAxisEllipsoid ellipsoid() {
        return body;
    }

    // ------------------------------------------------------------------ propagators

    private NumericalPropagator propagator(SpacecraftState initial, double maxStepS) {
        double velocityTolerance = positionToleranceM / TOLERANCE_TIME_S;
        double[] absolute = {positionToleranceM, positionToleranceM, positionToleranceM,
            velocityTolerance, velocityTolerance, velocityTolerance, MASS_TOLERANCE_KG};
        double[] relative = new double[absolute.length];
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(MIN_STEP_S, maxStepS, absolute,
                relative);
        NumericalPropagator p = new NumericalPropagator(integrator, attitude);
        p.setOrbitType(null);
        p.setIgnoreCentralAttraction(true);
        p.addForceModel(new NewtonianAttraction(earth.muM3PerS2()));
        if (earth.j2() != 0.0) {
            p.addForceModel(new J2OnlyPerturbation(earth.muM3PerS2(), earth.equatorialRadiusM(), earth.j2(),
                    earthFixed));
        }
        p.setInitialState(initial);
        return p;
    }

    private SpacecraftState inertialState(double tS, double[] y, double massKg) {
        return new SpacecraftState(new AbsolutePVCoordinates(inertial, EPOCH.shiftedBy(tS),
                new Vector3D(y[0], y[1], y[2]), new Vector3D(y[3], y[4], y[5]))).withMass(massKg);
    }

    private static double timeOf(SpacecraftState s) {
        return s.getDate().durationFrom(EPOCH);
    }

    private double altitudeM(double tS, double[] y) {
        return body.transform(new Vector3D(y[0], y[1], y[2]), inertial, EPOCH.shiftedBy(tS)).getAltitude();
    }

    private double altitudeM(SpacecraftState s) {
        return body.transform(s.getPosition(), inertial, s.getDate()).getAltitude();
    }

    // ------------------------------------------------------------------ powered flight

    @Override
    public PoweredFlight boost(GeodeticPoint launch, double azimuthRad, double pitchOverRad) {
        Vector3D pad = body.transform(new org.orekit.bodies.GeodeticPoint(launch.latitudeRad(),
                launch.longitudeRad(), launch.altitudeM()));
        // At rest on the pad: the frame transform gives the inertial velocity omega x r.
        PVCoordinates start = earthFixed.getTransformTo(inertial, EPOCH)
                .transformPVCoordinates(new PVCoordinates(pad, Vector3D.ZERO));
        SpacecraftState initial = new SpacecraftState(new AbsolutePVCoordinates(inertial, EPOCH, start))
                .withMass(program.launchMassKg());
        BoostForce thrust = new BoostForce(program, earth, missile, settings.atmosphere(), EPOCH, inertial, body,
                azimuthRad, pitchOverRad);
        NumericalPropagator p = propagator(initial, BOOST_MAX_STEP_S);
        p.addForceModel(thrust);
        for (int k = 1; k < program.segmentCount(); k++) {
            int segment = k;
            p.addEventDetector(new DateDetector(EPOCH.shiftedBy(program.segmentStartS(k))).withHandler(
                    (s, detector, increasing) -> {
                        thrust.startSegment(segment);
                        return Action.RESET_DERIVATIVES;
                    }));
        }
        boolean[] crashed = {false};
        p.addEventDetector(new AltitudeDetector(launch.altitudeM() - 1.0, body).withDetectionSettings(eventSettings)
                .withHandler((s, detector, increasing) -> {
                    crashed[0] |= !increasing;
                    return Action.CONTINUE;
                }));
        EphemerisGenerator generator = p.getEphemerisGenerator();
        p.propagate(EPOCH.shiftedBy(program.burnTimeS()));
        return new OrekitPoweredFlight(launch, azimuthRad, pitchOverRad, program.burnTimeS(), crashed[0],
                generator.getGeneratedEphemeris());
    }

    /** A powered flight read from Orekit's dense output. */
    private final class OrekitPoweredFlight implements PoweredFlight {
        private final GeodeticPoint launch;
        private final double azimuthRad;
        private final double pitchOverRad;
        private final double burnTimeS;
        private final boolean crashed;
        private final BoundedPropagator ephemeris;

        OrekitPoweredFlight(GeodeticPoint launch, double azimuthRad, double pitchOverRad, double burnTimeS,
                            boolean crashed, BoundedPropagator ephemeris) {
            this.launch = launch;
            this.azimuthRad = azimuthRad;
            this.pitchOverRad = pitchOverRad;
            this.burnTimeS = burnTimeS;
            this.crashed = crashed;
            this.ephemeris = ephemeris;
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
            return burnTimeS;
        }

        @Override
        public boolean crashed() {
            return crashed;
        }

        @Override
        public void stateAt(double tS, double[] out) {
            double t = Math.max(0.0, Math.min(tS, burnTimeS));
            copy(ephemeris.getPVCoordinates(EPOCH.shiftedBy(t), inertial), out);
        }
    }

    private static void copy(PVCoordinates pv, double[] out) {
        Vector3D r = pv.getPosition();
        Vector3D v = pv.getVelocity();
        out[0] = r.getX();
        out[1] = r.getY();
        out[2] = r.getZ();
        out[3] = v.getX();
        out[4] = v.getY();
        out[5] = v.getZ();
    }

    // ------------------------------------------------------------------ unpowered flight

    /** The highest point seen so far. */
    private static final class Apogee {
        double tS;
        double altitudeM;

        Apogee(double tS, double altitudeM) {
            this.tS = tS;
            this.altitudeM = altitudeM;
        }

        void offer(double t, double alt) {
            if (alt > altitudeM) {
                tS = t;
                altitudeM = alt;
            }
        }
    }

    /**
     * Flies from thrust termination to impact. Works with any {@link PoweredFlight} (also the
     * native engine's), reading its state at the cutoff time.
     */
    @Override
    public FlightOutcome fly(PoweredFlight powered, double cutoffS, boolean withSamples) {
        if (powered.crashed()) {
            return new FlightOutcome.NoImpact("the missile falls back before burnout with this steering");
        }
        double tc = Math.min(cutoffS, powered.burnTimeS());
        double[] y = new double[6];
        powered.stateAt(tc, y);
        double burnoutSpeed = Math.sqrt(y[3] * y[3] + y[4] * y[4] + y[5] * y[5]);
        double burnoutAlt = altitudeM(tc, y);
        double radius = Math.sqrt(y[0] * y[0] + y[1] * y[1] + y[2] * y[2]);
        double radialSpeed = (y[0] * y[3] + y[1] * y[4] + y[2] * y[5]) / radius;
        double burnoutGamma = Math.asin(Math.max(-1.0, Math.min(1.0, radialSpeed / burnoutSpeed)));

        SpacecraftState cutoff = inertialState(tc, y, missile.payloadMassKg());
        AltitudeRateDetector rate = new AltitudeRateDetector(eventSettings, (s, d, increasing) -> Action.CONTINUE,
                body);
        Apogee apogee = new Apogee(tc, burnoutAlt);
        if (rate.g(cutoff) <= 0.0) {
            // Already descending at cutoff: the highest point was during the boost.
            boostApogee(powered, tc, apogee);
        }

        double interfaceM = settings.atmosphereInterfaceM();
        ReentryDrag drag = new ReentryDrag(inertial, body, settings.atmosphere(), earth.rotationRateRadPerS(),
                missile.reentryBallisticCoefficientKgPerM2(), burnoutAlt < interfaceM);
        NumericalPropagator p = propagator(cutoff, COAST_MAX_STEP_S);
        p.addForceModel(drag);
        p.addEventDetector(new AltitudeDetector(interfaceM, body).withDetectionSettings(eventSettings)
                .withHandler((s, d, increasing) -> {
                    drag.setBelowInterface(!increasing);
                    return Action.RESET_DERIVATIVES;
                }));
        p.addEventDetector(rate.withHandler((s, d, increasing) -> {
            if (!increasing) {
                apogee.offer(timeOf(s), altitudeM(s));
            }
            return Action.CONTINUE;
        }));
        boolean[] impacted = {false};
        p.addEventDetector(new AltitudeDetector(0.0, body).withDetectionSettings(eventSettings)
                .withHandler((s, d, increasing) -> {
                    if (increasing) {
                        return Action.CONTINUE;
                    }
                    impacted[0] = true;
                    return Action.STOP;
                }));
        EphemerisGenerator generator = withSamples ? p.getEphemerisGenerator() : null;
        SpacecraftState end = p.propagate(EPOCH.shiftedBy(tc + MAX_FLIGHT_S));
        if (!impacted[0]) {
            return new FlightOutcome.NoImpact("the payload does not come down within " + (int) MAX_FLIGHT_S
                    + " s (orbit)");
        }
        double tImpact = timeOf(end);
        org.orekit.bodies.GeodeticPoint hit = body.transform(end.getPosition(), inertial, end.getDate());
        GeodeticPoint impact = new GeodeticPoint(hit.getLatitude(), hit.getLongitude(), 0.0);
        GeodeticPoint launch = powered.launch();
        double range = geodesy.distanceM(new GeodeticPoint(launch.latitudeRad(), launch.longitudeRad(), 0.0), impact);
        List<TrajectorySample> samples = List.of();
        List<TrajectoryEvent> events = List.of();
        if (withSamples) {
            BoundedPropagator coast = generator.getGeneratedEphemeris();
            Flight flight = (t, out) -> {
                if (t <= tc) {
                    powered.stateAt(t, out);
                } else {
                    copy(coast.getPVCoordinates(EPOCH.shiftedBy(Math.min(t, tImpact)), inertial), out);
                }
            };
            samples = samples(flight, tImpact);
            events = events(flight, samples, tc, apogee, tImpact);
        }
        return new FlightOutcome.Impact(new Trajectory(launch, impact, powered.azimuthRad(), powered.pitchOverRad(),
                tc, burnoutSpeed, burnoutAlt, burnoutGamma, apogee.altitudeM, apogee.tS, tImpact, range, events,
                samples));
    }

    /** The highest point of the powered flight on [0, tc]: a scan, then Brent's minimiser. */
    private void boostApogee(PoweredFlight powered, double tc, Apogee apogee) {
        double[] y = new double[6];
        DoubleUnaryOperator altitude = t -> {
            powered.stateAt(t, y);
            return altitudeM(t, y);
        };
        double best = 0.0;
        double bestAlt = Double.NEGATIVE_INFINITY;
        for (double t = 0.0; t <= tc; t += SCAN_STEP_S) {
            double a = altitude.applyAsDouble(t);
            if (a > bestAlt) {
                best = t;
                bestAlt = a;
            }
        }
        double lo = Math.max(0.0, best - SCAN_STEP_S);
        double hi = Math.min(tc, best + SCAN_STEP_S);
        double t = new BrentOptimizer(1.0e-12, SCAN_TOLERANCE_S).optimize(new MaxEval(200), GoalType.MAXIMIZE,
                new UnivariateObjectiveFunction(altitude::applyAsDouble), new SearchInterval(lo, hi, best))
                .getPoint();
        apogee.offer(t, altitude.applyAsDouble(t));
    }

    /** The whole flight's inertial state as a function of time, for output. */
    private interface Flight {
        void stateAt(double tS, double[] out);
    }

    private TrajectorySample sample(Flight flight, double tS) {
        double[] y = new double[6];
        flight.stateAt(tS, y);
        org.orekit.bodies.GeodeticPoint g = body.transform(new Vector3D(y[0], y[1], y[2]), inertial,
                EPOCH.shiftedBy(tS));
        return new TrajectorySample(tS, g.getLatitude(), g.getLongitude(), g.getAltitude(),
                Math.sqrt(y[3] * y[3] + y[4] * y[4] + y[5] * y[5]));
    }

    private List<TrajectorySample> samples(Flight flight, double tImpact) {
        List<TrajectorySample> out = new ArrayList<>();
        double step = settings.sampleIntervalS();
        for (int i = 0; i * step < tImpact; i++) {
            out.add(sample(flight, i * step));
        }
        TrajectorySample last = sample(flight, tImpact);
        out.add(new TrajectorySample(tImpact, last.latitudeRad(), last.longitudeRad(), 0.0, last.speedMps()));
        return out;
    }

    private List<TrajectoryEvent> events(Flight flight, List<TrajectorySample> samples, double tc, Apogee apogee,
                                         double tImpact) {
        List<TrajectoryEvent> mid = new ArrayList<>();
        double up = crossing(flight, 0.0, apogee.tS, true);
        if (!Double.isNaN(up)) {
            mid.add(new TrajectoryEvent(TrajectoryEvent.Kind.ASCENT_100KM, sample(flight, up)));
        }
        mid.add(new TrajectoryEvent(TrajectoryEvent.Kind.BURNOUT, sample(flight, tc)));
        TrajectorySample top = sample(flight, apogee.tS);
        mid.add(new TrajectoryEvent(TrajectoryEvent.Kind.APOGEE, new TrajectorySample(top.tS(), top.latitudeRad(),
                top.longitudeRad(), apogee.altitudeM, top.speedMps())));
        double down = crossing(flight, apogee.tS, tImpact, false);
        if (!Double.isNaN(down)) {
            mid.add(new TrajectoryEvent(TrajectoryEvent.Kind.DESCENT_100KM, sample(flight, down)));
        }
        mid.sort(Comparator.comparingDouble((TrajectoryEvent e) -> e.sample().tS())
                .thenComparingInt(e -> e.kind().ordinal()));
        List<TrajectoryEvent> events = new ArrayList<>();
        events.add(new TrajectoryEvent(TrajectoryEvent.Kind.LAUNCH, samples.get(0)));
        events.addAll(mid);
        events.add(new TrajectoryEvent(TrajectoryEvent.Kind.IMPACT, samples.get(samples.size() - 1)));
        return events;
    }

    /** First time in [from, to] the flight crosses 100 km in the given direction; NaN when it does not. */
    private double crossing(Flight flight, double from, double to, boolean ascending) {
        double[] y = new double[6];
        DoubleUnaryOperator above = t -> {
            flight.stateAt(t, y);
            return altitudeM(t, y) - ASCENT_MARK_M;
        };
        UnivariateSolver solver = new BracketingNthOrderBrentSolver(SCAN_TOLERANCE_S, 5);
        double prevT = from;
        double prev = above.applyAsDouble(from);
        for (double t = from + SCAN_STEP_S; prevT < to; t += SCAN_STEP_S) {
            double tt = Math.min(t, to);
            double cur = above.applyAsDouble(tt);
            if (ascending ? (prev < 0 && cur >= 0) : (prev > 0 && cur <= 0)) {
                return solver.solve(100, above::applyAsDouble, prevT, tt);
            }
            prevT = tt;
            prev = cur;
        }
        return Double.NaN;
    }

    @Override
    public String toString() {
        return "OrekitFlightEngine[" + earth.id() + ", " + missile.id() + ", positionToleranceM=" + positionToleranceM
                + "]";
    }
}
