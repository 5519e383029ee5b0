package org.plumbline.core.trajectory;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link GenericRocket}: the scaled missile has the nominal range it was scaled to, and nominal
 * range and burnout speed grow with the specific impulse.
 */
class GenericRocketTest {
    /**
     * The scaling solves the Isp factor to 1e-9 (Brent), about 0.1 m of range; the reach search
     * behind the nominal range converges the pitch-over to 1e-7 rad at a stationary maximum. 10 m.
     */
    private static final double NOMINAL_RANGE_TOLERANCE_M = 10.0;
    /** Isp scale factors around the scaled missile, increasing (orbit would start near 1.05). */
    private static final double[] ISP_FACTORS = {0.94, 0.97, 1.0, 1.02};

    private final Missile icbm = TestMissiles.liquidIcbm();

    @Test
    void scaledMissileHasItsNominalRange() {
        assertEquals(10_000_000.0, GenericRocket.nominalRangeM(icbm, FlightSettings.DEFAULT), NOMINAL_RANGE_TOLERANCE_M);
        assertEquals(250.0, icbm.burnTimeS(), 1.0e-9, "burn time as requested");
        assertTrue(GenericRocket.liftoffThrustToWeight(icbm) >= GenericRocket.MIN_LIFTOFF_THRUST_TO_WEIGHT);
    }

    @Test
    void nominalRangeAndBurnoutSpeedGrowWithSpecificImpulse() {
        double previousRange = 0.0;
        double previousSpeed = 0.0;
        StringBuilder seen = new StringBuilder();
        for (double factor : ISP_FACTORS) {
            Missile m = icbm.withSpecificImpulseScaled(factor);
            Reach nominal = GenericRocket.nominalFlight(m, FlightSettings.DEFAULT);
            double range = nominal.maxRangeM();
            double speed = nominal.trajectory().burnoutSpeedMps();
            seen.append(String.format(Locale.ROOT, " x%.2f: %.0f km, %.0f m/s;", factor, range / 1000, speed));
            assertTrue(range > previousRange && speed > previousSpeed, "not increasing:" + seen);
            previousRange = range;
            previousSpeed = speed;
        }
    }
}
