package org.plumbline.core.trajectory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.Ellipsoid;
import org.plumbline.core.earth.GeodeticPoint;
import org.plumbline.core.earth.Geodesy;

/**
 * The predictions a {@link VacuumPredictor.Prediction} remembers: asked again, in any order and
 * mixed with new ones, with and without the shape, each leaves every field a solve reads with the
 * bits a prediction into a fresh object gives, valid arcs and invalid ones (a cutoff so early the
 * vehicle falls back, one so late the arc escapes) alike. And the impact a prediction gives is the
 * arc's state solved again at the impact time it found, bit for bit: the predictor takes that state
 * from the last step of its search for the time instead of solving the arc once more.
 */
class VacuumPredictorTest {
    @Test
    void theImpactIsTheArcSolvedAgainAtTheImpactTime() {
        EarthModel earth = EarthModel.WGS84;
        VacuumPredictor predictor = new VacuumPredictor(earth);
        int compared = 0;
        for (Missile missile : List.of(TestMissiles.iranLiquidIcbm(), TestMissiles.iranSolidIcbm())) {
            NativeFlightEngine engine = NativeFlightEngine.of(earth, missile);
            for (double azimuthDeg : new double[] {-60.0, -40.0, 20.0}) {
                for (double pitchDeg : new double[] {2.0, 5.0, 12.0, 30.0}) {
                    PoweredFlight pf = engine.boost(TestMissiles.SEMNAN, Math.toRadians(azimuthDeg),
                            Math.toRadians(pitchDeg));
                    for (double share : new double[] {0.4, 0.55, 0.7, 0.85, 1.0}) {
                        double cutoff = share * pf.burnTimeS();
                        VacuumPredictor.Prediction p = new VacuumPredictor.Prediction();
                        predictor.predict(pf, cutoff, false, p);
                        double[] expected = solvedAgain(earth, pf, cutoff);
                        if (expected == null) {
                            assertTrue(!p.valid, "no impact: " + missile.id() + " " + pitchDeg + " " + share);
                            continue;
                        }
                        String what = missile.id() + ", azimuth " + azimuthDeg + ", pitch-over " + pitchDeg
                                + " deg, cutoff at " + share + " of the burn";
                        assertTrue(p.valid, what);
                        assertEquals(bits(expected[0]), bits(p.rangeM), what + ": range");
                        assertEquals(bits(expected[1]), bits(p.bearingRad), what + ": bearing");
                        assertEquals(bits(expected[2]), bits(p.flightTimeS), what + ": flight time");
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared >= 50, "half of the arcs come down (the others orbit or escape): " + compared);
    }

    /**
     * The prediction as {@link VacuumPredictor} made it before it kept the search's last state: the
     * same search for the impact time (the sphere through the local surface, then Newton's method
     * on the altitude), then the arc solved again at that time. Range, bearing and flight time;
     * null when the arc does not come down.
     */
    private static double[] solvedAgain(EarthModel earth, PoweredFlight pf, double cutoff) {
        Ellipsoid ellipsoid = new Ellipsoid(earth);
        double[] y = new double[6];
        pf.stateAt(cutoff, y);
        KeplerOrbit orbit = new KeplerOrbit(earth.muM3PerS2(), y);
        double r = orbit.initialRadiusM();
        double here = ellipsoid.altitudeM(y[0], y[1], y[2]);
        if (pf.crashed() || here < -1.0 || orbit.apoapsisRadiusM() > VacuumPredictor.MAX_APOAPSIS_RADII * r) {
            return null;
        }
        double dt = 0.0;
        double[] s = new double[6];
        if (!(here <= 0.0 && orbit.initialRadialVelocityMps() <= 0.0)) {
            dt = orbit.timeToDescendTo(r - here);
            if (!Double.isFinite(dt)) {
                return null;
            }
            for (int i = 0; i < 8; i++) {
                orbit.stateAt(dt, s);
                double rs = Math.sqrt(s[0] * s[0] + s[1] * s[1] + s[2] * s[2]);
                double err = ellipsoid.altitudeM(s[0], s[1], s[2]);
                double rdot = (s[0] * s[3] + s[1] * s[4] + s[2] * s[5]) / rs;
                if (Math.abs(err) < 1.0e-3 || rdot >= 0.0) {
                    break;
                }
                dt -= err / rdot;
            }
        }
        if (dt <= 0) {
            System.arraycopy(y, 0, s, 0, 6);
        } else {
            double[] again = new double[6];
            new KeplerOrbit(earth.muM3PerS2(), y).stateAt(dt, again);
            s = again;
        }
        double t = cutoff + dt;
        double theta = earth.rotationRateRadPerS() * t;
        double c = Math.cos(theta);
        double sn = Math.sin(theta);
        GeodeticPoint g = ellipsoid.toGeodetic(c * s[0] + sn * s[1], -sn * s[0] + c * s[1], s[2]);
        GeodeticPoint launch = pf.launch();
        double[] da = new Geodesy(earth).distanceAndAzimuth(
                new GeodeticPoint(launch.latitudeRad(), launch.longitudeRad(), 0.0),
                new GeodeticPoint(g.latitudeRad(), g.longitudeRad(), 0.0));
        return new double[] {da[0], da[1], t};
    }

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
