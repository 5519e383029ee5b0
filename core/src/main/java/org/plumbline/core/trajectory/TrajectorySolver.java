package org.plumbline.core.trajectory;

import java.util.function.DoubleUnaryOperator;

import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.earth.Geodesy;
import org.plumbline.core.math.Brent;

/**
 * Targeting and reach: finds the launch azimuth, pitch-over angle and thrust-termination time that
 * bring a missile down on a target with a requested {@link Shape}, or the longest flight toward a
 * point.
 *
 * <h2>Method</h2>
 * A shooting method in two layers. The inner layer searches the steering against the analytic
 * vacuum prediction of the impact ({@link VacuumPredictor}): the thrust-termination time that gives
 * the aim range is a Brent root on the stored powered flight; the pitch-over angle is the Brent
 * minimum of that time (minimum energy) or a Brent root of the shape constraint (apogee, burnout
 * angle) on the lofted or depressed side of the minimum; the azimuth is corrected by the bearing
 * error. The outer layer flies the full model (drag, J2, rotation) and moves the aim point by the
 * difference between the full and the predicted impact, until the impact is within
 * {@link #AIM_TOLERANCE_M} of the target (the contract is {@link #MISS_TOLERANCE_M}).
 *
 * <p>Immutable and thread-safe; each solve keeps its own scratch state.
 */
public final class TrajectorySolver {
    /** Largest miss distance of a reported hit, m (the contract of {@code plumbline trajectory}). */
    public static final double MISS_TOLERANCE_M = 100.0;
    /** Miss distance the outer iteration aims for, m. */
    public static final double AIM_TOLERANCE_M = 5.0;
    /** Apogee tolerance of the lofted and depressed shapes, m. */
    public static final double APOGEE_TOLERANCE_M = 100.0;

    private static final double MIN_PITCH_RAD = Math.toRadians(0.002);
    private static final double MAX_PITCH_RAD = Math.toRadians(60.0);
    private static final double PITCH_TOL_RAD = 1.0e-7;
    private static final double CUTOFF_TOL_S = 1.0e-7;
    private static final double BEARING_TOL_RAD = 1.0e-9;
    private static final int MAX_OUTER = 12;
    private static final int MAX_AZIMUTH = 8;
    /** Penalty slope of the minimum-energy objective outside the feasible region, J/kg per m. */
    private static final double PENALTY_J_PER_KG_PER_M = 10.0;
    /** Pitch-over angles scanned before a Brent search. */
    private static final int SCAN_POINTS = 20;
    /** Ground range beyond which a flight whose impact lies behind the aim bearing has passed the antipode, m. */
    private static final double WRAP_RANGE_M = 10_000_000.0;
    /** Factor between successive pitch-over angles when stepping to a feasibility edge. */
    private static final double EDGE_STEP = 1.25;

    private final FlightEngine engine;
    private final VacuumPredictor predictor;
    private final Geodesy geodesy;
    private final double earliestCutoffS;

    public TrajectorySolver(FlightEngine engine) {
        this.engine = engine;
        this.predictor = new VacuumPredictor(engine.earth());
        this.geodesy = new Geodesy(engine.earth());
        Missile m = engine.missile();
        this.earliestCutoffS = Math.min(m.verticalRiseS() + m.pitchOverS() + 2.0, 0.999 * m.burnTimeS());
    }

    public FlightEngine engine() {
        return engine;
    }

    // ------------------------------------------------------------------ inner layer

    /** Scratch of one solve: the prediction and the most recent powered flight. */
    private final class Search {
        final GeodeticPoint launch;
        final VacuumPredictor.Prediction prediction = new VacuumPredictor.Prediction();
        double azimuthRad;
        /** Bearing (rad) along which ranges are measured. */
        double aimBearingRad;
        double pitchOverRad = Double.NaN;
        double cutoffS;
        PoweredFlight powered;
        /** Outcome code of the last cutoff search: 0 feasible, +1 too far, -1 too close. */
        int status;
        /** Range at full burn and at the earliest cutoff of the last cutoff search. */
        double fullRangeM;
        double earliestRangeM;
        double pitchOfMinimumEnergy = Double.NaN;
        private double maxPitch = Double.NaN;

        Search(GeodeticPoint launch) {
            this.launch = launch;
        }

        /**
         * The largest pitch-over angle whose powered flight does not fall back to the ground (to
         * {@link #MAX_PITCH_RAD} at most), by bisection; searched once per solve.
         */
        double maxPitch() {
            if (Double.isNaN(maxPitch)) {
                double lo = MIN_PITCH_RAD;
                double hi = MAX_PITCH_RAD;
                if (!engine.boost(launch, azimuthRad, hi).crashed()) {
                    maxPitch = hi;
                } else {
                    for (int i = 0; i < 14; i++) {
                        double mid = 0.5 * (lo + hi);
                        if (engine.boost(launch, azimuthRad, mid).crashed()) {
                            hi = mid;
                        } else {
                            lo = mid;
                        }
                    }
                    maxPitch = lo;
                }
            }
            return maxPitch;
        }

        PoweredFlight boost(double pitch) {
            if (powered == null || powered.pitchOverRad() != pitch || powered.azimuthRad() != azimuthRad) {
                powered = engine.boost(launch, azimuthRad, pitch);
            }
            return powered;
        }

        /**
         * Predicted downrange distance (m) of the impact along the aim bearing: the ground range
         * times the cosine of the bearing error, so that a nearly vertical flight whose impact the
         * Earth's rotation carries behind the launch point counts as negative range.
         */
        double predictRange(PoweredFlight pf, double t) {
            predictor.predict(pf, t, false, prediction);
            if (!prediction.valid) {
                return Double.POSITIVE_INFINITY;
            }
            double c = Math.cos(prediction.bearingRad - aimBearingRad);
            if (c < 0 && prediction.rangeM > WRAP_RANGE_M) {
                // Past the antipode the geodesic turns back: the flight went farther than any target.
                return Double.POSITIVE_INFINITY;
            }
            return prediction.rangeM * c;
        }

        /** Cutoff time for the aim range at this pitch; sets status. NaN when infeasible. */
        double cutoffFor(double pitch, double aimRangeM) {
            PoweredFlight pf = boost(pitch);
            double burn = pf.burnTimeS();
            if (pf.crashed()) {
                status = 1;
                fullRangeM = 0.0;
                return Double.NaN;
            }
            fullRangeM = predictRange(pf, burn);
            if (fullRangeM < aimRangeM) {
                status = 1;
                return Double.NaN;
            }
            earliestRangeM = predictRange(pf, earliestCutoffS);
            if (earliestRangeM > aimRangeM) {
                status = -1;
                return Double.NaN;
            }
            status = 0;
            if (fullRangeM == Double.POSITIVE_INFINITY) {
                // Orbit (or past the antipode) at full burn: scan forward from the earliest cutoff for
                // the first cutoff that reaches the aim range; beyond it the predicted range is not
                // monotone (it wraps around the Earth), so bisecting the whole burn would be wrong.
                int n = 64;
                double step = (burn - earliestCutoffS) / n;
                double prevT = earliestCutoffS;
                double prevR = earliestRangeM;
                for (int i = 1; i <= n; i++) {
                    double t = earliestCutoffS + i * step;
                    double r = predictRange(pf, t);
                    if (r >= aimRangeM) {
                        double lo = prevT;
                        double fLo = prevR - aimRangeM;
                        double hi = t;
                        double fHi = (r == Double.POSITIVE_INFINITY ? 4.0e7 : r) - aimRangeM;
                        return Brent.root(x -> {
                            double rx = predictRange(pf, x);
                            return (rx == Double.POSITIVE_INFINITY ? 4.0e7 : rx) - aimRangeM;
                        }, lo, fLo, hi, fHi, CUTOFF_TOL_S, 200);
                    }
                    prevT = t;
                    prevR = r;
                }
                status = 1;
                fullRangeM = prevR;
                return Double.NaN;
            }
            double fLo = earliestRangeM - aimRangeM;
            double fHi = fullRangeM - aimRangeM;
            return Brent.root(t -> {
                double r = predictRange(pf, t);
                return (r == Double.POSITIVE_INFINITY ? 4.0e7 : r) - aimRangeM;
            }, earliestCutoffS, fLo, burn, fHi, CUTOFF_TOL_S, 200);
        }

        /** Specific orbital energy (J/kg) of the powered flight's state at time t. */
        double energyAt(PoweredFlight pf, double t) {
            double[] y = prediction.scratch;
            pf.stateAt(t, y);
            double r = Math.sqrt(y[0] * y[0] + y[1] * y[1] + y[2] * y[2]);
            return 0.5 * (y[3] * y[3] + y[4] * y[4] + y[5] * y[5]) - engine.earth().muM3PerS2() / r;
        }

        /**
         * The minimum-energy objective: the specific energy at thrust termination on the aim range,
         * continued outside the feasible set by a penalty that grows with the range shortfall or excess.
         */
        double minimumEnergyObjective(double pitch, double aimRangeM) {
            double t = cutoffFor(pitch, aimRangeM);
            if (status == 0) {
                return energyAt(powered, t);
            }
            if (powered.crashed()) {
                return 0.0;
            }
            if (status > 0) {
                return energyAt(powered, powered.burnTimeS()) + PENALTY_J_PER_KG_PER_M * (aimRangeM - fullRangeM);
            }
            return energyAt(powered, earliestCutoffS) + PENALTY_J_PER_KG_PER_M * (earliestRangeM - aimRangeM);
        }

        /**
         * The pitch-over angle of the first local minimum of f, counted from the lofted (small-angle)
         * side, by a geometric scan of {@link #SCAN_POINTS} angles and Brent's method in the bracket
         * found. Starting from the lofted side keeps the search on the ballistic branch: with a gravity
         * turn, very flat steerings can gain speed again and approach orbit, a second branch that is
         * not the missile's minimum-energy or maximum-range flight. NaN when f is NaN at the minimum.
         */
        double firstLocalMinimum(DoubleUnaryOperator f) {
            double lo = MIN_PITCH_RAD;
            double hi = MAX_PITCH_RAD;
            double[] grid = new double[SCAN_POINTS];
            double[] value = new double[SCAN_POINTS];
            double ratio = Math.pow(hi / lo, 1.0 / (SCAN_POINTS - 1));
            int best = SCAN_POINTS - 1;
            for (int i = 0; i < SCAN_POINTS; i++) {
                grid[i] = i == SCAN_POINTS - 1 ? hi : lo * Math.pow(ratio, i);
                value[i] = f.applyAsDouble(grid[i]);
                if (Double.isNaN(value[i])) {
                    return Double.NaN;
                }
                if (i > 0 && value[i] > value[i - 1]) {
                    best = i - 1;
                    break;
                }
            }
            double a = grid[Math.max(0, best - 1)];
            double b = grid[Math.min(SCAN_POINTS - 1, best + 1)];
            Brent.Minimum m = Brent.minimum(f, a, b, PITCH_TOL_RAD);
            return m.x();
        }

        double pitchOfMinimumEnergy(double aimRangeM) {
            double p = firstLocalMinimum(x -> minimumEnergyObjective(x, aimRangeM));
            pitchOfMinimumEnergy = p;
            return p;
        }

        /** Pitch-over of the maximum full-burn range on the ballistic branch; NaN when the missile can orbit. */
        double pitchOfMaximumRange() {
            return firstLocalMinimum(p -> {
                PoweredFlight pf = boost(p);
                if (pf.crashed()) {
                    return 0.0;
                }
                double r = predictRange(pf, pf.burnTimeS());
                return r == Double.POSITIVE_INFINITY ? Double.NaN : -r;
            });
        }

        /** Shape quantity (apogee m or burnout angle rad) at a pitch, on the aim range; NaN when infeasible. */
        double shapeValue(Shape shape, double pitch, double aimRangeM) {
            double t = cutoffFor(pitch, aimRangeM);
            if (status != 0) {
                return Double.NaN;
            }
            predictor.predict(powered, t, true, prediction);
            return shape instanceof Shape.BurnoutAngle ? prediction.flightPathAngleRad : prediction.apogeeAltitudeM;
        }
    }

    /** Why the inner layer failed. */
    private static final class Infeasible extends Exception {
        private static final long serialVersionUID = 1L;

        Infeasible(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Solves pitch-over and cutoff at the search's azimuth for the aim range and shape target,
     * warm-started from the search's current pitch when it has one.
     */
    private void solveShape(Search s, Shape shape, double aimRangeM, double shapeTarget) throws Infeasible {
        if (shape instanceof Shape.MinimumEnergy) {
            if (!Double.isNaN(s.pitchOverRad)) {
                double t = s.cutoffFor(s.pitchOverRad, aimRangeM);
                if (s.status == 0) {
                    s.cutoffS = t;
                    return;
                }
            }
            double pitch = s.pitchOfMinimumEnergy(aimRangeM);
            double t = s.cutoffFor(pitch, aimRangeM);
            if (s.status > 0) {
                throw new Infeasible("beyond the missile's maximum range");
            }
            if (s.status < 0) {
                throw new Infeasible("closer than the missile's minimum range (thrust cannot be cut earlier than "
                        + Math.round(earliestCutoffS) + " s)");
            }
            s.pitchOverRad = pitch;
            s.cutoffS = t;
            return;
        }
        boolean angle = shape instanceof Shape.BurnoutAngle;
        // Warm start: a narrow bracket around the last pitch.
        if (!Double.isNaN(s.pitchOverRad)) {
            double lo = Math.max(MIN_PITCH_RAD, s.pitchOverRad - 0.002);
            double hi = Math.min(MAX_PITCH_RAD, s.pitchOverRad + 0.002);
            double fLo = s.shapeValue(shape, lo, aimRangeM) - shapeTarget;
            double fHi = s.shapeValue(shape, hi, aimRangeM) - shapeTarget;
            if (!Double.isNaN(fLo) && !Double.isNaN(fHi) && (fLo > 0) != (fHi > 0)) {
                double p = Brent.root(x -> s.shapeValue(shape, x, aimRangeM) - shapeTarget, lo, fLo, hi, fHi,
                        PITCH_TOL_RAD * 0.01, 100);
                s.pitchOverRad = p;
                s.cutoffS = s.cutoffFor(p, aimRangeM);
                return;
            }
        }
        double pStar = Double.isNaN(s.pitchOfMinimumEnergy) ? s.pitchOfMinimumEnergy(aimRangeM) : s.pitchOfMinimumEnergy;
        double valueStar = s.shapeValue(shape, pStar, aimRangeM);
        if (Double.isNaN(valueStar)) {
            pStar = s.pitchOfMinimumEnergy(aimRangeM);
            valueStar = s.shapeValue(shape, pStar, aimRangeM);
            if (Double.isNaN(valueStar)) {
                throw new Infeasible(s.status > 0 ? "beyond the missile's maximum range"
                        : "closer than the missile's minimum range");
            }
        }
        boolean lofted = shape instanceof Shape.Lofted || (angle && shapeTarget > valueStar);
        if (shape instanceof Shape.Lofted && shapeTarget <= valueStar) {
            throw new Infeasible(String.format(java.util.Locale.ROOT,
                    "a lofted apogee must exceed the minimum-energy apogee of %.0f km at this range",
                    valueStar / 1000.0));
        }
        if (shape instanceof Shape.Depressed && shapeTarget >= valueStar) {
            throw new Infeasible(String.format(java.util.Locale.ROOT,
                    "a depressed apogee must be below the minimum-energy apogee of %.0f km at this range",
                    valueStar / 1000.0));
        }
        // The feasible end of the chosen side: step away from the minimum-energy pitch until the aim
        // range is out of reach at full burn, then bisect the boundary.
        double limit = lofted ? MIN_PITCH_RAD : s.maxPitch();
        double inside = pStar;
        double insideValue = valueStar;
        double outside = Double.NaN;
        for (int i = 0; i < 60; i++) {
            double next = lofted ? Math.max(limit, inside / EDGE_STEP) : Math.min(limit, inside * EDGE_STEP);
            double v = s.shapeValue(shape, next, aimRangeM);
            if (Double.isNaN(v)) {
                outside = next;
                break;
            }
            inside = next;
            insideValue = v;
            if (next == limit) {
                break;
            }
        }
        if (!Double.isNaN(outside)) {
            // The edge only has to bracket the shape root: a relative precision of 1e-3 is plenty.
            for (int i = 0; i < 40 && Math.abs(outside - inside) > 1e-3 * inside; i++) {
                double mid = 0.5 * (inside + outside);
                double v = s.shapeValue(shape, mid, aimRangeM);
                if (Double.isNaN(v)) {
                    outside = mid;
                } else {
                    inside = mid;
                    insideValue = v;
                }
            }
        }
        double edge = inside;
        double edgeValue = insideValue;
        double fEdge = edgeValue - shapeTarget;
        double fStar = valueStar - shapeTarget;
        if ((fEdge > 0) == (fStar > 0)) {
            String what = angle ? String.format(java.util.Locale.ROOT, "burnout angles from %.1f to %.1f deg",
                    Math.toDegrees(Math.min(edgeValue, valueStar)), Math.toDegrees(Math.max(edgeValue, valueStar)))
                    : String.format(java.util.Locale.ROOT, "apogees from %.0f to %.0f km",
                    Math.min(edgeValue, valueStar) / 1000.0, Math.max(edgeValue, valueStar) / 1000.0);
            throw new Infeasible("this missile reaches the target only with " + what);
        }
        double p = Brent.root(x -> {
            double v = s.shapeValue(shape, x, aimRangeM);
            return Double.isNaN(v) ? fEdge : v - shapeTarget;
        }, edge, fEdge, pStar, fStar, PITCH_TOL_RAD * 0.01, 200);
        s.pitchOverRad = p;
        s.cutoffS = s.cutoffFor(p, aimRangeM);
        if (s.status != 0) {
            throw new Infeasible("no feasible steering for this shape");
        }
    }

    /** The range reported for a missile that can reach orbit: half the equatorial circumference, m. */
    public double globalRangeM() {
        return Math.PI * engine.earth().equatorialRadiusM();
    }

    /**
     * {@link #solveShape}, but when the target looks out of range before the azimuth has been
     * corrected for the Earth's rotation, first turn toward it along the maximum-range flight (whose
     * bearing error is what the rotation adds) and try again: near the maximum range the uncorrected
     * azimuth can fall short where the corrected one reaches.
     */
    private void solveShapeTurningTowardTheTarget(Search s, Shape shape, double aimRangeM, double shapeTarget)
            throws Infeasible {
        Infeasible first = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            try {
                solveShape(s, shape, aimRangeM, shapeTarget);
                return;
            } catch (Infeasible e) {
                if (!e.getMessage().startsWith("beyond")) {
                    throw e;
                }
                first = first == null ? e : first;
                double pitch = s.pitchOfMaximumRange();
                if (Double.isNaN(pitch)) {
                    throw first;
                }
                PoweredFlight pf = s.boost(pitch);
                predictor.predict(pf, pf.burnTimeS(), false, s.prediction);
                if (!s.prediction.valid) {
                    throw first;
                }
                double err = wrap(s.prediction.bearingRad - s.aimBearingRad);
                if (Math.abs(err) < BEARING_TOL_RAD) {
                    throw first;
                }
                s.azimuthRad = wrap(s.azimuthRad - err);
                s.pitchOverRad = Double.NaN;
                s.pitchOfMinimumEnergy = Double.NaN;
            }
        }
        throw first;
    }

    private static double wrap(double angleRad) {
        return Math.IEEEremainder(angleRad, 2.0 * Math.PI);
    }

    private static double shapeTarget(Shape shape) {
        if (shape instanceof Shape.Lofted l) {
            return l.apogeeAltitudeM();
        }
        if (shape instanceof Shape.Depressed d) {
            return d.apogeeAltitudeM();
        }
        if (shape instanceof Shape.BurnoutAngle b) {
            return b.angleRad();
        }
        return 0.0;
    }

    // ------------------------------------------------------------------ public API

    /**
     * Flies the missile from launch to target with the given shape over the engine's Earth.
     *
     * @return a trajectory whose impact is within {@link #MISS_TOLERANCE_M} of the target, or the
     *         reason there is none with the maximum range toward the target
     */
    public TargetingResult solve(GeodeticPoint launch, GeodeticPoint target, Shape shape) {
        GeodeticPoint ground = new GeodeticPoint(launch.latitudeRad(), launch.longitudeRad(), 0.0);
        GeodeticPoint aimPoint = new GeodeticPoint(target.latitudeRad(), target.longitudeRad(), 0.0);
        double[] da = geodesy.distanceAndAzimuth(ground, aimPoint);
        double distance = da[0];
        double bearing = da[1];
        if (distance < 1000.0) {
            return new TargetingResult.Unreachable("the target is within 1 km of the launch point", distance, 0.0);
        }
        Search s = new Search(launch);
        s.azimuthRad = bearing;
        s.aimBearingRad = bearing;
        double aimRange = distance;
        double aimBearing = bearing;
        double target0 = shapeTarget(shape);
        double aimShape = target0;
        boolean apogeeShape = shape instanceof Shape.Lofted || shape instanceof Shape.Depressed;
        Trajectory best = null;
        double bestMiss = Double.POSITIVE_INFINITY;
        try {
            for (int outer = 0; outer < MAX_OUTER; outer++) {
                for (int k = 0; k < MAX_AZIMUTH; k++) {
                    solveShapeTurningTowardTheTarget(s, shape, aimRange, aimShape);
                    predictor.predict(s.powered, s.cutoffS, false, s.prediction);
                    double e = wrap(s.prediction.bearingRad - aimBearing);
                    if (Math.abs(e) < BEARING_TOL_RAD) {
                        break;
                    }
                    s.azimuthRad = wrap(s.azimuthRad - e);
                }
                FlightOutcome out = engine.fly(s.powered, s.cutoffS, false);
                if (out instanceof FlightOutcome.NoImpact n) {
                    return unreachable(n.reason(), launch, target, distance);
                }
                Trajectory full = ((FlightOutcome.Impact) out).trajectory();
                double miss = geodesy.distanceM(full.impact(), aimPoint);
                double shapeError = apogeeShape ? full.apogeeAltitudeM() - target0 : 0.0;
                if (miss < bestMiss) {
                    bestMiss = miss;
                    best = full;
                }
                if (miss <= AIM_TOLERANCE_M && Math.abs(shapeError) <= APOGEE_TOLERANCE_M) {
                    break;
                }
                double[] fullDa = geodesy.distanceAndAzimuth(ground, full.impact());
                aimRange += distance - fullDa[0];
                aimBearing = wrap(aimBearing + wrap(bearing - fullDa[1]));
                s.aimBearingRad = aimBearing;
                aimShape -= shapeError;
            }
        } catch (Infeasible e) {
            return unreachable(e.getMessage(), launch, target, distance);
        } catch (IllegalArgumentException e) {
            // A bracket the search could not close: report it as an answer, never as a crash.
            return unreachable("the targeting search failed: " + e.getMessage(), launch, target, distance);
        }
        if (best == null || bestMiss > MISS_TOLERANCE_M) {
            return unreachable(String.format(java.util.Locale.ROOT,
                    "targeting did not converge (closest miss %.0f m)", bestMiss), launch, target, distance);
        }
        FlightOutcome detailed = engine.fly(engine.boost(launch, best.launchAzimuthRad(), best.pitchOverRad()),
                best.burnoutTimeS(), true);
        Trajectory t = ((FlightOutcome.Impact) detailed).trajectory();
        return new TargetingResult.Reached(t, geodesy.distanceM(t.impact(), aimPoint),
                t.isThrustTerminated(engine.missile().burnTimeS()));
    }

    /**
     * Flies the missile from one launch point to many targets with one shape: the same answers as
     * {@link #solve} for each target, in the order of the targets.
     */
    public java.util.List<TargetingResult> solveAll(GeodeticPoint launch, java.util.List<GeodeticPoint> targets,
                                                    Shape shape) {
        java.util.List<TargetingResult> out = new java.util.ArrayList<>(targets.size());
        for (GeodeticPoint target : targets) {
            out.add(solve(launch, target, shape));
        }
        return out;
    }

    private TargetingResult unreachable(String reason, GeodeticPoint launch, GeodeticPoint target, double distance) {
        Reach r = reach(launch, target);
        String why = reason;
        if (r.inRange() && reason.startsWith("beyond")) {
            why = "beyond the missile's range on this shape";
        }
        return new TargetingResult.Unreachable(why, distance, r.maxRangeM());
    }

    /**
     * The longest full-burn flight whose impact lies on the geodesic toward a point: the pitch-over
     * that maximises the range, with the azimuth corrected for the Earth's rotation.
     */
    public Reach reach(GeodeticPoint launch, GeodeticPoint toward) {
        GeodeticPoint ground = new GeodeticPoint(launch.latitudeRad(), launch.longitudeRad(), 0.0);
        GeodeticPoint aimPoint = new GeodeticPoint(toward.latitudeRad(), toward.longitudeRad(), 0.0);
        double[] da = geodesy.distanceAndAzimuth(ground, aimPoint);
        double bearing = da[1];
        Search s = new Search(launch);
        s.azimuthRad = bearing;
        s.aimBearingRad = bearing;
        double aimBearing = bearing;
        Trajectory last = null;
        double pitch = Double.NaN;
        for (int outer = 0; outer < MAX_OUTER; outer++) {
            for (int k = 0; k < MAX_AZIMUTH; k++) {
                if (k == 0 && outer == 0) {
                    pitch = s.pitchOfMaximumRange();
                    if (Double.isNaN(pitch)) {
                        return new Reach(globalRangeM(), da[0], null);
                    }
                }
                PoweredFlight pf = s.boost(pitch);
                predictor.predict(pf, pf.burnTimeS(), false, s.prediction);
                if (!s.prediction.valid) {
                    // The longest flight is an orbit: every point on Earth is within reach.
                    return new Reach(globalRangeM(), da[0], null);
                }
                double e = wrap(s.prediction.bearingRad - aimBearing);
                if (Math.abs(e) < BEARING_TOL_RAD) {
                    break;
                }
                s.azimuthRad = wrap(s.azimuthRad - e);
            }
            PoweredFlight pf = s.boost(pitch);
            FlightOutcome out = engine.fly(pf, pf.burnTimeS(), false);
            if (!(out instanceof FlightOutcome.Impact impact)) {
                return new Reach(globalRangeM(), da[0], null);
            }
            last = impact.trajectory();
            double[] fullDa = geodesy.distanceAndAzimuth(ground, last.impact());
            double e = wrap(bearing - fullDa[1]);
            if (Math.abs(e) < 1.0e-7) {
                break;
            }
            aimBearing = wrap(aimBearing + e);
            s.aimBearingRad = aimBearing;
        }
        return new Reach(last.groundRangeM(), da[0], last);
    }
}
