package org.plumbline.core.trajectory;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.earth.Geodesy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cold search's minimum of the minimum-energy objective with the search of the feasible edge
 * (TrajectorySolver.Search#energyMinimum) against Brent's method alone, its reference, on the same
 * engine: at aim ranges from well inside the reach, where the minimum is smooth and the edge search
 * is not used, to tens of metres from it, where the minimum lies on the lofted edge of the feasible
 * steerings. Each answer must be Brent's minimum to within Brent's own tolerance and noise: the same
 * pitch-over within {@link #PITCH_TOLERANCE_RAD}, an energy no higher than Brent's by more than
 * {@link #ENERGY_NOISE_J_PER_KG}, and the aim range reached wherever Brent's answer reaches it.
 */
class MinimumEnergyEdgeTest {
    /**
     * Brent's method ends within about 1.4e-7 rad of the minimum (4 x its tol1 of 3.5e-8 rad at
     * these pitch-overs); on the edge the edge search is within 1e-10 rad of it: 2e-7 bounds the two.
     */
    private static final double PITCH_TOLERANCE_RAD = 2.0e-7;
    /**
     * The objective's noise: the cutoff that reaches the aim range is a root to 1e-7 s, and the
     * energy grows at up to about 2.5e5 J/kg per second of burn near burnout (50 m/s^2 at 5 km/s).
     */
    private static final double ENERGY_NOISE_J_PER_KG = 0.05;
    private static final Geodesy GEODESY = new Geodesy(EarthModel.WGS84);

    @Test
    void theEdgeSearchFindsBrentsMinimumNextToTheReach() {
        compareAlong(TestMissiles.liquidIrbm(), TestMissiles.SEMNAN, Math.toRadians(-48.0), true);
    }

    @Test
    void aMinimumInsideTheFeasibleSideIsBrentsOwn() {
        // This solid missile's minimum stays a few milliseconds of burn inside the edge to 50 m
        // from its reach: the edge search must leave Brent's answers as they are.
        Missile solidIrbm = GenericRocket.withNominalRange(GenericRocket.solidIcbmTemplate(), 3_700_000, 120,
                FlightSettings.DEFAULT);
        compareAlong(solidIrbm, TestMissiles.SEMNAN, Math.toRadians(-62.0), false);
    }

    /**
     * The turns toward a target out of reach end once the longest flight falls short by more than a
     * turn could change (TrajectorySolver.TURN_SLACK_M): the same answers as with every attempt,
     * for orbit-capable ICBMs 100 to 800 km beyond their reach and an IRBM from 300 m to 200 km
     * beyond it, and targets just inside.
     */
    @Test
    void theTurnsTowardATargetOutOfReachEndWithTheSameAnswer() {
        long[] flights = new long[2];
        for (Missile missile : new Missile[] {TestMissiles.iranLiquidIcbm(), TestMissiles.iranSolidIcbm(),
                TestMissiles.liquidIrbm()}) {
            CountingEngine counting = new CountingEngine(NativeFlightEngine.of(EarthModel.WGS84, missile));
            TrajectorySolver shortTurns = new TrajectorySolver(counting, true);
            TrajectorySolver allTurns = new TrajectorySolver(counting, false);
            double bearing = Math.toRadians(-36.0);
            double reach = allTurns.reach(TestMissiles.SEMNAN, GEODESY.destination(TestMissiles.SEMNAN, bearing,
                    1.0e6)).maxRangeM();
            double[] beyond = reach > 1.5e7 ? new double[] {9_700_000, 10_050_000, 10_600_000}
                    : new double[] {reach - 1_000, reach + 300, reach + 1_500, reach + 20_000, reach + 200_000};
            for (double d : beyond) {
                GeodeticPoint target = GEODESY.destination(TestMissiles.SEMNAN, bearing, d);
                long before = counting.boosts;
                TargetingResult all = allTurns.solve(TestMissiles.SEMNAN, target, Shape.MINIMUM_ENERGY);
                long between = counting.boosts;
                TargetingResult fewer = shortTurns.solve(TestMissiles.SEMNAN, target, Shape.MINIMUM_ENERGY);
                flights[0] += between - before;
                flights[1] += counting.boosts - between;
                assertEquals(all, fewer, missile.id() + " at " + d / 1000.0 + " km");
            }
        }
        System.out.printf(Locale.ROOT, "every attempt: %d powered flights; ended turns: %d%n", flights[0], flights[1]);
        assertTrue(flights[1] < flights[0], "the bound ended some turns");
    }

    private static void compareAlong(Missile missile, GeodeticPoint launch, double bearingRad, boolean edgeExpected) {
        CountingEngine engine = new CountingEngine(NativeFlightEngine.of(EarthModel.WGS84, missile));
        TrajectorySolver solver = new TrajectorySolver(engine);
        double reach = solver.reach(launch, GEODESY.destination(launch, bearingRad, 1.0e6)).maxRangeM();
        int onTheEdge = 0;
        long withEdges = 0;
        long brentAlone = 0;
        for (double aim : new double[] {0.5 * reach, 0.9 * reach, reach - 20_000, reach - 5_000, reach - 1_000,
                reach - 300, reach - 50}) {
            long before = engine.boosts;
            double[] brent = solver.minimumEnergyPitch(launch, bearingRad, aim, false);
            long between = engine.boosts;
            double[] edge = solver.minimumEnergyPitch(launch, bearingRad, aim, true);
            brentAlone += between - before;
            withEdges += engine.boosts - between;
            if (!edgeExpected) {
                assertEquals(brent[0], edge[0], 0.0, "the same pitch-over, bit for bit");
            }
            String where = String.format(Locale.ROOT, "%s, aim %.1f km (reach %.1f km): Brent %s, edge %s",
                    missile.id(), aim / 1000.0, reach / 1000.0, java.util.Arrays.toString(brent),
                    java.util.Arrays.toString(edge));
            assertEquals(brent[0], edge[0], PITCH_TOLERANCE_RAD, where + ": pitch-over");
            assertTrue(edge[1] <= brent[1] + ENERGY_NOISE_J_PER_KG, where + ": energy");
            if (brent[2] == 0) {
                assertEquals(0.0, edge[2], where + ": the aim range is reached");
            }
            // On the edge the full burn's range is the aim range: its cutoff is the burnout.
            onTheEdge += edge[2] == 0 && edge[3] < 1.0e-6 ? 1 : 0;
            System.out.printf(Locale.ROOT,
                    "  aim %.3f km: %d and %d flights, pitch %.3e apart, cutoff %.2e s before burnout%n",
                    aim / 1000.0, between - before, engine.boosts - between, edge[0] - brent[0], edge[3]);
        }
        System.out.printf(Locale.ROOT, "%s: %d powered flights with the edge search, %d with Brent's method alone%n",
                missile.id(), withEdges, brentAlone);
        if (edgeExpected) {
            assertTrue(onTheEdge >= 3, missile.id() + ": " + onTheEdge + " aim ranges with the minimum on the edge");
            // The point of the edge search (a count of work, the same on every machine): 214 against 255.
            assertTrue(withEdges < brentAlone, withEdges + " powered flights with the edge search, " + brentAlone
                    + " without");
        }
    }

    /** An engine that counts the powered flights it flies. */
    private static final class CountingEngine implements FlightEngine {
        private final FlightEngine engine;
        long boosts;

        CountingEngine(FlightEngine engine) {
            this.engine = engine;
        }

        @Override
        public EarthModel earth() {
            return engine.earth();
        }

        @Override
        public Missile missile() {
            return engine.missile();
        }

        @Override
        public PoweredFlight boost(GeodeticPoint launch, double azimuthRad, double pitchOverRad) {
            boosts++;
            return engine.boost(launch, azimuthRad, pitchOverRad);
        }

        @Override
        public FlightOutcome fly(PoweredFlight powered, double cutoffS, boolean withSamples) {
            return engine.fly(powered, cutoffS, withSamples);
        }
    }
}
