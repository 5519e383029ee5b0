package org.plumbline.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Douglas-Peucker on flat arrays against the list-based reference it replaced. */
class DouglasPeuckerTest {
    @Test
    void flatArraysKeepTheReferencePointsInTwoAndThreeDimensions() {
        SplittableRandom random = new SplittableRandom(20261127L);
        for (int k = 0; k < 3_000; k++) {
            int dimensions = 2 + random.nextInt(2);
            int n = 3 + random.nextInt(300);
            double scale = Math.pow(10, random.nextInt(-3, 7));
            List<double[]> line = new ArrayList<>();
            double[] p = new double[dimensions + 1];
            double[] v = new double[dimensions];
            for (int d = 0; d < dimensions; d++) {
                v[d] = random.nextDouble() - 0.5;
            }
            for (int i = 0; i < n; i++) {
                double[] q = p.clone();
                q[dimensions] = i;
                line.add(q);
                if (random.nextInt(20) == 0) {
                    continue;
                }
                for (int d = 0; d < dimensions; d++) {
                    v[d] += 0.2 * (random.nextDouble() - 0.5);
                    p[d] += scale * v[d];
                }
            }
            if (random.nextInt(10) == 0) {
                // A closed ring: ends at one point (the segment has length zero).
                line.set(n - 1, line.get(0).clone());
            }
            double tolerance = scale * random.nextDouble() * 3;
            assertArrayEquals(DouglasPeucker.keep(line, tolerance, dimensions),
                    DouglasPeucker.keepFlat(line, tolerance, dimensions), "line " + k);
        }
    }

    @Test
    void aStraightLineKeepsItsEnds() {
        List<double[]> line = List.of(new double[] {0, 0}, new double[] {1, 0.01}, new double[] {2, 0});
        assertEquals(2, DouglasPeucker.simplify(line, 0.1).size());
        assertEquals(3, DouglasPeucker.simplify(line, 0.001).size());
    }
}
