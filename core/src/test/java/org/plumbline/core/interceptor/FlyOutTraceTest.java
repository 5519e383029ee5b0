package org.plumbline.core.interceptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plumbline.core.testing.TestInterceptors.SM3_IIA;

import org.junit.jupiter.api.Test;
import org.plumbline.core.earth.EarthModel;
import org.plumbline.core.earth.UsStandardAtmosphere1976;

/**
 * The reach tables' traced fly-outs over the rotating Earth ({@link FlyOut#traceRotating}, RK4 written
 * out with its state in local variables) against the same fly-outs traced by the general integrator
 * ({@link FlyOut#traceRotatingReference}): every node of every fly-out of the fans the same to the
 * bit, for interceptors from 0.5 km/s (all burn, in the air) to 12 km/s (mostly long coast steps,
 * above the table), with one, two and three stages and the longest burn of the catalog, from sites
 * at low, middle, high and southern latitudes toward azimuths all round. Both loops take the
 * acceleration from the same method ({@code FlyOut.acceleration3}); what this guards is the loop's
 * own arithmetic and the state it hands to the coast step and the record (a regrouped stage sum
 * fails it); the acceleration itself is tested through the tables against their references.
 */
class FlyOutTraceTest {
    private static final double OMEGA = EarthModel.WGS84.rotationRateRadPerS();

    @Test
    void theWrittenOutLoopTracesTheSameNodes() {
        Interceptor[] interceptors = {SM3_IIA, SM3_IIA.withBurnoutSpeedMps(500), SM3_IIA.withBurnoutSpeedMps(12_000),
                // The catalog's sm3-ia (3 km/s, 500 km, 600 s), sm3-iib (2 stages, 1,200 s) and the GBI
                // (2 stages, 120 s burn).
                new Interceptor("sm3-ia", "", 3_000, 60, 3, 70_000, 500_000, 600, 5, 0, 1_200_000),
                new Interceptor("sm3-iib", "", 5_500, 60, 2, 70_000, 1_500_000, 1_200, 5, 0, 4_500_000),
                new Interceptor("gbi", "", 5_850, 120, 2, 100_000, 2_000_000, 1_200, 5, 0, 6_000_000),
                new Interceptor("one-stage", "", 2_000, 20, 1, 20_000, 150_000, 300, 5, 0, 250_000)};
        double[] latitudesDeg = {34.0, 54.5, 80.0, -30.0};
        double[] azimuthsDeg = {0.0, 135.0, 250.0};
        FlyOutPath fast = new FlyOutPath(16);
        FlyOutPath reference = new FlyOutPath(16);
        int nodes = 0;
        for (Interceptor it : interceptors) {
            FlyOut flyOut = new FlyOut(it, UsStandardAtmosphere1976.INSTANCE);
            for (int l = 0; l < latitudesDeg.length; l++) {
                // Two of the three azimuths per latitude, in turn: every azimuth at two latitudes.
                for (int a = 0; a < azimuthsDeg.length; a++) {
                    if (a == l % azimuthsDeg.length) {
                        continue;
                    }
                    double lat = Math.toRadians(latitudesDeg[l]);
                    double az = Math.toRadians(azimuthsDeg[a]);
                    for (int k = 0; k < ReachTable.FAN_SIZE; k++) {
                        double el = ReachTable.elevationRad(k);
                        flyOut.traceRotating(lat, az, OMEGA, el, it.maxFlightTimeS(), FlyOut.COAST_STEP_S,
                                it.maxRangeM(), fast);
                        flyOut.traceRotatingReference(lat, az, OMEGA, el, it.maxFlightTimeS(),
                                FlyOut.COAST_STEP_S, it.maxRangeM(), reference);
                        String what = it.id() + " lat " + latitudesDeg[l] + " az " + azimuthsDeg[a] + " fly-out " + k;
                        assertSameNodes(reference, fast, what);
                        nodes += fast.size;
                    }
                }
            }
        }
        assertTrue(nodes > 500_000, "nodes compared: " + nodes);
    }

    private static void assertSameNodes(FlyOutPath expected, FlyOutPath actual, String what) {
        assertEquals(expected.size, actual.size, what + ": nodes");
        assertEquals(expected.omegaRadPerS, actual.omegaRadPerS, 0.0, what);
        assertEquals(expected.sinePathAngle, actual.sinePathAngle, what);
        for (int i = 0; i < expected.size; i++) {
            same(expected.tS[i], actual.tS[i], what, i, "time");
            same(expected.rangeM[i], actual.rangeM[i], what, i, "range");
            same(expected.altitudeM[i], actual.altitudeM[i], what, i, "altitude");
            same(expected.rangeRateMps[i], actual.rangeRateMps[i], what, i, "range rate");
            same(expected.climbRateMps[i], actual.climbRateMps[i], what, i, "climb rate");
            same(expected.speedMps[i], actual.speedMps[i], what, i, "speed");
            same(expected.pathAngleRad[i], actual.pathAngleRad[i], what, i, "path angle");
            same(expected.axisDistanceSquaredM2[i], actual.axisDistanceSquaredM2[i], what, i, "axis distance");
            same(expected.axisDistanceSquaredRateM2PerS[i], actual.axisDistanceSquaredRateM2PerS[i], what, i,
                    "axis distance rate");
        }
    }

    private static void same(double expected, double actual, String what, int node, String field) {
        if (Double.doubleToRawLongBits(expected) != Double.doubleToRawLongBits(actual)) {
            assertEquals(expected, actual, 0.0, what + ", node " + node + ": " + field);
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                    what + ", node " + node + ": " + field + " (bits)");
        }
    }
}
