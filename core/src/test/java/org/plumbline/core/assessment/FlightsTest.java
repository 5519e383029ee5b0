package org.plumbline.core.assessment;

import java.util.List;

import org.junit.jupiter.api.Test;

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
}
