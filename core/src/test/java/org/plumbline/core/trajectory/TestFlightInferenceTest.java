package org.plumbline.core.trajectory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/**
 * V04 of shared/reference/public-data.md: D. Wright (UCS, 4 July 2017, as quoted by slashgear.com,
 * [SEC]) converts the Hwasong-14 lofted test (apogee about 2,800 km, range about 933 km, 37 min
 * per US PACOM) to about 6,700 km on a standard trajectory.
 */
class TestFlightInferenceTest {
    /** Published inputs. */
    private static final double APOGEE_M = 2_800_000;
    private static final double RANGE_M = 933_000;
    private static final double FLIGHT_TIME_S = 37 * 60;
    /** Wright's conversion. */
    private static final double WRIGHT_NOMINAL_M = 6_700_000;
    /** The tolerance: the published value is a rounded analyst's estimate from an unknown rocket model. */
    private static final double NOMINAL_TOLERANCE = 0.10;
    /** The fit matches the observed apogee and range to this, m (the fit's Brent tolerances give far less). */
    private static final double FIT_TOLERANCE_M = 1_000;

    @Test
    void hwasong14WithFittedBurnTime() {
        TestFlightInference.Fit fit = TestFlightInference.fit(GenericRocket.liquidIcbmTemplate(), APOGEE_M, RANGE_M,
                OptionalDouble.of(FLIGHT_TIME_S), OptionalDouble.empty(), FlightSettings.DEFAULT);
        assertEquals(APOGEE_M, fit.testFlight().apogeeAltitudeM(), FIT_TOLERANCE_M);
        assertEquals(RANGE_M, fit.testFlight().groundRangeM(), FIT_TOLERANCE_M);
        // The burn time is fitted so that the test's flight time is reproduced to about 10 s.
        assertEquals(FLIGHT_TIME_S, fit.testFlight().flightTimeS(), 10.0);
        assertEquals(WRIGHT_NOMINAL_M, fit.nominalRangeM(), NOMINAL_TOLERANCE * WRIGHT_NOMINAL_M);
    }

    @Test
    void hwasong14AcrossPlausibleBurnTimes() {
        // The conclusion should not hinge on the unknown burn time: 150-250 s all land within 10 %.
        for (double burn : new double[] {150, 250}) {
            TestFlightInference.Fit fit = TestFlightInference.fit(GenericRocket.liquidIcbmTemplate(), APOGEE_M, RANGE_M,
                    OptionalDouble.empty(), OptionalDouble.of(burn), FlightSettings.DEFAULT);
            assertEquals(WRIGHT_NOMINAL_M, fit.nominalRangeM(), NOMINAL_TOLERANCE * WRIGHT_NOMINAL_M, "burn " + burn);
        }
    }

    @Test
    void moreEnergeticTestsMeanLongerRange() {
        double low = TestFlightInference.fit(GenericRocket.liquidIcbmTemplate(), 2_000_000, RANGE_M,
                OptionalDouble.empty(), OptionalDouble.of(200), FlightSettings.DEFAULT).nominalRangeM();
        double high = TestFlightInference.fit(GenericRocket.liquidIcbmTemplate(), APOGEE_M, RANGE_M,
                OptionalDouble.empty(), OptionalDouble.of(200), FlightSettings.DEFAULT).nominalRangeM();
        org.junit.jupiter.api.Assertions.assertTrue(high > low + 500_000, low + " " + high);
    }

    @Test
    void impossibleTestIsAnError() {
        // A 60 km apogee cannot carry a lofted (above minimum-energy) flight 5,000 km: no scale fits.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TestFlightInference.fit(
                GenericRocket.solidMrbmTemplate(), 60_000, 5_000_000, OptionalDouble.empty(), OptionalDouble.empty(),
                FlightSettings.DEFAULT));
        assertEquals("no generic-solid-mrbm with a 100 s burn flies a 60 km apogee at 5000 km range at full burn",
                e.getMessage());
    }
}
