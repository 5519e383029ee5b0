package org.plumbline.core.trajectory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;

/**
 * The powered flight's RK4 step as written out ({@code NativeFlightEngine.poweredStep}: the state and
 * stages in local variables) against the classical step with arrays for k1 to k4
 * ({@code poweredStepReference}), bit for bit: from states along real boosts of an ICBM and an IRBM,
 * in every powered segment (the vertical rise, the pitch-over, the gravity turn, each stage), with
 * full and partial steps (a state between nodes is such a partial step). Both use the same
 * acceleration; what this guards is the step's own arithmetic (the order of its sums and products).
 * A regrouping in the velocity's sums shows within the first few hundred steps (checked: the sum of
 * the stages' accelerations as a1 + 2 (a2 + a3) + a4 fails it); one in the position's sums changes
 * the sum by about 1e-12 m, far below a position's last place (1e-9 m at 6,400 km), and so rarely
 * shows at all: not caught here, and nearly never a different bit in a flight either.
 */
class NativeFlightEngineStepTest {
    @Test
    void theWrittenOutStepIsTheClassicalStepBitForBit() {
        SplittableRandom random = new SplittableRandom(271127L);
        int steps = 0;
        for (Missile missile : new Missile[] {TestMissiles.iranLiquidIcbm(), TestMissiles.liquidIrbm(),
                TestMissiles.solidIcbm()}) {
            NativeFlightEngine engine = NativeFlightEngine.of(EarthModel.WGS84, missile);
            for (int f = 0; f < 8; f++) {
                double azimuth = Math.toRadians(-180 + 360 * random.nextDouble());
                double pitch = Math.toRadians(1 + 20 * random.nextDouble());
                PoweredFlight pf = engine.boost(TestMissiles.SEMNAN, azimuth, pitch);
                double burn = pf.burnTimeS();
                int segments = engine.poweredSegments();
                for (int k = 0; k < segments; k++) {
                    double start = engine.segmentStartS(k);
                    double end = k + 1 < segments ? engine.segmentStartS(k + 1) : burn;
                    for (int i = 0; i < 40; i++) {
                        double t = start + (end - start) * random.nextDouble();
                        double[] y = new double[6];
                        pf.stateAt(t, y);
                        double h = Math.min(end - t, 0.1 + 2 * random.nextDouble());
                        double[] fast = engine.poweredStepForTest(false, t, y.clone(), h, k, azimuth, pitch);
                        double[] reference = engine.poweredStepForTest(true, t, y.clone(), h, k, azimuth, pitch);
                        for (int c = 0; c < 6; c++) {
                            assertEquals(Double.doubleToRawLongBits(reference[c]), Double.doubleToRawLongBits(fast[c]),
                                    missile.id() + " segment " + k + " t " + t + " h " + h + " component " + c + ": "
                                            + reference[c] + " against " + fast[c]);
                        }
                        steps++;
                    }
                }
            }
        }
        assertTrue(steps > 4_000, "steps compared: " + steps);
    }
}
