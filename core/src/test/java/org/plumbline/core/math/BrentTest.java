package org.plumbline.core.math;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Brent's minimum against closed forms, and its early stop. */
class BrentTest {

    /** A smooth minimum: (x - 0.3)^2 + 1 on [0, 1] ends within the tolerance of 0.3. */
    @Test
    void findsASmoothMinimum() {
        Brent.Minimum m = Brent.minimum(x -> (x - 0.3) * (x - 0.3) + 1.0, 0.0, 1.0, 1.0e-9);
        assertEquals(0.3, m.x(), 1.0e-8);
        assertEquals(1.0, m.fx(), 1.0e-15);
    }

    /** A kink: |x - 0.3| + 1 on [0, 1] (golden-section steps) still ends within the tolerance. */
    @Test
    void findsAKink() {
        Brent.Minimum m = Brent.minimum(x -> Math.abs(x - 0.3) + 1.0, 0.0, 1.0, 1.0e-9);
        assertEquals(0.3, m.x(), 1.0e-8);
    }

    /**
     * The stop ends the search at the iteration that asks for it, with the best point evaluated so far,
     * after exactly the evaluations the search without a stop makes up to there; a stop that never
     * asks changes nothing.
     */
    @Test
    void aStopEndsTheSearchWithTheBestPointSoFar() {
        DoubleUnaryOperator f = x -> Math.abs(x - 0.3) + 0.1 * (x - 0.3) * (x - 0.3);
        List<Double> all = new ArrayList<>();
        Brent.Minimum full = Brent.minimum(x -> {
            all.add(x);
            return f.applyAsDouble(x);
        }, 0.0, 1.0, 1.0e-9);
        assertTrue(all.size() > 10, "the kink takes many steps: " + all.size());
        List<Double> never = new ArrayList<>();
        Brent.Minimum same = Brent.minimum(x -> {
            never.add(x);
            return f.applyAsDouble(x);
        }, 0.0, 1.0, 1.0e-9, (a, b, x, fx) -> false);
        assertEquals(all, never);
        assertEquals(full, same);
        for (int k = 1; k < 6; k++) {
            int stopAfter = k;
            List<Double> seen = new ArrayList<>();
            double[] bracket = new double[2];
            Brent.Minimum early = Brent.minimum(x -> {
                seen.add(x);
                return f.applyAsDouble(x);
            }, 0.0, 1.0, 1.0e-9, (a, b, x, fx) -> {
                bracket[0] = a;
                bracket[1] = b;
                return seen.size() >= stopAfter;
            });
            assertEquals(all.subList(0, seen.size()), seen, "the same evaluations, stopped after " + k);
            assertEquals(stopAfter, seen.size());
            double best = seen.stream().min((p, q) -> Double.compare(f.applyAsDouble(p), f.applyAsDouble(q)))
                    .orElseThrow();
            assertEquals(best, early.x(), 0.0, "the best point so far");
            assertTrue(bracket[0] <= early.x() && early.x() <= bracket[1], "inside the bracket");
        }
    }
}
