package org.plumbline.core.assessment;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.scenario.ThreatCase;
import org.plumbline.core.trajectory.FlightSettings;
import org.plumbline.core.trajectory.GenericRocket;
import org.plumbline.core.trajectory.Missile;
import org.plumbline.core.trajectory.Shape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** {@link Flights.Batches}: the schedule of a map's solver groups. */
class FlightsTest {
    @Test
    void groupsAreScheduledLongestFirstWithUnseenGroupsAheadInTheirOrder() {
        Flights.Batches batches = new Flights.Batches();
        List<List<Object>> keys = List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d"));
        assertArrayEquals(new int[] {0, 1, 2, 3}, batches.longestFirst(keys));
        batches.solved(keys.get(0), 5);
        batches.solved(keys.get(1), 40);
        batches.solved(keys.get(3), 40);
        // c not seen yet: first; then b and d (a tie, in their order), then a.
        assertArrayEquals(new int[] {2, 1, 3, 0}, batches.longestFirst(keys));
        batches.solved(keys.get(1), 3);
        assertArrayEquals(new int[] {2, 3, 0, 1}, batches.longestFirst(keys));
    }

    /**
     * A map's calls to prepare record each group's solving time in its batches, the schedule of the
     * next call: a group flown once is no longer "not seen yet" (which would keep the order given).
     */
    @Test
    void prepareRecordsEachGroupsTimeForTheNextSchedule() {
        Missile near = GenericRocket.withNominalRange(GenericRocket.liquidMrbmTemplate(), 1_300_000, 110,
                FlightSettings.DEFAULT);
        Missile far = GenericRocket.withNominalRange(GenericRocket.liquidIrbmTemplate(), 3_000_000, 150,
                FlightSettings.DEFAULT);
        GeodeticPoint semnan = GeodeticPoint.ofDegrees(35.235, 53.921);
        List<ThreatCase> cases = new java.util.ArrayList<>();
        for (Missile m : List.of(near, far)) {
            for (double lon : new double[] {40.0, 41.0}) {
                cases.add(new ThreatCase("set", "semnan", semnan, m, Shape.MINIMUM_ENERGY, "t" + lon,
                        GeodeticPoint.ofDegrees(38.0, lon), 1.0));
            }
        }
        Flights.Batches batches = new Flights.Batches();
        List<List<Object>> keys = List.of(List.of(semnan, near, Shape.MINIMUM_ENERGY),
                List.of(semnan, far, Shape.MINIMUM_ENERGY));
        try (Parallel parallel = new Parallel(2)) {
            new Flights(EarthModel.WGS84, FlightSettings.DEFAULT).prepare(cases, parallel,
                    new Progress.Counter(Progress.NONE, "trajectories"), batches);
        }
        for (List<Object> k : keys) {
            // A group not seen yet goes first; two not seen keep their order, so k goes second only
            // when prepare recorded its time.
            assertArrayEquals(new int[] {1, 0}, batches.longestFirst(List.of(k, List.of("unseen"))),
                    "the group of " + ((Missile) k.get(1)).id() + " has a recorded time");
        }
    }
}
