package org.plumbline.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The antimeridian cut of RFC 7946 section 3.1.9. */
class GroundTracksTest {
    private static final double EPS = 1e-12;

    @Test
    void aLineEastwardAcrossTheAntimeridianIsCutIntoTwo() {
        List<List<double[]>> parts = GroundTracks.splitAtAntimeridian(List.of(new double[] {170, 0},
                new double[] {-170, 10}));
        assertEquals(2, parts.size());
        assertArrayEquals(new double[] {170, 0}, parts.get(0).get(0), EPS);
        assertArrayEquals(new double[] {180, 5}, parts.get(0).get(1), EPS);
        assertArrayEquals(new double[] {-180, 5}, parts.get(1).get(0), EPS);
        assertArrayEquals(new double[] {-170, 10}, parts.get(1).get(1), EPS);
    }

    @Test
    void aLineWestwardAcrossTheAntimeridianIsCutIntoTwo() {
        List<List<double[]>> parts = GroundTracks.splitAtAntimeridian(List.of(new double[] {-175, 60},
                new double[] {175, 70}, new double[] {165, 70}));
        assertEquals(2, parts.size());
        assertArrayEquals(new double[] {-180, 65}, parts.get(0).get(1), EPS);
        assertArrayEquals(new double[] {180, 65}, parts.get(1).get(0), EPS);
        assertEquals(3, parts.get(1).size());
    }

    @Test
    void aLineThatStaysOnOneSideIsOnePart() {
        List<double[]> line = List.of(new double[] {-10, 50}, new double[] {20, 55}, new double[] {179.5, 60});
        List<List<double[]>> parts = GroundTracks.splitAtAntimeridian(line);
        assertEquals(1, parts.size());
        assertEquals(3, parts.get(0).size());
    }

    @Test
    void aLineCrossingTwiceHasThreeParts() {
        List<List<double[]>> parts = GroundTracks.splitAtAntimeridian(List.of(new double[] {170, 0},
                new double[] {-170, 0}, new double[] {170, 10}));
        assertEquals(3, parts.size());
        for (List<double[]> p : parts) {
            for (double[] q : p) {
                assertEquals(true, q[0] >= -180 && q[0] <= 180);
            }
        }
    }

    @Test
    void aRingAcrossTheAntimeridianBecomesTwoClosedRings() {
        List<double[]> square = List.of(new double[] {170, 0}, new double[] {-170, 0}, new double[] {-170, 10},
                new double[] {170, 10});
        List<List<double[]>> rings = GroundTracks.splitRingAtAntimeridian(square);
        assertEquals(2, rings.size());
        for (List<double[]> r : rings) {
            assertArrayEquals(r.get(0), r.get(r.size() - 1), EPS);
            double lo = r.stream().mapToDouble(p -> p[0]).min().orElseThrow();
            double hi = r.stream().mapToDouble(p -> p[0]).max().orElseThrow();
            assertEquals(10.0, hi - lo, EPS);
        }
        List<List<double[]>> one = GroundTracks.splitRingAtAntimeridian(List.of(new double[] {0, 0},
                new double[] {1, 0}, new double[] {1, 1}));
        assertEquals(1, one.size());
        assertEquals(4, one.get(0).size());
    }
}
