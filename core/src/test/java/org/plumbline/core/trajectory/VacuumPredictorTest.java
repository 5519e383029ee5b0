package org.plumbline.core.trajectory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.GeodeticPoint;

/**
 * The predictions a {@link VacuumPredictor.Prediction} remembers: asked again, in any order and
 * mixed with new ones, with and without the shape, each leaves every field a solve reads with the
 * bits a prediction into a fresh object gives, valid arcs and invalid ones (a cutoff so early the
 * vehicle falls back, one so late the arc escapes) alike.
 */
class VacuumPredictorTest {
    @Test
    void aRememberedPredictionIsThePredictionAgain() {
        VacuumPredictor predictor = new VacuumPredictor(EarthModel.WGS84);
        NativeFlightEngine engine = NativeFlightEngine.of(EarthModel.WGS84, TestMissiles.iranLiquidIcbm());
        List<PoweredFlight> flights = new ArrayList<>();
        for (double pitchDeg : new double[] {3.0, 10.0, 25.0}) {
            flights.add(engine.boost(TestMissiles.SEMNAN, Math.toRadians(-40.0), Math.toRadians(pitchDeg)));
        }
        double burn = flights.get(0).burnTimeS();
        // Invalid arcs: one climbing 200 km up at a speed growing to 12 km/s (orbit, then escape),
        // and one that fell back during the boost.
        flights.add(new Climb(burn, false));
        flights.add(new Climb(burn, true));
        // Cutoffs from just after lift-off to full burn.
        double[] cutoffs = {5.0, 0.3 * burn, 0.6 * burn, 0.85 * burn, 0.97 * burn, burn};
        VacuumPredictor.Prediction remembering = new VacuumPredictor.Prediction();
        SplittableRandom random = new SplittableRandom(20261127L);
        int recalled = 0;
        boolean sawInvalid = false;
        boolean sawValid = false;
        for (int i = 0; i < 2_000; i++) {
            PoweredFlight pf = flights.get(random.nextInt(flights.size()));
            double t = cutoffs[random.nextInt(cutoffs.length)];
            boolean shape = random.nextBoolean();
            VacuumPredictor.Prediction fresh = new VacuumPredictor.Prediction();
            // A fresh object holds what the remembering one held before, as the fields an invalid
            // prediction leaves alone must stay as they were.
            copy(remembering, fresh);
            predictor.predict(pf, t, shape, fresh);
            recalled += remembering.find(pf, t, shape) >= 0 ? 1 : 0;
            predictor.predict(pf, t, shape, remembering);
            assertSame(fresh, remembering, "prediction " + i);
            sawInvalid |= !fresh.valid;
            sawValid |= fresh.valid;
        }
        assertTrue(sawValid && sawInvalid, "both kinds of arc were asked for");
        assertTrue(recalled > 200, "many predictions were recalled (about one in five of these): " + recalled);
    }

    /** A powered flight 200 km above the equator, flying east at 12 km/s x (t / burn). */
    private record Climb(double burnTimeS, boolean crashed) implements PoweredFlight {
        @Override
        public GeodeticPoint launch() {
            return GeodeticPoint.ofDegrees(0.0, 0.0);
        }

        @Override
        public double azimuthRad() {
            return Math.PI / 2;
        }

        @Override
        public double pitchOverRad() {
            return 0.0;
        }

        @Override
        public void stateAt(double tS, double[] out) {
            out[0] = EarthModel.WGS84.equatorialRadiusM() + 200_000.0;
            out[1] = 0.0;
            out[2] = 0.0;
            out[3] = 0.0;
            out[4] = 12_000.0 * tS / burnTimeS;
            out[5] = 0.0;
        }
    }

    private static void copy(VacuumPredictor.Prediction from, VacuumPredictor.Prediction to) {
        to.valid = from.valid;
        to.rangeM = from.rangeM;
        to.bearingRad = from.bearingRad;
        to.apogeeAltitudeM = from.apogeeAltitudeM;
        to.flightPathAngleRad = from.flightPathAngleRad;
        to.flightTimeS = from.flightTimeS;
    }

    /** Every field a solve reads, the shape's too (an unshaped prediction must leave them as they were). */
    private static void assertSame(VacuumPredictor.Prediction expected, VacuumPredictor.Prediction actual,
                                   String what) {
        assertEquals(expected.valid, actual.valid, what);
        assertEquals(bits(expected.rangeM), bits(actual.rangeM), what + ": range");
        assertEquals(bits(expected.bearingRad), bits(actual.bearingRad), what + ": bearing");
        assertEquals(bits(expected.flightTimeS), bits(actual.flightTimeS), what + ": flight time");
        assertEquals(bits(expected.apogeeAltitudeM), bits(actual.apogeeAltitudeM), what + ": apogee");
        assertEquals(bits(expected.flightPathAngleRad), bits(actual.flightPathAngleRad), what + ": path angle");
    }

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }
}
