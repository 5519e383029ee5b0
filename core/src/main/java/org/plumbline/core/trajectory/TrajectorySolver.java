package org.plumbline.core.trajectory;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

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
 * minimum of the energy at that time (minimum energy; on the lofted edge of the feasible
 * steerings, where that minimum can lie next to the maximum range, the edge's root, see
 * {@code Search.energyMinimum}) or a Brent root of the shape constraint (apogee, burnout
 * angle) on the lofted or depressed side of the minimum; the azimuth is corrected by the bearing
 * error divided by the bearing's change per change of azimuth (1 at first, then the secant of the
 * last two iterations). The outer layer flies the full model (drag, J2, rotation) and moves the aim point by the
 * difference between the full and the predicted impact, until the impact is within
 * {@link #AIM_TOLERANCE_M} of the target (the contract is {@link #MISS_TOLERANCE_M}). The
 * minimum-energy pitch-over is searched once, at the target's bearing and distance, and then held
 * while the azimuth and the aim point move; it is searched again only when it can no longer reach
 * the aim range (next to the maximum range).
 *
 * <h2>Many targets</h2>
 * {@link #solveAll} solves minimum-energy trajectories from one launch point to many targets with
 * the answers of {@link #solve} at a fraction of the cost, by sharing work between neighbouring
 * targets. Powered flights (0.1 to 0.2 ms each) are the cost: a cold solve flies about 40 toward
 * a target in reach, 65 to 120 toward one out of reach (the default assessment, since the turns
 * toward it end once they cannot help; 270 before); a target of a batch of European cities 2 to 6.
 * <ol>
 * <li><b>Azimuth nodes.</b> Every 2 deg of azimuth, a node keeps the powered flights of a geometric
 *     grid of pitch-over angles 1.25 % apart, each flown when a target first needs it. On a
 *     node's flights, with the cold solve's conventions for a target on the node's bearing, the
 *     minimum-energy pitch-over at a distance is found by walking the grid downhill from the node's
 *     last minimum and taking the minimum of the cubic through four grid points (each energy at the
 *     cutoff that reaches the distance, a root bracketed by the cutoffs already solved on that
 *     flight). A target's pitch-over is linear in azimuth between the two nodes around its bearing;
 *     its first launch azimuth is where the nodes' predicted impact bearings, linear between them,
 *     meet its bearing.</li>
 * <li><b>Warm start.</b> The two-layer loop then holds that pitch-over, as the cold solve holds the
 *     one it found, and starts from the launch azimuth, aim range and aim bearing offsets predicted
 *     by planes fitted to the six nearest targets already reached; the azimuth correction divides
 *     the bearing error by the measured bearing change per azimuth change and stops at 1e-8 rad.
 *     Typically two powered flights and one full flight (three in four targets), then the detailed
 *     flight without a new powered flight.</li>
 * <li><b>Reach.</b> A target farther than the reach toward it by more than
 *     {@link #BEYOND_REACH_MARGIN_M} is unreachable without a search; the reach toward a bearing is
 *     cubic between the reaches flown along four nodes, each started from the node grid's
 *     maximum-range pitch-over.</li>
 * <li><b>Fallbacks.</b> Where the grid cannot hold the minimum (next to the maximum range, where it
 *     lies at a cutoff a fraction of a second before burnout), the cold objective is minimised at
 *     the target's bearing in a bracket of {@link #BRACKET_HALF_WIDTH_RAD} around the nodes' last
 *     minimum. Where the held pitch-over would keep less than {@link #WARM_RANGE_MARGIN_M} of range
 *     in hand at full burn (the cold solve would search it again, or turn toward the target), or a
 *     warm start fails in any other way, the target gets the cold solve itself, unchanged but for
 *     its unreachable answer, which takes the interpolated reach unless the target lies within
 *     {@link #REACH_DOUBT_M} of it.</li>
 * <li><b>Missiles that can reach orbit.</b> An ICBM (sampled once per batch) has other minima of
 *     the cold objective on its flattest steerings (the penalty of flights that fall short falls
 *     again as they fall back, is zero where they crash, and some orbit), and the cold search's
 *     bracket can take them in, so that Brent's method ends elsewhere than the nodes' walks. A
 *     target is warm-started (pitch-over cubic in azimuth through four nodes) only where, at both
 *     nodes around its bearing, the cold scan's bracket and the objective sampled every 5 % of
 *     pitch-over up to its end show that Brent's method cannot leave the walks' minimum (no orbit
 *     in the bracket, its first point on the rise from the minimum, everything beyond the next fall
 *     higher by 1e6 J/kg); every other target, and every target beyond the reach, gets the cold
 *     solve, unchanged.</li>
 * </ol>
 * Targets are solved in a fixed order, by 2-deg azimuth cell then by distance, up and down in turn,
 * and the answers returned in the order given: the same targets always give the same answers, a
 * target's answer may differ in its last digits with the other targets of the list.
 *
 * <p>Against {@link #solve} on the 612 cities of 100,000 people or more of the European NATO
 * members, from Semnan, Shahroud and Tabriz, for five generic missiles of 1,300 to 5,000 km (9,180
 * targets; TrajectorySolverBatchTest checks a fan of targets next to the reach): the same targets
 * reached, with the same reasons otherwise; pitch-over within 6e-6 rad beyond 500 km and 7.2e-6 rad
 * at 450 km (where it changes fastest with azimuth). The energy minimum is flat, so such a
 * difference raises the burnout energy by under 0.1 J/kg and moves the apogee by 12 m at most, the
 * flight time by 0.01 s and the burnout by 1 ms; every impact stays within {@link #AIM_TOLERANCE_M}
 * of its target; the reach of an unreachable target is within 3 m of the cold one. Other shapes
 * are solved one by one with {@link #solve}.
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
    /** The least shortfall (m) of the longest flight that ends the turns toward a target out of reach. */
    private static final double TURN_SLACK_M = 10_000.0;
    /**
     * Width (rad) to which {@link Search#feasibleEdge} closes the bracket of the feasible edge: a
     * thousandth of {@link #PITCH_TOL_RAD}, so that the edge is found far more closely than Brent's
     * method ends near it (within about 1.4e-7 rad at these pitch-overs).
     */
    private static final double EDGE_TOL_RAD = 1.0e-10;
    /**
     * How close (relative to the pitch-over) Brent's best point and its neighbour across the lofted
     * edge must be for {@link Search#energyMinimum} to look for the edge. A minimum inside the
     * feasible side but near its edge (a cutoff a fraction of a second before burnout) also puts
     * points on both sides early on, and then finding the edge and resuming Brent's method costs
     * more than Brent's method alone: with no bound, 38 and 45 powered flights instead of 29 and 32
     * for a liquid IRBM at 15 and 5 km inside its reach, 37 to 40 instead of 29 to 32 for a solid
     * one; with 1 %, 38 instead of 32 at 5 km and none of the solid missile's, and 31 or 32 instead
     * of 46 to 48 where the minimum is on the edge (MinimumEnergyEdgeTest prints the counts).
     */
    private static final double EDGE_STRADDLE_RELATIVE = 0.01;
    /**
     * How far into the feasible side (rad) the edge minimum is checked to rise: next to a liquid
     * IRBM's reach the objective rises from the edge by about 4.4e5 J/kg per rad (traced: 4.2 J/kg
     * over 9.4e-6 rad), 0.44 J/kg over this step, above the objective's noise of about 0.025 J/kg
     * (the cutoff root's 1e-7 s at about 2.5e5 J/kg per s of burn).
     */
    private static final double EDGE_PROBE_RAD = 1.0e-6;
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

    /**
     * Spacing of a batch's azimuth nodes, rad: the minimum-energy pitch-over, linear in azimuth
     * between two nodes, is good to 1e-6 rad beyond 1,000 km and 5e-6 rad at 300 km (measured on
     * generic MRBMs and IRBMs; 3 deg gave 1e-5 rad at 400 km).
     */
    private static final double NODE_SPACING_RAD = Math.toRadians(2.0);
    /**
     * Ratio between successive pitch-over angles flown at a node (a geometric grid, 0.0016 rad apart
     * at 0.13 rad, 0.006 rad at 0.45 rad): the minimum of the cubic through four of them is good to
     * 1e-6 rad (a parabola through three, to 1e-5 rad).
     */
    private static final double NODE_PITCH_RATIO = 1.0125;
    /** The pitch-over angle of grid index 0, rad. */
    private static final double NODE_PITCH_REFERENCE_RAD = 0.1;
    /** A node grid index not yet known. */
    private static final int NO_INDEX = Integer.MIN_VALUE;
    /**
     * Burnout energy a batch requires below that of the lowest orbit (-mu / 2a with a the equatorial
     * radius) at every steering it samples, J/kg, to take the minimum-energy objective for a single
     * minimum, as the nodes assume (a missile that can orbit has others on its flattest steerings,
     * and gets the checks of Node#coldSearchEndsAt). Covers the Earth's rotation between directions
     * (2 v omega R, 6.5e6 J/kg at 7 km/s).
     */
    private static final double ORBIT_ENERGY_MARGIN_J_PER_KG = 1.0e7;
    /**
     * Where Brent's minimum search first evaluates its bracket [a, b]: at a + (3 - sqrt 5) / 2 (b - a),
     * the expression of {@link Brent#minimum}.
     */
    private static final double BRENT_FIRST_POINT = 0.5 * (3.0 - Math.sqrt(5.0));
    /**
     * Node grid steps between the pitch-over angles (5 % apart) at which a batch of a missile that
     * can orbit samples the cold objective beyond a node's minimum, up to the end of the cold
     * search's bracket (see Node#coldSearchEndsAt).
     */
    private static final int COLD_CHECK_STRIDE = 4;
    /**
     * Cutoff tolerance of the objective values a batch of a missile that can orbit compares, s: the
     * specific energy grows by under 1e6 J/kg per s of burn, so 1e-3 s moves a value by under
     * 1e3 J/kg, a thousandth of {@link #COLD_CHECK_MARGIN_J_PER_KG}.
     */
    private static final double COLD_CHECK_CUTOFF_TOL_S = 1.0e-3;
    /**
     * Margin of every comparison of objective values by which a batch of a missile that can orbit
     * decides that the cold search ends on a node's minimum, J/kg: the objective changes by a few
     * 1e5 J/kg between nodes 2 deg apart (the Earth's rotation), and a coarse sample of the
     * flattest steerings' penalty can miss its lowest value by about as much.
     */
    private static final double COLD_CHECK_MARGIN_J_PER_KG = 1.0e6;
    /**
     * Targets a batch of a missile that can reach orbit needs per azimuth node (each target needs
     * four) to warm-start them; fewer get the cold solve. Such a node costs about as much as a cold
     * solve (the walks and the checks of Node#coldSearchEndsAt fly some 30 powered flights on it),
     * a warm start a third of one: the default assessment's batches of three cities cost 1.5 s of
     * CPU more warm-started than cold (measured).
     */
    private static final int ORBIT_CAPABLE_TARGETS_PER_NODE = 2;
    /** Most grid steps a node's search walks from its starting pitch-over angle. */
    private static final int MAX_NODE_WALK = 40;
    /** Outcomes of a walk on a node's grid that found no minimum (grid indices are far from these). */
    private static final int WALK_UNDEFINED = Integer.MIN_VALUE + 1;
    private static final int WALK_TOO_LONG = Integer.MIN_VALUE + 2;
    /**
     * Range a warm-started steering must keep in hand at full burn beyond both the target's
     * distance and its aim range, m: the cold solve aims at the distance first, then at aim ranges
     * that overshoot the final one by a few tens of metres at most, so with 250 m in hand both hold
     * the same pitch-over. Closer to the edge the batch leaves the target to the cold solve, which
     * searches the pitch-over again there, where the minimum of its objective can lie on the kink
     * at the feasibility edge and which side of it Brent's method ends on decides the branch.
     */
    private static final double WARM_RANGE_MARGIN_M = 250.0;
    /**
     * A target farther than the reach toward it by this much is unreachable without a search, m:
     * no flight of the missile lands more than about 100 m beyond its reach (the reach's pitch-over
     * maximises the vacuum range, not the full model's), and a hit lands within 100 m.
     */
    private static final double BEYOND_REACH_MARGIN_M = 1_000.0;
    /** Half-width of the pitch-over bracket of a batch's search next to the feasibility edge, rad. */
    private static final double BRACKET_HALF_WIDTH_RAD = 0.01;
    /**
     * Distance from the reach within which a batch flies the reach toward a target rather than
     * interpolating it between nodes (the interpolated reach is within 3 m of the flown one), m.
     */
    private static final double REACH_DOUBT_M = 50.0;
    /** Bearing tolerance of a warm-started azimuth iteration, rad (5 cm at 5,000 km). */
    private static final double WARM_BEARING_TOL_RAD = 1.0e-8;
    /** Half-width of the first cutoff bracket around the previous cutoff of a warm-started solve, s. */
    private static final double WARM_CUTOFF_BRACKET_S = 0.05;
    /**
     * Powered flights a search keeps at most (about 5-10 MB): the longest cold solves of the default
     * assessment fly 1,600 boosts, most of their repeats within a few hundred of each other.
     */
    private static final int MAX_KEPT_BOOSTS = 256;

    private final FlightEngine engine;
    private final VacuumPredictor predictor;
    private final Geodesy geodesy;
    private final double earliestCutoffS;
    /** Whether the turns toward a target out of reach end when they cannot bring it into reach. */
    private final boolean shortTurns;

    public TrajectorySolver(FlightEngine engine) {
        this(engine, true);
    }

    /**
     * For tests: with shortTurns false, the turns toward a target out of reach go on to the last
     * attempt however far the longest flight falls short (the reference of the bound that ends them).
     */
    TrajectorySolver(FlightEngine engine, boolean shortTurns) {
        this.shortTurns = shortTurns;
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
        /**
         * Whether this search is warm-started (a batch's pitch-over held, never searched): the
         * cutoff root then starts from a narrow bracket around {@link #cutoffGuessS}.
         */
        boolean warm;
        /** The previous cutoff of a warm-started search, s; NaN when there is none. */
        double cutoffGuessS = Double.NaN;
        /**
         * The range a warm-started search's pitch-over must also reach with the margin in hand, m:
         * the target's distance, which the cold solve aims at before it knows the aim offset.
         */
        double warmRangeM;
        /**
         * A pitch-over angle near which the pitch searches look first (in a bracket of
         * {@link #BRACKET_HALF_WIDTH_RAD}), before the scan from the lofted side; NaN for none.
         */
        double pitchHintRad = Double.NaN;
        /** Whether {@link #energyMinimum} looks for the feasible edge (false: Brent's method alone, for tests). */
        boolean edges = true;

        /**
         * The powered flights flown by {@link #boost}, by steering (at most {@link #MAX_KEPT_BOOSTS});
         * null for a search that keeps none.
         */
        private final Map<Steering, PoweredFlight> flown;

        /** A search of one answer (a solve, a reach, a bracketed pitch-over): it keeps its boosts. */
        Search(GeodeticPoint launch) {
            this(launch, true);
        }

        /**
         * A search; keepBoosts false for a batch node's, which lives as long as the batch and whose
         * grid flights are kept by the node itself.
         */
        Search(GeodeticPoint launch, boolean keepBoosts) {
            this.launch = launch;
            this.flown = keepBoosts ? new HashMap<>() : null;
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

        /**
         * The powered flight of a pitch-over at the search's azimuth. Every one flown is kept for the
         * rest of the search: a cold solve searches the pitch-over again at each aim correction and
         * turning attempt, often at an azimuth it has flown before, whose scan re-flies the same
         * steerings (in the default assessment about 2,370 of 32,000 boosts: half of them in the 18
         * cold solves of the Iranian ICBMs, a quarter in the 11 targets at the edge of an IRBM's
         * reach, which take 200-1,600 boosts each, the rest in the other cold solves). A boost
         * depends only on the launch point, azimuth and pitch-over, so a kept one is the flight a
         * new boost would give.
         */
        PoweredFlight boost(double pitch) {
            if (powered == null || powered.pitchOverRad() != pitch || powered.azimuthRad() != azimuthRad) {
                if (flown == null) {
                    powered = engine.boost(launch, azimuthRad, pitch);
                    return powered;
                }
                Steering key = new Steering(azimuthRad, pitch);
                PoweredFlight kept = flown.get(key);
                if (kept == null) {
                    kept = engine.boost(launch, azimuthRad, pitch);
                    if (flown.size() >= MAX_KEPT_BOOSTS) {
                        // A bound on the memory (a boost is 20-40 KB), not on the answer: a boost
                        // forgotten is flown again, the same.
                        flown.clear();
                    }
                    flown.put(key, kept);
                }
                powered = kept;
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
            if (warm && Double.isFinite(cutoffGuessS) && fullRangeM != Double.POSITIVE_INFINITY) {
                // The aim moves little between the iterations of a warm-started solve: a narrow
                // bracket around the previous cutoff usually holds the root (else the full one).
                double lo = Math.max(earliestCutoffS, cutoffGuessS - WARM_CUTOFF_BRACKET_S);
                double hi = Math.min(burn, cutoffGuessS + WARM_CUTOFF_BRACKET_S);
                double fLo = predictRange(pf, lo) - aimRangeM;
                double fHi = hi == burn ? fullRangeM - aimRangeM : predictRange(pf, hi) - aimRangeM;
                if (fLo <= 0 && fHi >= 0) {
                    status = 0;
                    return Brent.root(t -> predictRange(pf, t) - aimRangeM, lo, fLo, hi, fHi, CUTOFF_TOL_S, 200);
                }
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
            return firstLocalMinimum(f, Double.NaN);
        }

        /**
         * {@link #firstLocalMinimum(DoubleUnaryOperator)}; with an aim range (not NaN), f is the
         * minimum-energy objective at that range and its minimum is searched by {@link #energyMinimum}.
         */
        double firstLocalMinimum(DoubleUnaryOperator f, double aimRangeM) {
            if (!Double.isNaN(pitchHintRad)) {
                double p = minimumNear(f, pitchHintRad, aimRangeM);
                if (!Double.isNaN(p)) {
                    return p;
                }
            }
            double[] grid = new double[SCAN_POINTS];
            double[] value = new double[SCAN_POINTS];
            int best = SCAN_POINTS - 1;
            for (int i = 0; i < SCAN_POINTS; i++) {
                grid[i] = scanPitchRad(i);
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
            Brent.Minimum m = Double.isNaN(aimRangeM) ? Brent.minimum(f, a, b, PITCH_TOL_RAD)
                    : energyMinimum(f, a, b, aimRangeM);
            return m.x();
        }

        /**
         * Brent's minimum of f in a bracket of {@link #BRACKET_HALF_WIDTH_RAD} around a pitch-over
         * angle; NaN when the minimum lies at the bracket's end (the bracket does not hold it) or f
         * is NaN anywhere on the way. The minimum the scan would find, when the bracket holds it and
         * f has one minimum there.
         */
        private double minimumNear(DoubleUnaryOperator f, double pitchRad, double aimRangeM) {
            double lo = Math.max(MIN_PITCH_RAD, pitchRad - BRACKET_HALF_WIDTH_RAD);
            double hi = Math.min(MAX_PITCH_RAD, pitchRad + BRACKET_HALF_WIDTH_RAD);
            boolean[] undefined = new boolean[1];
            DoubleUnaryOperator g = x -> {
                double v = f.applyAsDouble(x);
                undefined[0] |= Double.isNaN(v);
                return v;
            };
            Brent.Minimum m = Double.isNaN(aimRangeM) ? Brent.minimum(g, lo, hi, PITCH_TOL_RAD)
                    : energyMinimum(g, lo, hi, aimRangeM);
            double edge = 1.0e-3 * (hi - lo);
            return undefined[0] || m.x() - lo < edge || hi - m.x() < edge ? Double.NaN : m.x();
        }

        double pitchOfMinimumEnergy(double aimRangeM) {
            double p = firstLocalMinimum(x -> minimumEnergyObjective(x, aimRangeM), aimRangeM);
            pitchOfMinimumEnergy = p;
            return p;
        }

        /**
         * The minimum of the minimum-energy objective f (at aimRangeM) on [a, b]: Brent's minimum,
         * except where it lies on the lofted edge of the feasible steerings (the full burn just
         * reaches the aim range). There the objective has a kink (the energy at the cutoff that
         * reaches the aim range on one side, the full burn's energy plus the penalty of the
         * shortfall on the other, equal on the edge), across which Brent's parabolas fail, and the
         * search went on by golden-section steps to the tolerance: 46 to 48 powered flights in all
         * for a liquid IRBM next to its reach. So as soon as Brent's best point and its nearest
         * evaluated neighbour lie on the two sides of that edge, within
         * {@link #EDGE_STRADDLE_RELATIVE} of each other (the one at the smaller pitch-over falling
         * short, the other reaching the aim range), the edge between them is found as the root of
         * the full-burn range less the aim range (regula falsi, Illinois variant, a superlinear 5 to
         * 10 flights) and taken when the objective there is no higher than Brent's best and rises
         * into the feasible side ({@link #EDGE_PROBE_RAD} further); otherwise Brent's method
         * restarts on the side of the edge that holds the minimum. The edge taken is its feasible
         * end, within {@link #EDGE_TOL_RAD}, where Brent's method ended within its tolerance of the
         * edge on either side (on the short side, the solve then turned the azimuth as for a target
         * out of range).
         *
         * <p>f must be {@link #minimumEnergyObjective} at aimRangeM (possibly wrapped): each of its
         * calls sets {@link #status}, {@link #fullRangeM} and {@link #powered}, which the search
         * reads.
         */
        private Brent.Minimum energyMinimum(DoubleUnaryOperator f, double a, double b, double aimRangeM) {
            if (!edges) {
                return Brent.minimum(f, a, b, PITCH_TOL_RAD);
            }
            EdgeWatch watch = new EdgeWatch(f, aimRangeM);
            Brent.Minimum m = Brent.minimum(watch, a, b, PITCH_TOL_RAD, watch);
            if (!watch.stopped) {
                return m;
            }
            double edge = feasibleEdge(watch.shortPitch, watch.shortRange, watch.feasiblePitch, watch.feasibleRange,
                    aimRangeM);
            // The lofted edge: the feasible side lies at larger pitch-over angles (EdgeWatch.now).
            double fEdge = f.applyAsDouble(edge);
            if (status == 0 && fEdge <= m.fx()) {
                if (f.applyAsDouble(edge + EDGE_PROBE_RAD) >= fEdge) {
                    return new Brent.Minimum(edge, fEdge);
                }
                // The objective falls into the feasible side: its minimum is inside, beyond the edge.
                return Brent.minimum(f, edge, watch.b, PITCH_TOL_RAD);
            }
            // The edge is higher than the best point (or, with a status other than 0, not a steering
            // that reaches the aim range): the minimum is on the best point's side of it.
            return m.x() < edge ? Brent.minimum(f, watch.a, edge, PITCH_TOL_RAD)
                    : Brent.minimum(f, edge, watch.b, PITCH_TOL_RAD);
        }

        /**
         * The pitch-over (rad) where the full-burn range crosses aimRangeM between a steering that
         * falls short (shortPitch, its range shortRange) and one that reaches it (feasiblePitch,
         * feasibleRange): regula falsi with the Illinois modification, ended when the bracket is
         * {@link #EDGE_TOL_RAD} wide or the reaching end is within a millimetre of the aim range; the
         * reaching end.
         */
        private double feasibleEdge(double shortPitch, double shortRange, double feasiblePitch, double feasibleRange,
                                    double aimRangeM) {
            double lo = shortPitch;
            double gLo = shortRange - aimRangeM;
            double hi = feasiblePitch;
            double gHi = feasibleRange - aimRangeM;
            int kept = 0;
            for (int i = 0; i < 100 && Math.abs(hi - lo) > EDGE_TOL_RAD && gHi > 1.0e-3; i++) {
                double p = hi - gHi * (hi - lo) / (gHi - gLo);
                if (!(p > Math.min(lo, hi) && p < Math.max(lo, hi))) {
                    p = 0.5 * (lo + hi);
                }
                PoweredFlight pf = boost(p);
                double g = pf.crashed() ? -aimRangeM : predictRange(pf, pf.burnTimeS()) - aimRangeM;
                if (g >= 0) {
                    hi = p;
                    gHi = g == Double.POSITIVE_INFINITY ? aimRangeM : g;
                    if (kept == 1) {
                        gLo *= 0.5;
                    }
                    kept = 1;
                } else {
                    lo = p;
                    gLo = g;
                    if (kept == -1) {
                        gHi *= 0.5;
                    }
                    kept = -1;
                }
            }
            return hi;
        }

        /**
         * The evaluations of the minimum-energy objective in one Brent search, and the stop when the
         * best point and its nearest evaluated neighbour lie on the two sides of the feasible edge.
         */
        private final class EdgeWatch implements DoubleUnaryOperator, Brent.Stop {
            private final DoubleUnaryOperator f;
            private final double aimRangeM;
            private double[] pitch = new double[64];
            /** The full-burn range, m, of a steering that reaches the aim range or falls short; NaN otherwise. */
            private double[] range = new double[64];
            private int n;
            boolean stopped;
            double a;
            double b;
            double shortPitch;
            double shortRange;
            double feasiblePitch;
            double feasibleRange;

            EdgeWatch(DoubleUnaryOperator f, double aimRangeM) {
                this.f = f;
                this.aimRangeM = aimRangeM;
            }

            @Override
            public double applyAsDouble(double p) {
                double v = f.applyAsDouble(p);
                if (n == pitch.length) {
                    pitch = Arrays.copyOf(pitch, 2 * n);
                    range = Arrays.copyOf(range, 2 * n);
                }
                boolean reaches = status == 0 && fullRangeM != Double.POSITIVE_INFINITY;
                boolean falls = status > 0 && !powered.crashed() && fullRangeM < aimRangeM;
                pitch[n] = p;
                range[n] = reaches || falls ? fullRangeM : Double.NaN;
                n++;
                return v;
            }

            @Override
            public boolean now(double a, double b, double x, double fx) {
                int at = -1;
                int below = -1;
                int above = -1;
                for (int i = 0; i < n; i++) {
                    double p = pitch[i];
                    if (p == x) {
                        at = i;
                    } else if (p >= a && p < x && (below < 0 || p > pitch[below])) {
                        below = i;
                    } else if (p <= b && p > x && (above < 0 || p < pitch[above])) {
                        above = i;
                    }
                }
                if (at < 0 || Double.isNaN(range[at])) {
                    return false;
                }
                // Only the lofted edge, a flight that falls short below one that reaches, and only
                // where the two are close: in the default assessment the minimum lay on the lofted
                // edge in 43 of the 63 searches that stopped on it at any distance, and on the
                // depressed edge in none of 78.
                for (int side : new int[] {below, above}) {
                    boolean atReaches = range[at] >= aimRangeM;
                    if (side >= 0 && !Double.isNaN(range[side]) && atReaches != (range[side] >= aimRangeM)
                            && (side == below) == atReaches
                            && Math.abs(pitch[side] - x) <= EDGE_STRADDLE_RELATIVE * x) {
                        feasiblePitch = atReaches ? x : pitch[side];
                        feasibleRange = atReaches ? range[at] : range[side];
                        shortPitch = atReaches ? pitch[side] : x;
                        shortRange = atReaches ? range[side] : range[at];
                        this.a = a;
                        this.b = b;
                        stopped = true;
                        return true;
                    }
                }
                return false;
            }
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

    /**
     * The launch azimuth's correction in an inner loop: the bearing error divided by the bearing's
     * change per change of azimuth, the secant of the loop's last two iterations where it lies
     * between 0.5 and 1.5 (else the last such one, or the gain it started with). The gain carries
     * over from one inner loop to the next ({@link #restart}).
     */
    private static final class AzimuthSecant {
        double gain;
        private double previousAzimuthRad = Double.NaN;
        private double previousErrorRad = Double.NaN;

        AzimuthSecant(double gain) {
            this.gain = gain;
        }

        /** Forgets the last iteration (a new inner loop); keeps the gain. */
        void restart() {
            previousAzimuthRad = Double.NaN;
            previousErrorRad = Double.NaN;
        }

        /** The next launch azimuth (rad) after one whose bearing error is errorRad. */
        double next(double azimuthRad, double errorRad) {
            if (!Double.isNaN(previousErrorRad) && azimuthRad != previousAzimuthRad) {
                double g = (errorRad - previousErrorRad) / wrap(azimuthRad - previousAzimuthRad);
                if (g > 0.5 && g < 1.5) {
                    gain = g;
                }
            }
            previousAzimuthRad = azimuthRad;
            previousErrorRad = errorRad;
            return wrap(azimuthRad - errorRad / gain);
        }
    }

    /** A launch azimuth and pitch-over angle (rad), equal when their bits are. */
    private record Steering(double azimuthRad, double pitchOverRad) {
    }

    /** Why the inner layer failed. */
    private static final class Infeasible extends Exception {
        private static final long serialVersionUID = 1L;

        Infeasible(String message) {
            super(message, null, false, false);
        }
    }

    /** A warm start that does not hold: the target goes to the cold solve. */
    private static final class WarmStartFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final WarmStartFailed INSTANCE = new WarmStartFailed();

        private WarmStartFailed() {
            super("warm start failed", null, false, false);
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
                if (s.status == 0
                        && (!s.warm || s.fullRangeM >= Math.max(aimRangeM, s.warmRangeM) + WARM_RANGE_MARGIN_M)) {
                    s.cutoffS = t;
                    s.cutoffGuessS = t;
                    return;
                }
                if (s.warm) {
                    // The cold solve would search the pitch-over again here: leave the target to it.
                    throw WarmStartFailed.INSTANCE;
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

    /**
     * The pitch-over angle of the scan's point i (0 to {@link #SCAN_POINTS} - 1) that starts the cold
     * search's {@code firstLocalMinimum}: geometric from {@link #MIN_PITCH_RAD} to {@link #MAX_PITCH_RAD}.
     */
    private static double scanPitchRad(int i) {
        return SCAN_PITCH_RAD[i];
    }

    /** The cold scan's pitch-over angles, geometric from MIN_PITCH_RAD to MAX_PITCH_RAD, computed once. */
    private static final double[] SCAN_PITCH_RAD = scanPitches();

    private static double[] scanPitches() {
        double ratio = Math.pow(MAX_PITCH_RAD / MIN_PITCH_RAD, 1.0 / (SCAN_POINTS - 1));
        double[] p = new double[SCAN_POINTS];
        for (int i = 0; i < SCAN_POINTS; i++) {
            p[i] = i == SCAN_POINTS - 1 ? MAX_PITCH_RAD : MIN_PITCH_RAD * Math.pow(ratio, i);
        }
        return p;
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
                // Turning by err changes the longest flight's range along the aim bearing by about
                // a tenth of the aim range per radian (the Iranian ICBMs of the default assessment:
                // 490 to 1,030 km per rad at 10,000 km); a target it falls short of by more than
                // ten times that, plus TURN_SLACK_M, stays out of reach, and every further attempt
                // would search the pitch-over twice more for the same answer (in the default
                // assessment, 4 attempts for each of the Iranian ICBMs' 15 targets beyond reach).
                // The range along the aim bearing as every search measures it (past the antipode: +inf,
                // no shortfall, the turn goes on).
                double shortfall = aimRangeM - s.predictRange(pf, pf.burnTimeS());
                if (shortTurns && shortfall > TURN_SLACK_M + aimRangeM * Math.abs(err)) {
                    throw first;
                }
                s.azimuthRad = wrap(s.azimuthRad - err);
                s.pitchOverRad = Double.NaN;
                s.pitchOfMinimumEnergy = Double.NaN;
            }
        }
        throw first;
    }

    /**
     * The cubic through values at four equally spaced nodes -1, 0, 1 and 2, at t (Lagrange's weights):
     * the batch's interpolation in azimuth between node j (t = 0) and node j + 1 (t = 1).
     */
    private static double cubicThroughNodes(double t, double atMinus1, double at0, double at1, double at2) {
        return -t * (t - 1) * (t - 2) / 6 * atMinus1 + (t + 1) * (t - 1) * (t - 2) / 2 * at0
                - (t + 1) * t * (t - 2) / 2 * at1 + (t + 1) * t * (t - 1) / 6 * at2;
    }

    /**
     * The angle wrapped into [-pi, pi]: {@code Math.IEEEremainder(angleRad, 2 pi)}, bit for bit, with
     * the angles already there returned as they are. The remainder is exact, x - n 2pi with n the
     * integer nearest x / 2pi (ties to even), and 2pi here is exactly twice Math.PI; for |x| &lt;= Math.PI,
     * |x / 2pi| &lt;= 1/2 and n is 0 (a tie at 1/2 goes to the even 0), so the remainder is x itself.
     * The remainder is fdlibm's in software (about 100 ns); {@link Offsets#predict} wraps a bearing
     * difference for every target reached so far, about a 70th of the 0.1 deg map's CPU.
     */
    static double wrap(double angleRad) {
        return angleRad >= -Math.PI && angleRad <= Math.PI ? angleRad : Math.IEEEremainder(angleRad, 2.0 * Math.PI);
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
        return solve(launch, target, shape, WarmStart.COLD).result();
    }

    /**
     * Where a solve starts: the cold start searches the pitch-over angle at the target's bearing
     * and starts the azimuth, aim range and aim bearing at the target's; a warm start (from a
     * batch) holds a pitch-over angle found on the batch's shared flights and starts from the
     * offsets of a neighbouring target.
     *
     * @param pitchOverRad        pitch-over angle to hold, rad; NaN to search it (cold)
     * @param azimuthOffsetRad    launch azimuth minus the target's bearing, rad
     * @param aimRangeOffsetM     aim range of the inner layer minus the target's distance, m
     * @param aimBearingOffsetRad aim bearing of the inner layer minus the target's bearing, rad
     * @param azimuthGain         predicted bearing change per launch-azimuth change, by which the
     *                            first azimuth correction divides the bearing error (1 for cold;
     *                            later ones divide by the secant)
     * @param bearingToleranceRad bearing error that ends the azimuth iteration, rad
     * @param reachM              the reach toward the target if known, m (NaN: flown if needed)
     */
    private record WarmStart(double pitchOverRad, double azimuthOffsetRad, double aimRangeOffsetM,
                             double aimBearingOffsetRad, double azimuthGain, double bearingToleranceRad,
                             double reachM) {
        static final WarmStart COLD = cold(Double.NaN);

        /** A cold start with a known reach toward the target (NaN: flown if needed). */
        static WarmStart cold(double reachM) {
            return new WarmStart(Double.NaN, 0.0, 0.0, 0.0, 1.0, BEARING_TOL_RAD, reachM);
        }

        boolean isWarm() {
            return !Double.isNaN(pitchOverRad);
        }
    }

    /**
     * The answer of one solve and, for a reached target, the offsets it ended with: the warm start
     * of its neighbours (see {@link WarmStart}; NaN when the target was not reached).
     */
    private record Solved(TargetingResult result, double azimuthOffsetRad, double aimRangeOffsetM,
                          double aimBearingOffsetRad, double azimuthGain) {
        static Solved of(TargetingResult result) {
            return new Solved(result, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
    }

    /**
     * The two-layer shooting method from a cold or a warm start. A warm start throws
     * {@link WarmStartFailed} where the cold solve would search the pitch-over angle again.
     */
    private Solved solve(GeodeticPoint launch, GeodeticPoint target, Shape shape, WarmStart start) {
        GeodeticPoint ground = new GeodeticPoint(launch.latitudeRad(), launch.longitudeRad(), 0.0);
        GeodeticPoint aimPoint = new GeodeticPoint(target.latitudeRad(), target.longitudeRad(), 0.0);
        double[] da = geodesy.distanceAndAzimuth(ground, aimPoint);
        double distance = da[0];
        double bearing = da[1];
        if (distance < 1000.0) {
            return Solved.of(new TargetingResult.Unreachable("the target is within 1 km of the launch point",
                    distance, 0.0));
        }
        Search s = new Search(launch);
        s.warm = start.isWarm();
        s.warmRangeM = distance;
        s.pitchOverRad = start.pitchOverRad();
        s.azimuthRad = bearing + start.azimuthOffsetRad();
        double aimRange = distance + start.aimRangeOffsetM();
        double aimBearing = bearing + start.aimBearingOffsetRad();
        s.aimBearingRad = aimBearing;
        double target0 = shapeTarget(shape);
        double aimShape = target0;
        boolean apogeeShape = shape instanceof Shape.Lofted || shape instanceof Shape.Depressed;
        AzimuthSecant secant = new AzimuthSecant(start.azimuthGain());
        Trajectory best = null;
        PoweredFlight bestPowered = null;
        double bestMiss = Double.POSITIVE_INFINITY;
        double bestAimRange = Double.NaN;
        double bestAimBearing = Double.NaN;
        try {
            for (int outer = 0; outer < MAX_OUTER; outer++) {
                secant.restart();
                for (int k = 0; k < MAX_AZIMUTH; k++) {
                    solveShapeTurningTowardTheTarget(s, shape, aimRange, aimShape);
                    predictor.predict(s.powered, s.cutoffS, false, s.prediction);
                    double e = wrap(s.prediction.bearingRad - aimBearing);
                    if (Math.abs(e) < start.bearingToleranceRad()) {
                        break;
                    }
                    // The gain a cold start begins with is 1; the last one is kept for the neighbours'
                    // warm starts.
                    s.azimuthRad = secant.next(s.azimuthRad, e);
                }
                FlightOutcome out = engine.fly(s.powered, s.cutoffS, false);
                if (out instanceof FlightOutcome.NoImpact n) {
                    return Solved.of(unreachable(n.reason(), launch, target, distance, start.reachM()));
                }
                Trajectory full = ((FlightOutcome.Impact) out).trajectory();
                double miss = geodesy.distanceM(full.impact(), aimPoint);
                double shapeError = apogeeShape ? full.apogeeAltitudeM() - target0 : 0.0;
                if (miss < bestMiss) {
                    bestMiss = miss;
                    best = full;
                    bestPowered = s.powered;
                    bestAimRange = aimRange;
                    bestAimBearing = aimBearing;
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
            return Solved.of(unreachable(e.getMessage(), launch, target, distance, start.reachM()));
        } catch (IllegalArgumentException e) {
            // A bracket the search could not close: report it as an answer, never as a crash.
            return Solved.of(unreachable("the targeting search failed: " + e.getMessage(), launch, target, distance,
                    start.reachM()));
        }
        if (best == null || bestMiss > MISS_TOLERANCE_M) {
            return Solved.of(unreachable(String.format(java.util.Locale.ROOT,
                    "targeting did not converge (closest miss %.0f m)", bestMiss), launch, target, distance,
                    start.reachM()));
        }
        // The best flight's powered part is the one a fresh boost of its steering would give.
        Trajectory t = engine.withSamples(bestPowered, best);
        TargetingResult result = new TargetingResult.Reached(t, geodesy.distanceM(t.impact(), aimPoint),
                t.isThrustTerminated(engine.missile().burnTimeS()));
        // The offsets a further outer iteration would take, which put the impact on the target: free
        // of the miss the iteration stopped at, they make the neighbours' warm starts land closer.
        double[] landed = geodesy.distanceAndAzimuth(ground, t.impact());
        double bearingMiss = wrap(landed[1] - bearing);
        return new Solved(result, wrap(t.launchAzimuthRad() - bearing - bearingMiss / secant.gain),
                bestAimRange - landed[0], wrap(bestAimBearing - bearing - bearingMiss), secant.gain);
    }

    /**
     * Flies the missile from one launch point to many targets with one shape: for each target, in
     * the order of the targets, the answer of {@link #solve} within the tolerances stated in the
     * class comment (see "Many targets"). The same launch point, targets and shape always give the
     * same answers; a target's answer may differ in its last digits with the other targets of the
     * list, which warm-start it.
     */
    public List<TargetingResult> solveAll(GeodeticPoint launch, List<GeodeticPoint> targets, Shape shape) {
        return batch(launch, shape).solveAll(targets);
    }

    /**
     * Solves from one launch point with one shape, list after list, each list as {@link #solveAll}
     * does, but keeping what the lists share from one to the next: the azimuth nodes (their grid of
     * powered flights, minima and reaches), whether the missile can reach orbit, and the offsets of
     * the targets reached, from which the next targets are warm-started. For a map flown a batch of
     * targets at a time: each batch used to build the nodes again. A list's answers depend on the
     * lists solved before it (within the tolerances of {@link #solveAll}); the same lists in the same
     * order give the same answers. Not thread-safe: one list at a time.
     */
    public Batch batch(GeodeticPoint launch, Shape shape) {
        return new Batch(launch, shape);
    }

    /** See {@link #batch}. */
    public final class Batch {
        private final GeodeticPoint launch;
        private final Shape shape;
        /** The shared work of minimum-energy solves; null for the other shapes (solved one by one). */
        private final Fan fan;

        private Batch(GeodeticPoint launch, Shape shape) {
            this.launch = launch;
            this.shape = shape;
            this.fan = shape instanceof Shape.MinimumEnergy ? new Fan(launch) : null;
        }

        /** The answer for each target, in the order given. */
        public List<TargetingResult> solveAll(List<GeodeticPoint> targets) {
            TargetingResult[] out = new TargetingResult[targets.size()];
            if (fan == null) {
                for (int i = 0; i < out.length; i++) {
                    out[i] = solve(launch, targets.get(i), shape);
                }
                return List.of(out);
            }
            for (int i : fan.order(targets)) {
                out[i] = fan.solve(targets.get(i));
            }
            return List.of(out);
        }
    }

    /**
     * The answer for an unreachable target, with the reach toward it: reachM when known (NaN: the
     * reach is flown), unless the target lies so close to it that its side is in doubt.
     */
    private TargetingResult unreachable(String reason, GeodeticPoint launch, GeodeticPoint target, double distance,
                                        double reachM) {
        double maxRangeM = Math.abs(reachM - distance) > REACH_DOUBT_M ? reachM : reach(launch, target).maxRangeM();
        String why = reason;
        if (maxRangeM >= distance && reason.startsWith("beyond")) {
            why = "beyond the missile's range on this shape";
        }
        return new TargetingResult.Unreachable(why, distance, maxRangeM);
    }

    /**
     * For tests: the pitch-over angle (rad) of the cold search's minimum of the minimum-energy
     * objective at a launch azimuth (also the aim bearing) and aim range, with the edge search of
     * {@link Search#energyMinimum} (edges true) or with Brent's method alone (its reference); then
     * the objective there (J/kg), the cutoff search's status (0: the aim range is reached) and the
     * time from that cutoff to burnout (s; NaN unless reached).
     */
    double[] minimumEnergyPitch(GeodeticPoint launch, double azimuthRad, double aimRangeM, boolean edges) {
        Search s = new Search(launch);
        s.azimuthRad = azimuthRad;
        s.aimBearingRad = azimuthRad;
        s.edges = edges;
        double p = s.pitchOfMinimumEnergy(aimRangeM);
        double v = s.minimumEnergyObjective(p, aimRangeM);
        double cutoff = s.cutoffFor(p, aimRangeM);
        return new double[] {p, v, s.status, s.powered.burnTimeS() - cutoff};
    }

    /**
     * The longest full-burn flight whose impact lies on the geodesic toward a point: the pitch-over
     * that maximises the range, with the azimuth corrected for the Earth's rotation.
     */
    public Reach reach(GeodeticPoint launch, GeodeticPoint toward) {
        GeodeticPoint ground = new GeodeticPoint(launch.latitudeRad(), launch.longitudeRad(), 0.0);
        GeodeticPoint aimPoint = new GeodeticPoint(toward.latitudeRad(), toward.longitudeRad(), 0.0);
        double[] da = geodesy.distanceAndAzimuth(ground, aimPoint);
        return reachAlong(launch, da[1], da[0], Double.NaN, 0.0);
    }

    /**
     * The reach along a bearing: pitch-over pitchOverRad (NaN: the first local maximum of the
     * vacuum range at the bearing), launch azimuth starting at the bearing plus azimuthOffsetRad.
     */
    private Reach reachAlong(GeodeticPoint launch, double bearing, double distanceM, double pitchOverRad,
                             double azimuthOffsetRad) {
        GeodeticPoint ground = new GeodeticPoint(launch.latitudeRad(), launch.longitudeRad(), 0.0);
        Search s = new Search(launch);
        s.azimuthRad = bearing + azimuthOffsetRad;
        s.aimBearingRad = bearing;
        double aimBearing = bearing;
        Trajectory last = null;
        double pitch = pitchOverRad;
        if (Double.isNaN(pitch)) {
            pitch = s.pitchOfMaximumRange();
            if (Double.isNaN(pitch)) {
                return new Reach(globalRangeM(), distanceM, null);
            }
        }
        // The secant, as in the solve (dividing by 1 converged linearly, about 1.3 % of the error
        // left per flight: 5 flights to 1e-9 rad where the secant takes 3).
        AzimuthSecant secant = new AzimuthSecant(1.0);
        for (int outer = 0; outer < MAX_OUTER; outer++) {
            secant.restart();
            for (int k = 0; k < MAX_AZIMUTH; k++) {
                PoweredFlight pf = s.boost(pitch);
                predictor.predict(pf, pf.burnTimeS(), false, s.prediction);
                if (!s.prediction.valid) {
                    // The longest flight is an orbit: every point on Earth is within reach.
                    return new Reach(globalRangeM(), distanceM, null);
                }
                double e = wrap(s.prediction.bearingRad - aimBearing);
                if (Math.abs(e) < BEARING_TOL_RAD) {
                    break;
                }
                s.azimuthRad = secant.next(s.azimuthRad, e);
            }
            PoweredFlight pf = s.boost(pitch);
            FlightOutcome out = engine.fly(pf, pf.burnTimeS(), false);
            if (!(out instanceof FlightOutcome.Impact impact)) {
                return new Reach(globalRangeM(), distanceM, null);
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
        return new Reach(last.groundRangeM(), distanceM, last);
    }

    // ------------------------------------------------------------------ many targets

    /** The index of the node grid's pitch-over angle nearest to pitchRad. */
    private static int gridIndex(double pitchRad) {
        return (int) Math.round(StrictMath.log(pitchRad / NODE_PITCH_REFERENCE_RAD)
                / StrictMath.log(NODE_PITCH_RATIO));
    }

    /** The pitch-over angle of a (fractional) node grid index, rad (StrictMath: the same bytes on every JVM). */
    private static double gridPitchRad(double index) {
        return NODE_PITCH_REFERENCE_RAD * StrictMath.pow(NODE_PITCH_RATIO, index);
    }

    /** Whether a node grid index's pitch-over angle lies in the searched range. */
    private static boolean onGrid(int i) {
        double p = gridPitchRad(i);
        return p >= MIN_PITCH_RAD && p <= MAX_PITCH_RAD;
    }

    /** Whether a walk on a node's grid found a minimum (an index, not one of the outcomes below). */
    private static boolean found(int walk) {
        return walk != WALK_UNDEFINED && walk != WALK_TOO_LONG;
    }

    /**
     * The work a batch from one launch point shares (see "Many targets" in the class comment):
     * azimuth nodes at multiples of {@link #NODE_SPACING_RAD}, built when a target first needs
     * them, and the offsets of the targets reached.
     */
    private final class Fan {
        private final GeodeticPoint launch;
        private final GeodeticPoint ground;
        private final Map<Integer, Node> nodes = new HashMap<>();
        /** The offsets of the targets reached so far, the warm starts of the next. */
        private final Offsets offsets = new Offsets();
        /** Grid indices of the last minimum-energy and maximum-range pitch-overs found, or NO_INDEX. */
        private int lastMinimumIndex = NO_INDEX;
        private int lastMaximumIndex = NO_INDEX;
        /** Whether no steering of the missile reaches orbit (see ballistic()); null before it is known. */
        private Boolean ballistic;
        /**
         * Whether the targets are many enough for the nodes they need to pay for a missile that can
         * reach orbit (see {@link #ORBIT_CAPABLE_TARGETS_PER_NODE}); set by {@link #order}.
         */
        private boolean orbitCapableWarmStarts;

        Fan(GeodeticPoint launch) {
            this.launch = launch;
            this.ground = new GeodeticPoint(launch.latitudeRad(), launch.longitudeRad(), 0.0);
        }

        /**
         * Indices of the targets in solving order: by azimuth cell of the node spacing, then by
         * distance, up and down in turn (a boustrophedon), so that each target's predecessor is a
         * near neighbour; ties by index.
         */
        int[] order(List<GeodeticPoint> targets) {
            int n = targets.size();
            int[] cell = new int[n];
            double[] key = new double[n];
            for (int i = 0; i < n; i++) {
                GeodeticPoint t = targets.get(i);
                double[] da = geodesy.distanceAndAzimuth(ground,
                        new GeodeticPoint(t.latitudeRad(), t.longitudeRad(), 0.0));
                cell[i] = (int) Math.floor(da[1] / NODE_SPACING_RAD);
                key[i] = Math.floorMod(cell[i], 2) == 0 ? da[0] : -da[0];
            }
            java.util.Set<Integer> nodesNeeded = new java.util.HashSet<>();
            for (int c : cell) {
                for (int j = c - 1; j <= c + 2; j++) {
                    nodesNeeded.add(j);
                }
            }
            orbitCapableWarmStarts = n >= ORBIT_CAPABLE_TARGETS_PER_NODE * nodesNeeded.size();
            return IntStream.range(0, n).boxed()
                    .sorted(Comparator.<Integer>comparingInt(i -> cell[i]).thenComparingDouble(i -> key[i])
                            .thenComparingInt(i -> i))
                    .mapToInt(Integer::intValue).toArray();
        }

        /** The answer for one target: see "Many targets" in the class comment. */
        TargetingResult solve(GeodeticPoint target) {
            GeodeticPoint aimPoint = new GeodeticPoint(target.latitudeRad(), target.longitudeRad(), 0.0);
            double[] da = geodesy.distanceAndAzimuth(ground, aimPoint);
            double distance = da[0];
            double bearing = da[1];
            if (distance < 1000.0) {
                return coldSolve(target, WarmStart.COLD);
            }
            if (!ballistic(node((int) Math.floor(bearing / NODE_SPACING_RAD)))) {
                return orbitCapableWarmStarts ? orbitCapableSolve(target, bearing, distance)
                        : coldSolve(target, WarmStart.COLD);
            }
            double[] steering = minimumEnergySteering(bearing, distance);
            double pitch;
            double azimuthOffset;
            if (steering != null) {
                pitch = steering[0];
                azimuthOffset = wrap(steering[1] - bearing);
            } else if (beyondReach(bearing, distance)) {
                return beyond(bearing, distance);
            } else {
                // Next to the edge of the feasible steerings the grid cannot bracket the minimum:
                // search the pitch-over as the cold solve does, near the nodes' last one.
                pitch = bracketedMinimumEnergyPitch(bearing, distance);
                azimuthOffset = Double.NaN;
            }
            if (!Double.isNaN(pitch)) {
                TargetingResult warm = warmSolve(target, bearing, distance, pitch, azimuthOffset);
                if (warm != null) {
                    return warm;
                }
            }
            if (beyondReach(bearing, distance)) {
                return beyond(bearing, distance);
            }
            return coldSolve(target, WarmStart.cold(reachM(bearing)));
        }

        /**
         * The answer for one target of a missile that can reach orbit: warm-started from the nodes'
         * minimum-energy steering where the cold search at both nodes around the target's bearing
         * provably ends on the nodes' minimum (see {@link Node#coldSearchEndsAt}), else the cold
         * solve itself. The pitch-over is cubic in azimuth through the minima of four nodes: the
         * liquid ICBM template steers with pitch-over angles of 0.003 to 0.006 rad, whose minimum
         * the line between two nodes misses by up to 2.5e-7 rad, 200 m of apogee at 12,000 km (the
         * cubic, by 1.5e-8 rad and 12 m). No reach is interpolated and no target is answered as
         * beyond the reach without a solve: such a missile can land beyond the reach (the first
         * maximum of the range from the lofted side) on a flatter, nearly orbital steering.
         */
        private TargetingResult orbitCapableSolve(GeodeticPoint target, double bearing, double distance) {
            double[] steering = minimumEnergySteering(bearing, distance);
            if (steering != null) {
                int j = (int) Math.floor(bearing / NODE_SPACING_RAD);
                double before = node(j - 1).minimumEnergyPitch(distance);
                double after = node(j + 2).minimumEnergyPitch(distance);
                if (!Double.isNaN(before) && !Double.isNaN(after) && node(j - 1).clearOfTheEdge(distance)
                        && node(j).clearOfTheEdge(distance) && node(j + 1).clearOfTheEdge(distance)
                        && node(j + 2).clearOfTheEdge(distance) && node(j).coldSearchEndsAt(steering[2], distance)
                        && node(j + 1).coldSearchEndsAt(steering[3], distance)) {
                    double pitch = cubicThroughNodes(bearing / NODE_SPACING_RAD - j, before, steering[2], steering[3],
                            after);
                    TargetingResult warm = warmSolve(target, bearing, distance, pitch,
                            wrap(steering[1] - bearing));
                    if (warm != null) {
                        return warm;
                    }
                }
            }
            return coldSolve(target, WarmStart.COLD);
        }

        /**
         * The two-layer loop holding the pitch-over pitchRad, from the launch azimuth offset the
         * nodes predict (NaN: none) corrected as for the nearest targets reached, with their aim
         * offsets; null when it does not reach the target as a cold solve would.
         */
        private TargetingResult warmSolve(GeodeticPoint target, double bearing, double distance, double pitchRad,
                                          double azimuthOffsetRad) {
            double[] hint = offsets.predict(bearing, distance);
            double azimuth = Double.isNaN(azimuthOffsetRad) ? hint[Offsets.AZIMUTH]
                    : azimuthOffsetRad + hint[Offsets.RESIDUAL];
            WarmStart start = new WarmStart(pitchRad, azimuth, hint[Offsets.AIM_RANGE], hint[Offsets.AIM_BEARING],
                    offsets.gain(), WARM_BEARING_TOL_RAD, Double.NaN);
            Solved warm;
            try {
                warm = TrajectorySolver.this.solve(launch, target, Shape.MINIMUM_ENERGY, start);
            } catch (WarmStartFailed e) {
                return null;
            }
            if (!(warm.result() instanceof TargetingResult.Reached)) {
                return null;
            }
            if (!Double.isNaN(azimuthOffsetRad)) {
                offsets.add(bearing, distance, wrap(warm.azimuthOffsetRad() - azimuthOffsetRad), warm);
            }
            return warm.result();
        }

        private TargetingResult coldSolve(GeodeticPoint target, WarmStart start) {
            return TrajectorySolver.this.solve(launch, target, Shape.MINIMUM_ENERGY, start).result();
        }

        /** Whether the target lies beyond the reach toward it by more than {@link #BEYOND_REACH_MARGIN_M}. */
        private boolean beyondReach(double bearingRad, double distanceM) {
            return distanceM > reachM(bearingRad) + BEYOND_REACH_MARGIN_M;
        }

        /** The cold solve's answer for a target beyond reach. */
        private TargetingResult beyond(double bearingRad, double distanceM) {
            return new TargetingResult.Unreachable("beyond the missile's maximum range", distanceM, reachM(bearingRad));
        }

        /**
         * The pitch-over of the cold solve's first attempt (the minimum of its objective at the
         * target's bearing), searched first near the nearest node's last minimum; NaN unless it
         * keeps {@link #WARM_RANGE_MARGIN_M} in hand at full burn (a minimum on the kink at the
         * feasibility edge is left to the cold solve).
         */
        private double bracketedMinimumEnergyPitch(double bearingRad, double distanceM) {
            Search s = new Search(launch);
            s.azimuthRad = bearingRad;
            s.aimBearingRad = bearingRad;
            s.pitchHintRad = pitchHintRad(bearingRad);
            double p = s.pitchOfMinimumEnergy(distanceM);
            s.cutoffFor(p, distanceM);
            return s.status == 0 && s.fullRangeM >= distanceM + WARM_RANGE_MARGIN_M ? p : Double.NaN;
        }

        /** A pitch-over near the targets' toward a bearing: the nearest node's last minimum, or NaN. */
        private double pitchHintRad(double bearingRad) {
            int i = node((int) Math.floor(bearingRad / NODE_SPACING_RAD)).minimumIndex;
            i = i != NO_INDEX ? i : lastMinimumIndex;
            return i != NO_INDEX ? gridPitchRad(i) : Double.NaN;
        }

        private Node node(int index) {
            return nodes.computeIfAbsent(index, j -> new Node(this, j));
        }

        /**
         * The minimum-energy steering toward a bearing at a distance, as {pitch-over, launch
         * azimuth, the first node's pitch-over, the second node's} (rad): the pitch-over linear in
         * azimuth between the two nodes around the bearing, the azimuth at which the line between
         * the nodes' predicted impact bearings meets the target's. Null when either node has no
         * minimum with the range in hand.
         */
        double[] minimumEnergySteering(double bearingRad, double distanceM) {
            double x = bearingRad / NODE_SPACING_RAD;
            int j = (int) Math.floor(x);
            Node n0 = node(j);
            double p0 = n0.minimumEnergyPitch(distanceM);
            if (Double.isNaN(p0)) {
                return null;
            }
            double e0 = n0.bearingErrorRad;
            Node n1 = node(j + 1);
            double p1 = n1.minimumEnergyPitch(distanceM);
            if (Double.isNaN(p1)) {
                return null;
            }
            double e1 = n1.bearingErrorRad;
            // Impact bearing az + e(az), linear between the nodes, equal to the target's bearing.
            double u = wrap(bearingRad - n0.azimuthRad - e0) / (NODE_SPACING_RAD + e1 - e0);
            double w = x - j;
            return new double[] {p0 + w * (p1 - p0), n0.azimuthRad + u * NODE_SPACING_RAD, p0, p1};
        }

        /** The reach toward a bearing, m: cubic in azimuth through four nodes; NaN when one has none. */
        double reachM(double bearingRad) {
            double x = bearingRad / NODE_SPACING_RAD;
            int j = (int) Math.floor(x);
            double t = x - j;
            double[] r = new double[4];
            for (int k = 0; k < 4; k++) {
                Reach reach = node(j - 1 + k).reach();
                if (reach == null) {
                    return Double.NaN;
                }
                r[k] = reach.maxRangeM();
            }
            return cubicThroughNodes(t, r[0], r[1], r[2], r[3]);
        }

        /**
         * Whether no steering reaches orbit: the largest burnout energy of full-burn flights along a
         * node's azimuth, at pitch-over angles 25 % apart up to the first that falls back, stays
         * {@link #ORBIT_ENERGY_MARGIN_J_PER_KG} below the lowest orbit's. Sampled once per batch;
         * when it fails (an ICBM), the targets go to {@link #orbitCapableSolve}: the cold search can
         * end on another minimum than the nodes' walks, and beyond the reach toward a bearing.
         */
        boolean ballistic(Node n) {
            if (ballistic == null) {
                double mu = engine.earth().muM3PerS2();
                double lowestOrbit = -mu / (2.0 * engine.earth().equatorialRadiusM());
                double highest = Double.NEGATIVE_INFINITY;
                for (double p = MIN_PITCH_RAD; p <= MAX_PITCH_RAD; p *= 1.25) {
                    PoweredFlight pf = engine.boost(launch, n.azimuthRad, p);
                    if (pf.crashed()) {
                        break;
                    }
                    highest = Math.max(highest, n.search.energyAt(pf, pf.burnTimeS()));
                    if (highest + ORBIT_ENERGY_MARGIN_J_PER_KG >= lowestOrbit) {
                        // The highest energy only grows: the answer is already "can orbit".
                        break;
                    }
                }
                ballistic = highest + ORBIT_ENERGY_MARGIN_J_PER_KG < lowestOrbit;
            }
            return ballistic;
        }

        /**
         * A pitch-grid index near which a node without one starts its search for the minimum-energy
         * (or maximum-range) pitch-over: a neighbouring node's, else the last found on any node,
         * else {@link #NO_INDEX}.
         */
        int startIndex(int nodeIndex, boolean maximum) {
            for (int d = 1; d <= 2; d++) {
                for (int j : new int[] {nodeIndex - d, nodeIndex + d}) {
                    Node n = nodes.get(j);
                    int i = n == null ? NO_INDEX : maximum ? n.maximumIndex : n.minimumIndex;
                    if (i != NO_INDEX) {
                        return i;
                    }
                }
            }
            return maximum ? lastMaximumIndex : lastMinimumIndex;
        }
    }

    /**
     * An azimuth node of a batch: the powered flights toward the node's azimuth of the pitch-over
     * angles of a geometric grid ({@link #NODE_PITCH_RATIO}), each flown when first needed, with
     * the conventions of a cold solve toward that bearing (launch azimuth and aim bearing equal).
     */
    private final class Node {
        final Fan fan;
        final int index;
        final double azimuthRad;
        /** Scratch with the node's azimuth and aim bearing: the cold searches at this node. */
        final Search search;
        private final Map<Integer, GridFlight> flights = new HashMap<>();
        /** Grid index of the last minimum-energy pitch-over found here (the next search's start). */
        int minimumIndex = NO_INDEX;
        /** Grid index of the maximum-range pitch-over. */
        int maximumIndex = NO_INDEX;
        /**
         * Predicted impact bearing minus the node's azimuth at the last minimum-energy pitch-over
         * found, rad (linear between the two grid flights around it).
         */
        double bearingErrorRad = Double.NaN;
        private Reach reach;
        private boolean reachSolved;
        /** Flights at the cold scan's pitch-over angles (by scan index) and at Brent's first points (by bracket). */
        private final Map<Integer, GridFlight> scanFlights = new HashMap<>();
        private final Map<Integer, GridFlight> brentStartFlights = new HashMap<>();

        Node(Fan fan, int index) {
            this.fan = fan;
            this.index = index;
            this.azimuthRad = index * NODE_SPACING_RAD;
            this.search = new Search(fan.launch, false);
            search.azimuthRad = azimuthRad;
            search.aimBearingRad = azimuthRad;
        }

        GridFlight flight(int i) {
            return flights.computeIfAbsent(i, k -> new GridFlight(this,
                    engine.boost(fan.launch, azimuthRad, gridPitchRad(k))));
        }

        /**
         * The specific energy (J/kg) at the cutoff that reaches rangeM on the grid flight i; NaN
         * when that flight cannot reach it at full burn, reaches it before the earliest cutoff, or
         * orbits.
         */
        double energy(int i, double rangeM) {
            if (!onGrid(i)) {
                return Double.NaN;
            }
            GridFlight f = flight(i);
            if (!(f.fullRangeM >= rangeM) || f.fullRangeM == Double.POSITIVE_INFINITY
                    || f.earliestRangeM() > rangeM) {
                return Double.NaN;
            }
            return search.energyAt(f.powered, f.cutoffFor(rangeM));
        }

        /**
         * The minimum-energy pitch-over at a range: the grid walked downhill from the node's last
         * minimum (or a neighbour's, or the cold search's) to a grid minimum, refined on the cubic
         * through four grid points. NaN when the walk meets a flight that cannot reach the range.
         */
        double minimumEnergyPitch(double rangeM) {
            IntToDoubleFunction energy = i -> energy(i, rangeM);
            double[] v = new double[3];
            int start = minimumIndex != NO_INDEX ? minimumIndex : fan.startIndex(index, false);
            int i = start != NO_INDEX ? walkDownhill(energy, start, v) : WALK_TOO_LONG;
            if (i == WALK_TOO_LONG) {
                double p = search.pitchOfMinimumEnergy(rangeM);
                // The search's remembered predictions hold its boosts, which the node does not keep.
                search.prediction.forget();
                if (Double.isNaN(p)) {
                    return Double.NaN;
                }
                // The next search starts here even if this one finds no minimum (out of range).
                minimumIndex = gridIndex(p);
                fan.lastMinimumIndex = minimumIndex;
                i = walkDownhill(energy, minimumIndex, v);
            }
            if (!found(i)) {
                return Double.NaN;
            }
            minimumIndex = i;
            fan.lastMinimumIndex = i;
            double fl = v[0];
            double f = v[1];
            double fr = v[2];
            double curvature = fl - 2.0 * f + fr;
            if (!(curvature > 0)) {
                return Double.NaN;
            }
            double vertex = i + 0.5 * (fl - fr) / curvature;
            // The parabola's vertex is biased by the energy's third derivative (by up to 1e-5 rad at
            // the grid step): refine it on the cubic through a fourth point on the vertex's side.
            int side = vertex > i ? 1 : -1;
            double far = energy(i + 2 * side, rangeM);
            if (!Double.isNaN(far)) {
                vertex = cubicMinimum(side > 0 ? i - 1 : i - 2,
                        side > 0 ? new double[] {fl, f, fr, far} : new double[] {far, fl, f, fr}, vertex);
            }
            int k = vertex > i ? i + 1 : i - 1;
            double ei = impactBearingRad(i, rangeM);
            bearingErrorRad = wrap(ei + (vertex - i) / (k - i) * wrap(impactBearingRad(k, rangeM) - ei) - azimuthRad);
            return gridPitchRad(vertex);
        }

        /**
         * Whether the grid flights two steps on either side of the last minimum found (at rangeM)
         * reach that range: the cubic's four points then lie on the smooth, feasible side of the
         * objective. Next to the feasibility edge (the minimum-energy cutoff a fraction of a second
         * before burnout) the objective bends toward the kink there, and the cubic's minimum errs
         * by more than the batch's tolerance: 2.2e-5 rad and 163 m of apogee for the Topol-class
         * solid ICBM from Kozelsk at 9,582 km, 70 km inside its reach (measured).
         */
        boolean clearOfTheEdge(double rangeM) {
            return minimumIndex != NO_INDEX && !Double.isNaN(energy(minimumIndex - 2, rangeM))
                    && !Double.isNaN(energy(minimumIndex + 2, rangeM));
        }

        /**
         * Whether the cold search for the minimum-energy pitch-over at this node's azimuth and the
         * range rangeM ({@code Search.firstLocalMinimum}: a scan from the lofted side, then Brent's
         * minimum in the bracket of the scan's first rise) provably ends on the minimum pitchRad that
         * the node's walk found. For a missile that can orbit, whose objective has other minima on its
         * flattest steerings (a penalty that falls again as the flights fall back, zero where they
         * crash, orbits), this holds when:
         * <ol>
         * <li>the scan stops at k or k + 1, pitchRad lying between its points k and k + 1: the objective
         *     falls from scan point k - 1 to k and rises from k + 1 to k + 2 (rises from k to k + 1, or
         *     not; in a near tie both brackets are checked);</li>
         * <li>in each possible bracket [a, b], sampled from pitchRad up to b every
         *     {@link #COLD_CHECK_STRIDE} grid steps and at b, no flight orbits at full burn; Brent's
         *     first point x0 lies before the objective first falls again (on the rise from pitchRad,
         *     feasible or already in the penalty of flights that fall short); and every sample from
         *     that fall on (penalty, crash, feasible again) lies above the objective at x0 by
         *     {@link #COLD_CHECK_MARGIN_J_PER_KG}.</li>
         * </ol>
         * Brent's method keeps its lowest point so far inside its bracket, and each end of the
         * bracket is an end of [a, b] or a point no lower. When every point outside the basin of
         * pitchRad (falling from a to pitchRad, rising to x0 and on) lies above its first point, its
         * lowest point never leaves that basin, where the objective has the one minimum, and it ends
         * on that minimum to its tolerance. Assumed, not sampled: the objective falls on the lofted
         * side (the premise of the walks and of the cold scan for every missile) and varies smoothly
         * between samples 5 % apart and between nodes 2 deg apart (the margin).
         */
        boolean coldSearchEndsAt(double pitchRad, double rangeM) {
            int k = 0;
            while (k < SCAN_POINTS - 1 && scanPitchRad(k + 1) <= pitchRad) {
                k++;
            }
            if (k < 1 || k + 2 > SCAN_POINTS - 1) {
                return false;
            }
            double margin = COLD_CHECK_MARGIN_J_PER_KG;
            double before = objective(scanFlight(k - 1), rangeM);
            double at = objective(scanFlight(k), rangeM);
            double after = objective(scanFlight(k + 1), rangeM);
            if (!(at < before - margin)) {
                return false;
            }
            Map<Integer, Double> samples = new HashMap<>();
            if (after > at + margin) {
                return bracketEndsAt(k, pitchRad, rangeM, samples);
            }
            if (!(objective(scanFlight(k + 2), rangeM) > after + margin)) {
                return false;
            }
            return bracketEndsAt(k + 1, pitchRad, rangeM, samples)
                    && (after < at - margin || bracketEndsAt(k, pitchRad, rangeM, samples));
        }

        /**
         * Condition 2 of {@link #coldSearchEndsAt} for the bracket of the scan stopping at b; samples
         * holds the objective at grid indices already sampled for this range.
         */
        private boolean bracketEndsAt(int b, double pitchRad, double rangeM, Map<Integer, Double> samples) {
            double lo = scanPitchRad(b - 1);
            double hi = scanPitchRad(b + 1);
            double x0 = lo + BRENT_FIRST_POINT * (hi - lo);
            double start = objective(brentStartFlights.computeIfAbsent(b, j -> new GridFlight(this,
                    engine.boost(fan.launch, azimuthRad, x0))), rangeM);
            if (!Double.isFinite(start)) {
                return false;
            }
            double risingEnd = pitchRad;
            double risingValue = Double.NEGATIVE_INFINITY;
            double floor = Double.POSITIVE_INFINITY;
            boolean falling = false;
            // Samples on multiples of the stride, so that every range samples the same flights.
            int first = Math.floorDiv(gridIndex(pitchRad), COLD_CHECK_STRIDE) * COLD_CHECK_STRIDE + COLD_CHECK_STRIDE;
            for (int i = first; ; i += COLD_CHECK_STRIDE) {
                boolean last = gridPitchRad(i) >= hi;
                GridFlight f = last ? scanFlight(b + 1) : flight(i);
                if (f.powered.crashed()) {
                    // The objective is 0 from here to the bracket's end: the flights crash from the
                    // first that does (the cold search's maxPitch assumes as much).
                    floor = Math.min(floor, 0.0);
                    break;
                }
                double value = last ? objective(f, rangeM) : samples.computeIfAbsent(i, j -> objective(f, rangeM));
                if (Double.isNaN(value)) {
                    return false;
                }
                double p = last ? hi : gridPitchRad(i);
                if (!falling && value >= risingValue) {
                    risingEnd = p;
                    risingValue = value;
                } else {
                    falling = true;
                    floor = Math.min(floor, value);
                }
                if (last) {
                    break;
                }
            }
            return x0 <= risingEnd && start < floor - COLD_CHECK_MARGIN_J_PER_KG;
        }

        private GridFlight scanFlight(int i) {
            return scanFlights.computeIfAbsent(i, j -> new GridFlight(this,
                    engine.boost(fan.launch, azimuthRad, scanPitchRad(j))));
        }

        /**
         * The cold search's objective ({@code Search.minimumEnergyObjective}) on a flight of this
         * node at the range rangeM, J/kg; NaN for a flight that orbits at full burn (where the cold
         * search scans the burn for the first cutoff that reaches the range).
         */
        private double objective(GridFlight f, double rangeM) {
            if (f.powered.crashed()) {
                return 0.0;
            }
            if (f.fullRangeM == Double.POSITIVE_INFINITY) {
                return Double.NaN;
            }
            if (f.fullRangeM < rangeM) {
                return search.energyAt(f.powered, f.powered.burnTimeS())
                        + PENALTY_J_PER_KG_PER_M * (rangeM - f.fullRangeM);
            }
            double earliest = f.earliestRangeM();
            if (earliest > rangeM) {
                return search.energyAt(f.powered, earliestCutoffS) + PENALTY_J_PER_KG_PER_M * (earliest - rangeM);
            }
            return search.energyAt(f.powered, f.cutoffNear(rangeM, COLD_CHECK_CUTOFF_TOL_S));
        }

        /**
         * The minimum near start (a grid index) of the cubic through four values at the grid indices
         * first to first + 3, by Newton's method on its derivative; start when that leaves the
         * interval or the cubic is not convex there.
         */
        private static double cubicMinimum(int first, double[] f, double start) {
            // Newton's forward differences: p(u) = f0 + d1 u + d2 u(u-1)/2 + d3 u(u-1)(u-2)/6.
            double d1 = f[1] - f[0];
            double d2 = f[2] - 2.0 * f[1] + f[0];
            double d3 = f[3] - 3.0 * f[2] + 3.0 * f[1] - f[0];
            double u = start - first;
            for (int k = 0; k < 4; k++) {
                double slope = d1 + d2 * (2.0 * u - 1.0) / 2.0 + d3 * (3.0 * u * u - 6.0 * u + 2.0) / 6.0;
                double curvature = d2 + d3 * (u - 1.0);
                if (!(curvature > 0)) {
                    return start;
                }
                u -= slope / curvature;
            }
            return u >= 0.0 && u <= 3.0 ? first + u : start;
        }

        /** Predicted impact bearing (rad) of the grid flight i cut off for rangeM (a feasible range). */
        private double impactBearingRad(int i, double rangeM) {
            GridFlight f = flight(i);
            predictor.predict(f.powered, f.cutoffFor(rangeM), false, search.prediction);
            return search.prediction.bearingRad;
        }

        /**
         * Walks the pitch grid downhill on f from the index start to a grid point no higher than its
         * two neighbours, whose values it leaves in v; {@link #WALK_UNDEFINED} when f is NaN on the
         * way (a flight out of range, fallen back or in orbit), {@link #WALK_TOO_LONG} after
         * {@link #MAX_NODE_WALK} steps.
         */
        private int walkDownhill(IntToDoubleFunction f, int start, double[] v) {
            int i = start;
            double fl = f.applyAsDouble(i - 1);
            double fi = f.applyAsDouble(i);
            double fr = f.applyAsDouble(i + 1);
            for (int step = 0; ; step++) {
                if (Double.isNaN(fl) || Double.isNaN(fi) || Double.isNaN(fr)) {
                    return WALK_UNDEFINED;
                }
                if (step > MAX_NODE_WALK) {
                    return WALK_TOO_LONG;
                }
                if (fl < fi && fl <= fr) {
                    i--;
                    fr = fi;
                    fi = fl;
                    fl = f.applyAsDouble(i - 1);
                } else if (fr < fi) {
                    i++;
                    fl = fi;
                    fi = fr;
                    fr = f.applyAsDouble(i + 1);
                } else {
                    v[0] = fl;
                    v[1] = fi;
                    v[2] = fr;
                    return i;
                }
            }
        }

        /** The reach along the node's azimuth; null when the missile can orbit or the search fails. */
        Reach reach() {
            if (!reachSolved) {
                reachSolved = true;
                reach = solveReach();
            }
            return reach;
        }

        private double fullRange(int i) {
            if (!onGrid(i)) {
                return Double.NaN;
            }
            double r = flight(i).fullRangeM;
            return r == Double.POSITIVE_INFINITY ? Double.NaN : r;
        }

        private Reach solveReach() {
            IntToDoubleFunction shortfall = i -> -fullRange(i);
            double[] v = new double[3];
            int start = maximumIndex != NO_INDEX ? maximumIndex : fan.startIndex(index, true);
            int i = start != NO_INDEX ? walkDownhill(shortfall, start, v) : WALK_TOO_LONG;
            if (i == WALK_TOO_LONG) {
                double p = search.pitchOfMaximumRange();
                search.prediction.forget();
                if (Double.isNaN(p)) {
                    return null;
                }
                fan.lastMaximumIndex = gridIndex(p);
                i = walkDownhill(shortfall, gridIndex(p), v);
            }
            if (!found(i)) {
                return null;
            }
            maximumIndex = i;
            fan.lastMaximumIndex = i;
            double fl = -v[0];
            double f = -v[1];
            double fr = -v[2];
            double curvature = fl - 2.0 * f + fr;
            if (!(curvature < 0)) {
                return null;
            }
            double pitch = gridPitchRad(i + 0.5 * (fl - fr) / curvature);
            double offset = 0.0;
            for (int j : new int[] {index - 1, index + 1}) {
                Node n = fan.nodes.get(j);
                if (n != null && n.reach != null) {
                    offset = wrap(n.reach.trajectory().launchAzimuthRad() - n.azimuthRad);
                    break;
                }
            }
            Reach r = reachAlong(fan.launch, azimuthRad, 0.0, pitch, offset);
            return r.trajectory() == null ? null : r;
        }
    }

    /**
     * One powered flight of a node's grid with what is known of its predicted range (along the
     * node's azimuth): at full burn, at the earliest cutoff, and at the cutoffs already solved,
     * which bracket the next root.
     */
    private final class GridFlight {
        final Node node;
        final PoweredFlight powered;
        /** Predicted range at full burn, m: NaN when the flight falls back, infinite when it orbits. */
        final double fullRangeM;
        private double earliestRangeM = Double.NaN;
        /** Cutoff times (s) by predicted range (m), the bounds included. */
        private final TreeMap<Double, Double> cutoffByRange = new TreeMap<>();
        /** {@link #cutoffNear}'s answers (s) by the range (m) predicted at each. */
        private final TreeMap<Double, Double> nearByRange = new TreeMap<>();

        GridFlight(Node node, PoweredFlight powered) {
            this.node = node;
            this.powered = powered;
            this.fullRangeM = powered.crashed() ? Double.NaN : node.search.predictRange(powered, powered.burnTimeS());
        }

        double earliestRangeM() {
            if (Double.isNaN(earliestRangeM)) {
                earliestRangeM = node.search.predictRange(powered, earliestCutoffS);
                cutoffByRange.put(earliestRangeM, earliestCutoffS);
                cutoffByRange.put(fullRangeM, powered.burnTimeS());
            }
            return earliestRangeM;
        }

        /** The cutoff (s) whose predicted range is rangeM, within [earliest range, full range]. */
        double cutoffFor(double rangeM) {
            earliestRangeM();
            Map.Entry<Double, Double> lo = cutoffByRange.floorEntry(rangeM);
            Map.Entry<Double, Double> hi = cutoffByRange.ceilingEntry(rangeM);
            if (lo.getKey() == rangeM) {
                return lo.getValue();
            }
            double t = Brent.root(x -> node.search.predictRange(powered, x) - rangeM, lo.getValue(),
                    lo.getKey() - rangeM, hi.getValue(), hi.getKey() - rangeM, CUTOFF_TOL_S, 200);
            cutoffByRange.put(rangeM, t);
            return t;
        }

        /**
         * The cutoff (s) whose predicted range is rangeM to tolS, within [earliest range, full range],
         * bracketed by the tighter of the cutoffs already solved and the earlier answers of this
         * method. Its answers are not kept among the solved cutoffs (whose roots stay exact to
         * {@link #CUTOFF_TOL_S}) but apart, each with the range predicted at it: an exact pair, so
         * that a bracket from either map holds the root. A missile that can orbit checks each
         * target's nodes with this ({@link #COLD_CHECK_CUTOFF_TOL_S}), and the answers for the
         * targets before it bracket the next ones closely: the checks of the 0.25 deg map took 5.6 s
         * of CPU with brackets from the solved cutoffs alone.
         */
        double cutoffNear(double rangeM, double tolS) {
            earliestRangeM();
            Map.Entry<Double, Double> lo = cutoffByRange.floorEntry(rangeM);
            Map.Entry<Double, Double> hi = cutoffByRange.ceilingEntry(rangeM);
            if (lo.getKey() == rangeM) {
                return lo.getValue();
            }
            Map.Entry<Double, Double> nearLo = nearByRange.floorEntry(rangeM);
            Map.Entry<Double, Double> nearHi = nearByRange.ceilingEntry(rangeM);
            if (nearLo != null && nearLo.getKey() > lo.getKey()) {
                lo = nearLo;
            }
            if (nearHi != null && nearHi.getKey() < hi.getKey()) {
                hi = nearHi;
            }
            if (lo.getKey() == rangeM) {
                return lo.getValue();
            }
            double t = Brent.root(x -> node.search.predictRange(powered, x) - rangeM, lo.getValue(),
                    lo.getKey() - rangeM, hi.getValue(), hi.getKey() - rangeM, tolS, 200);
            double r = node.search.predictRange(powered, t);
            if (r > lo.getKey() && r < hi.getKey()) {
                nearByRange.put(r, t);
            }
            return t;
        }
    }

    /**
     * The offsets with which warm-started targets were reached, as functions of the target's
     * position: each a plane fitted by least squares to the {@link #NEIGHBOURS} nearest targets
     * reached (in ground distance), whose value at a new target is its warm start. Where the
     * neighbours do not span a plane, or the plane leaves the range of their values by more than
     * its width, the nearest target's value.
     */
    private static final class Offsets {
        /** Targets whose offsets are fitted. */
        private static final int NEIGHBOURS = 6;
        /** Launch azimuth minus the one the nodes predicted, rad. */
        static final int RESIDUAL = 0;
        /** Aim range minus the target's distance, m. */
        static final int AIM_RANGE = 1;
        /** Aim bearing minus the target's bearing, rad. */
        static final int AIM_BEARING = 2;
        /** Launch azimuth minus the target's bearing, rad. */
        static final int AZIMUTH = 3;
        private double[] bearingRad = new double[16];
        private double[] distanceM = new double[16];
        private double[][] value = new double[16][];
        private double gain = 1.0;
        private int count;

        void add(double bearing, double distance, double azimuthResidualRad, Solved solved) {
            if (count == bearingRad.length) {
                bearingRad = Arrays.copyOf(bearingRad, 2 * count);
                distanceM = Arrays.copyOf(distanceM, 2 * count);
                value = Arrays.copyOf(value, 2 * count);
            }
            bearingRad[count] = bearing;
            distanceM[count] = distance;
            value[count] = new double[] {azimuthResidualRad, solved.aimRangeOffsetM(), solved.aimBearingOffsetRad(),
                    solved.azimuthOffsetRad()};
            gain = solved.azimuthGain();
            count++;
        }

        /** The azimuth gain measured on the last target reached (1 before the first). */
        double gain() {
            return gain;
        }

        /** The offsets, indexed by {@link #RESIDUAL} to {@link #AZIMUTH}, at a target (zeros before the first). */
        double[] predict(double bearing, double distance) {
            double[] out = new double[4];
            if (count == 0) {
                return out;
            }
            int k = Math.min(NEIGHBOURS, count);
            int[] nearest = new int[k];
            double[] d2 = new double[k];
            Arrays.fill(d2, Double.POSITIVE_INFINITY);
            for (int i = 0; i < count; i++) {
                double x = wrap(bearingRad[i] - bearing) * distance;
                double y = distanceM[i] - distance;
                double d = x * x + y * y;
                for (int m = 0; m < k; m++) {
                    if (d < d2[m]) {
                        System.arraycopy(d2, m, d2, m + 1, k - m - 1);
                        System.arraycopy(nearest, m, nearest, m + 1, k - m - 1);
                        d2[m] = d;
                        nearest[m] = i;
                        break;
                    }
                }
            }
            System.arraycopy(value[nearest[0]], 0, out, 0, 4);
            if (k < 3) {
                return out;
            }
            // Normal equations of the plane c0 + c1 x + c2 y, with x and y the neighbour's ground
            // offsets across and along the target's bearing; c0 is the plane at the target.
            double[][] a = new double[3][3];
            double[][] b = new double[4][3];
            for (int m = 0; m < k; m++) {
                int i = nearest[m];
                double[] row = {1.0, wrap(bearingRad[i] - bearing) * distance, distanceM[i] - distance};
                for (int r = 0; r < 3; r++) {
                    for (int c = 0; c < 3; c++) {
                        a[r][c] += row[r] * row[c];
                    }
                    for (int v = 0; v < 4; v++) {
                        b[v][r] += row[r] * value[i][v];
                    }
                }
            }
            double det = det3(a[0][0], a[0][1], a[0][2], a[1][0], a[1][1], a[1][2], a[2][0], a[2][1], a[2][2]);
            if (!(Math.abs(det) > 1.0e-3 * a[0][0] * a[1][1] * a[2][2])) {
                return out;
            }
            for (int v = 0; v < 4; v++) {
                double c0 = det3(b[v][0], a[0][1], a[0][2], b[v][1], a[1][1], a[1][2], b[v][2], a[2][1], a[2][2]) / det;
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int m = 0; m < k; m++) {
                    lo = Math.min(lo, value[nearest[m]][v]);
                    hi = Math.max(hi, value[nearest[m]][v]);
                }
                if (c0 >= lo - (hi - lo) && c0 <= hi + (hi - lo)) {
                    out[v] = c0;
                }
            }
            return out;
        }

        private static double det3(double a, double b, double c, double d, double e, double f, double g, double h,
                                   double i) {
            return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
        }
    }
}
