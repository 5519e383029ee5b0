package org.plumbline.core.trajectory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.earth.Geodesy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link TrajectorySolver#solveAll} against {@link TrajectorySolver#solve} target by target: a fan
 * of bearings from Semnan toward Europe, each with targets from 30 km out to well beyond the reach,
 * the targets next to the reach placed from the reach itself (the delicate ones: there the cold
 * solve searches the pitch-over again, turns toward the target, or gives up inside the reach), for
 * a generic liquid MRBM and a generic three-stage solid IRBM; missiles that can reach orbit (the
 * notional ICBMs), which the batch warm-starts only where the cold search provably ends on the
 * nodes' minimum, from Semnan over Europe, from Kozelsk over the contiguous United States and from
 * an equatorial pad eastward, where the cold search ends elsewhere; lofted and depressed shapes,
 * which the batch solves one by one.
 */
class TrajectorySolverBatchTest {
    /**
     * Pitch-over angle of a reached target. The batch interpolates the minimum-energy pitch-over
     * between azimuth nodes and pitch grid points (to 2e-6 rad each, measured); the cold solve
     * finds it by Brent's method to 1e-7 rad. The energy minimum is flat: 1e-5 rad raises the
     * burnout energy by 0.07 J/kg of about 5e7, which is why the pitch-over can differ at all.
     */
    private static final double PITCH_TOLERANCE_RAD = 1.0e-5;
    /**
     * Apogee of a reached target: the apogee changes by up to 1.2e7 m per rad of pitch-over at a
     * fixed range (4,500 km, the steepest case), 120 m for the pitch-over tolerance; 150 m.
     */
    private static final double APOGEE_TOLERANCE_M = 150.0;
    /** Flight time: about 6,400 s per rad of pitch-over at 4,500 km, 0.064 s for the pitch-over tolerance; 0.1 s. */
    private static final double FLIGHT_TIME_TOLERANCE_S = 0.1;
    /**
     * Burnout (thrust-termination) time: on the minimum-energy trajectory the cutoff is stationary
     * in the pitch-over to first order (measured 2e-4 s); 0.01 s.
     */
    private static final double BURNOUT_TIME_TOLERANCE_S = 0.01;
    /**
     * Distance between the two impacts: each within {@link TrajectorySolver#AIM_TOLERANCE_M} of the
     * target when the outer iteration converges, so at most twice that apart.
     */
    private static final double IMPACT_SEPARATION_M = 2.0 * TrajectorySolver.AIM_TOLERANCE_M;
    /**
     * Reach reported with an unreachable target: the batch interpolates it (cubic in azimuth between
     * reaches flown 3 deg apart, measured within 0.3 m), the cold solve flies it; 10 m.
     */
    private static final double REACH_TOLERANCE_M = 10.0;

    private static final EarthModel EARTH = EarthModel.WGS84;
    private static final Geodesy GEODESY = new Geodesy(EARTH);
    /** Bearings from Semnan, deg: from Turkey to Norway, off the 3-deg node grid. */
    private static final double[] BEARINGS_DEG = {-88.2, -79.7, -71.0, -62.3, -53.6, -44.9, -36.2, -27.5};
    /** Fractions of the reach toward each bearing for the targets well inside it. */
    private static final double[] INSIDE_FRACTIONS = {0.2, 0.45, 0.7, 0.9, 0.98};
    /** Offsets from the reach toward each bearing, m: next to it on both sides, and well beyond. */
    private static final double[] EDGE_OFFSETS_M = {-20_000, -6_000, -1_500, -300, 300, 1_500, 200_000};

    private static final class Mrbm {
        /** Shahab-3 class: single-stage liquid, 1,300 km nominal range, 110 s burn. */
        static final Missile MISSILE = GenericRocket.withNominalRange(GenericRocket.liquidMrbmTemplate(), 1_300_000,
                110, FlightSettings.DEFAULT);
    }

    private static final class SolidIrbm {
        /** Three-stage solid, 3,700 km nominal range, 150 s burn (the IISS 2010 hypothetical Sejjil). */
        static final Missile MISSILE = GenericRocket.withNominalRange(GenericRocket.solidIcbmTemplate(), 3_700_000,
                150, FlightSettings.DEFAULT);
    }

    /** The fan of targets from a launch point: per bearing, fractions of the reach and offsets from it. */
    private static List<GeodeticPoint> fan(TrajectorySolver solver, GeodeticPoint launch) {
        List<GeodeticPoint> targets = new ArrayList<>();
        targets.add(GEODESY.destination(launch, Math.toRadians(-60.0), 500.0));
        targets.add(GEODESY.destination(launch, Math.toRadians(-60.0), 30_000.0));
        for (double bearingDeg : BEARINGS_DEG) {
            double bearing = Math.toRadians(bearingDeg);
            double reach = solver.reach(launch, GEODESY.destination(launch, bearing, 15_000_000.0)).maxRangeM();
            for (double f : INSIDE_FRACTIONS) {
                targets.add(GEODESY.destination(launch, bearing, f * reach));
            }
            for (double d : EDGE_OFFSETS_M) {
                targets.add(GEODESY.destination(launch, bearing, reach + d));
            }
        }
        return targets;
    }

    @Test
    void liquidMrbmFanMatchesTheColdSolve() {
        assertBatchMatchesColdSolve(Mrbm.MISSILE, TestMissiles.SEMNAN);
    }

    @Test
    void solidIrbmFanMatchesTheColdSolve() {
        assertBatchMatchesColdSolve(SolidIrbm.MISSILE, TestMissiles.SEMNAN);
    }

    /**
     * A batch carries its nodes and warm starts from one list to the next (as a map flies its cells
     * 256 at a time): the fan in three lists, every answer within the tolerances of the cold solve,
     * and the same three lists in the same order give the same answers again.
     */
    @Test
    void aBatchSolvesListAfterListWithinTheTolerances() {
        TrajectorySolver solver = new TrajectorySolver(NativeFlightEngine.of(EARTH, Mrbm.MISSILE));
        List<GeodeticPoint> targets = fan(solver, TestMissiles.SEMNAN);
        int n = targets.size();
        List<List<GeodeticPoint>> lists = List.of(targets.subList(0, n / 3), targets.subList(n / 3, 2 * n / 3),
                targets.subList(2 * n / 3, n));
        TrajectorySolver.Batch batch = solver.batch(TestMissiles.SEMNAN, Shape.MINIMUM_ENERGY);
        TrajectorySolver.Batch again = new TrajectorySolver(NativeFlightEngine.of(EARTH, Mrbm.MISSILE))
                .batch(TestMissiles.SEMNAN, Shape.MINIMUM_ENERGY);
        for (List<GeodeticPoint> list : lists) {
            List<TargetingResult> answers = batch.solveAll(list);
            compare(solver, TestMissiles.SEMNAN, list, answers);
            assertEquals(answers, again.solveAll(list), "the same lists in the same order, the same answers");
        }
    }

    /**
     * The ICBM from an equatorial pad: eastward its flattest steerings reach orbit at full burn (see
     * TrajectorySolverTest#testIssueEastwardTargetWithinRangeIsReached), where the minimum-energy
     * objective has a second minimum that hits 17,000 km east on a nearly orbital flight; the cold
     * solve, scanning from the lofted side, never gets there and answers "beyond the missile's range
     * on this shape". From 11,000 km east the cold search's bracket also takes in the flights that
     * orbit and those that fall back beyond them, and Brent's method ends there ("beyond the
     * missile's range on this shape") although the nodes find a minimum that hits: the batch must
     * recognise these targets and solve them cold. Without that check (Node#coldSearchEndsAt) this
     * test fails: the batch reaches 11,114 km at 100.1 deg, among others.
     */
    @Test
    void icbmThatCanOrbitMatchesTheColdSolve() {
        TrajectorySolver solver = new TrajectorySolver(NativeFlightEngine.of(EARTH, TestMissiles.liquidIcbm()));
        GeodeticPoint equator = GeodeticPoint.ofDegrees(0.0, 0.0);
        List<GeodeticPoint> targets = new ArrayList<>();
        for (double bearingDeg : new double[] {88.5, 268.5}) {
            for (double d : new double[] {3_000_000, 6_000_000, 8_000_000, 17_000_000}) {
                targets.add(GEODESY.destination(equator, Math.toRadians(bearingDeg), d));
            }
        }
        // East of the pad, 20 S to 20 N and 60 to 140 E every 5 deg: 6,600 to 15,600 km (dense
        // enough for the batch to warm-start the missile, see ORBIT_CAPABLE_TARGETS_PER_NODE).
        targets.addAll(grid(-20.0, 5.0, 9, 60.0, 5.0, 17));
        Compared compared = compare(solver, equator, targets);
        // Not vacuous: a batch that solved every target cold would match the cold solve trivially.
        assertTrue(compared.warmStarted() > 0, "no target warm-started");
    }

    /**
     * The catalog's notional Iranian ICBMs (liquid and solid, 11,000 km; both can reach orbit) from
     * Semnan to a grid over Europe (36 to 69 N every 3 deg, 10 W to 44 E every 4.5 deg: 936 to 5,500
     * km) and two targets beyond their reach: the batch warm-starts them (at least half of the targets
     * reached are not the cold answer to the bit) and stays within the ballistic missiles' tolerances
     * of the cold solve.
     */
    @Test
    void notionalIranianIcbmsOverEuropeMatchTheColdSolve() {
        List<GeodeticPoint> targets = grid(36.0, 3.0, 12, -10.0, 4.5, 13);
        targets.add(GEODESY.destination(TestMissiles.SEMNAN, Math.toRadians(-60.0), 15_000_000.0));
        targets.add(GEODESY.destination(TestMissiles.SEMNAN, Math.toRadians(-30.0), 16_000_000.0));
        for (Missile missile : new Missile[] {TestMissiles.iranLiquidIcbm(), TestMissiles.iranSolidIcbm()}) {
            assertWarmStartedAndSameAnswers(missile, TestMissiles.SEMNAN, targets);
        }
        // Same bytes from a fresh solver and from the list in reverse: the order of the list is not an input.
        TrajectorySolver solver = new TrajectorySolver(NativeFlightEngine.of(EARTH, TestMissiles.iranLiquidIcbm()));
        List<TargetingResult> batch = solver.solveAll(TestMissiles.SEMNAN, targets, Shape.MINIMUM_ENERGY);
        TrajectorySolver fresh = new TrajectorySolver(NativeFlightEngine.of(EARTH, TestMissiles.iranLiquidIcbm()));
        List<GeodeticPoint> reversed = new ArrayList<>(targets);
        Collections.reverse(reversed);
        List<TargetingResult> backwards = new ArrayList<>(fresh.solveAll(TestMissiles.SEMNAN, reversed,
                Shape.MINIMUM_ENERGY));
        Collections.reverse(backwards);
        assertEquals(batch, backwards, "the batch of the reversed list");
    }

    /**
     * A generic liquid ICBM (10,000 km) and a Topol-M class solid ICBM (10,500 km) from Kozelsk to a
     * grid over the contiguous United States (25 to 49 N every 4 deg, 124 to 68 W every 4 deg: 6,600 to
     * 10,700 km), the western part beyond their reach: warm-started within the tolerances; the
     * targets beyond the reach, and those next to it whose minimum lies where the burn ends, cold.
     */
    @Test
    void icbmsOverTheUnitedStatesMatchTheColdSolve() {
        List<GeodeticPoint> targets = grid(25.0, 4.0, 7, -124.0, 4.0, 15);
        for (Missile missile : new Missile[] {TestMissiles.liquidIcbm(), TestMissiles.solidIcbm()}) {
            assertWarmStartedAndSameAnswers(missile, TestMissiles.KOZELSK, targets);
        }
    }

    /**
     * {@link #assertSameAnswers}, and the batch warm-started at least half the targets the cold
     * solve reaches: their answers are not the cold solve's to the bit (a target the batch leaves to
     * the cold solve gets exactly its answer).
     */
    private static void assertWarmStartedAndSameAnswers(Missile missile, GeodeticPoint launch,
                                                        List<GeodeticPoint> targets) {
        TrajectorySolver solver = new TrajectorySolver(NativeFlightEngine.of(EARTH, missile));
        Compared compared = compare(solver, launch, targets);
        assertTrue(2 * compared.warmStarted() >= compared.reached(), () -> missile.id() + ": "
                + compared.warmStarted() + " of " + compared.reached() + " reached targets warm-started");
    }

    /** The batch's answers, the number of targets the cold solve reaches, and how many of those differ from it. */
    private record Compared(List<TargetingResult> batch, int reached, int warmStarted) {
    }

    /** Compares the batch with the cold solve target by target and returns the batch's answers. */
    private static List<TargetingResult> assertSameAnswers(TrajectorySolver solver, GeodeticPoint launch,
                                                           List<GeodeticPoint> targets) {
        return compare(solver, launch, targets).batch();
    }

    /** The batch solves the other shapes one by one: exactly the cold answers. */
    @Test
    void loftedAndDepressedShapesAreTheColdAnswers() {
        TrajectorySolver solver = new TrajectorySolver(NativeFlightEngine.of(EARTH, SolidIrbm.MISSILE));
        List<GeodeticPoint> targets = List.of(TestMissiles.LONDON,
                GEODESY.destination(TestMissiles.SEMNAN, Math.toRadians(-60.0), 2_500_000.0),
                GEODESY.destination(TestMissiles.SEMNAN, Math.toRadians(-40.0), 3_000_000.0));
        for (Shape shape : new Shape[] {new Shape.Lofted(1_500_000.0), new Shape.Depressed(400_000.0)}) {
            List<TargetingResult> batch = solver.solveAll(TestMissiles.SEMNAN, targets, shape);
            for (int i = 0; i < targets.size(); i++) {
                assertEquals(solver.solve(TestMissiles.SEMNAN, targets.get(i), shape), batch.get(i),
                        shape.label() + " target " + i);
            }
        }
    }

    private static void assertBatchMatchesColdSolve(Missile missile, GeodeticPoint launch) {
        TrajectorySolver solver = new TrajectorySolver(NativeFlightEngine.of(EARTH, missile));
        List<GeodeticPoint> targets = fan(solver, launch);
        List<TargetingResult> batch = assertSameAnswers(solver, launch, targets);

        // Same bytes again, from a fresh solver and from the list in reverse: a target's answer
        // depends on the targets of the list, not on their order or on any state of the solver.
        TrajectorySolver fresh = new TrajectorySolver(NativeFlightEngine.of(EARTH, missile));
        assertEquals(batch, fresh.solveAll(launch, targets, Shape.MINIMUM_ENERGY), "a second batch");
        List<GeodeticPoint> reversed = new ArrayList<>(targets);
        Collections.reverse(reversed);
        List<TargetingResult> backwards = new ArrayList<>(fresh.solveAll(launch, reversed, Shape.MINIMUM_ENERGY));
        Collections.reverse(backwards);
        assertEquals(batch, backwards, "the batch of the reversed list");
    }

    /** Compares the batch with the cold solve target by target, within the tolerances. */
    private static Compared compare(TrajectorySolver solver, GeodeticPoint launch, List<GeodeticPoint> targets) {
        return compare(solver, launch, targets, solver.solveAll(launch, targets, Shape.MINIMUM_ENERGY));
    }

    /** Compares a batch's answers with the cold solve target by target, within the tolerances. */
    private static Compared compare(TrajectorySolver solver, GeodeticPoint launch, List<GeodeticPoint> targets,
                                    List<TargetingResult> batch) {
        assertEquals(targets.size(), batch.size(), "one answer per target");
        int reached = 0;
        int unreachable = 0;
        int warmStarted = 0;
        for (int i = 0; i < targets.size(); i++) {
            GeodeticPoint target = targets.get(i);
            TargetingResult cold = solver.solve(launch, target, Shape.MINIMUM_ENERGY);
            TargetingResult warm = batch.get(i);
            String where = String.format(Locale.ROOT, "%s target %d at %.1f km, bearing %.2f deg",
                    solver.engine().missile().id(), i, GEODESY.distanceM(launch, target) / 1000.0,
                    Math.toDegrees(GEODESY.azimuthRad(launch, target)));
            if (cold instanceof TargetingResult.Reached c) {
                assertTrue(warm instanceof TargetingResult.Reached, () -> where + ": cold reached, batch " + warm);
                assertSameTrajectory(where, c, (TargetingResult.Reached) warm, target);
                reached++;
                warmStarted += c.equals(warm) ? 0 : 1;
            } else {
                TargetingResult.Unreachable c = (TargetingResult.Unreachable) cold;
                assertTrue(warm instanceof TargetingResult.Unreachable,
                        () -> where + ": cold " + cold + ", batch reached");
                TargetingResult.Unreachable w = (TargetingResult.Unreachable) warm;
                assertEquals(c.reason(), w.reason(), where + ": reason");
                assertEquals(c.distanceM(), w.distanceM(), 0.0, where + ": distance");
                assertEquals(c.maxRangeM(), w.maxRangeM(), REACH_TOLERANCE_M, where + ": reach");
                unreachable++;
            }
        }
        // The fan must exercise both answers.
        assertTrue(reached > 0 && unreachable > 0, "reached " + reached + ", unreachable " + unreachable);
        return new Compared(batch, reached, warmStarted);
    }

    private static void assertSameTrajectory(String where, TargetingResult.Reached cold, TargetingResult.Reached warm,
                                             GeodeticPoint target) {
        Trajectory c = cold.trajectory();
        Trajectory w = warm.trajectory();
        assertTrue(warm.missM() <= TrajectorySolver.MISS_TOLERANCE_M, where + ": miss " + warm.missM() + " m");
        assertEquals(GEODESY.distanceM(w.impact(), target), warm.missM(), 1.0e-6, where + ": reported miss");
        if (cold.missM() <= TrajectorySolver.AIM_TOLERANCE_M) {
            assertTrue(GEODESY.distanceM(c.impact(), w.impact()) <= IMPACT_SEPARATION_M, where + ": impacts "
                    + GEODESY.distanceM(c.impact(), w.impact()) + " m apart");
        }
        assertEquals(c.pitchOverRad(), w.pitchOverRad(), PITCH_TOLERANCE_RAD, where + ": pitch-over");
        assertEquals(c.apogeeAltitudeM(), w.apogeeAltitudeM(), APOGEE_TOLERANCE_M, where + ": apogee");
        assertEquals(c.flightTimeS(), w.flightTimeS(), FLIGHT_TIME_TOLERANCE_S, where + ": flight time");
        assertEquals(c.burnoutTimeS(), w.burnoutTimeS(), BURNOUT_TIME_TOLERANCE_S, where + ": burnout time");
        assertEquals(cold.thrustTerminated(), warm.thrustTerminated(), where + ": thrust terminated");
        // A sample every interval before impact and one at impact (ceil(T / interval) + 1 of them):
        // the counts differ by the sample times that lie between the two flight times (within the
        // flight-time tolerance above, so one at most; the liquid ICBM at 11,630 km lands 3.7 ms on
        // either side of 2,390 s), and are equal otherwise.
        double interval = FlightSettings.DEFAULT.sampleIntervalS();
        int between = (int) (Math.ceil(w.flightTimeS() / interval) - Math.ceil(c.flightTimeS() / interval));
        assertEquals(c.samples().size() + between, w.samples().size(), where + ": samples (flight times "
                + c.flightTimeS() + " and " + w.flightTimeS() + " s)");
    }

    /** A lattice of targets: rows latitudes lat0 + k dLat, columns longitudes lon0 + k dLon (deg), row by row. */
    private static List<GeodeticPoint> grid(double lat0Deg, double dLatDeg, int rows, double lon0Deg, double dLonDeg,
                                            int columns) {
        List<GeodeticPoint> targets = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                targets.add(GeodeticPoint.ofDegrees(lat0Deg + dLatDeg * i, lon0Deg + dLonDeg * j));
            }
        }
        return targets;
    }
}
