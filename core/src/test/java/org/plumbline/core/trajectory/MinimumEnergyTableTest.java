package org.plumbline.core.trajectory;

import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plumbline.core.testing.ReferenceData;
import org.plumbline.core.testing.ReferenceData.Row;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reference case V02 (reference/minimum-energy-table): the closed-form minimum-energy burnout state
 * for each range of the researcher's table, flown with {@link KeplerOrbit} to the descending
 * crossing of the burnout radius, must give back the range, and the table's apogee and free-flight
 * time.
 */
class MinimumEnergyTableTest {
    /** Spherical Earth of the table, m. */
    private static final double R_M = 6_371_000.0;
    /** Gravitational parameter of the table, m^3/s^2. */
    private static final double MU = 3.986004418e14;
    /** Range against the closed form: 0.1 % (public-data A.1, V02). */
    private static final double RANGE_RELATIVE_TOLERANCE = 1.0e-3;
    /** Speed printed to 0.001 km/s: half a unit, m/s. */
    private static final double SPEED_TOLERANCE_MPS = 0.5;
    /**
     * Apogee printed to the km; one unit (not half) because the table's rounding is not always to
     * nearest (447.47 km printed as 448 for 1,000 km from 200 km; see the README), m.
     */
    private static final double APOGEE_TOLERANCE_M = 1_000.0;
    /** Free-flight time printed to 0.1 min: half a unit, s. */
    private static final double TIME_TOLERANCE_S = 3.0;

    static Stream<Arguments> cases() {
        return ReferenceData.table("minimum-energy-table", "met-table.csv").stream()
                .flatMap(row -> Stream.of(Arguments.of(row, 0), Arguments.of(row, 200)));
    }

    @ParameterizedTest(name = "{0} from h = {1} km")
    @MethodSource("cases")
    void keplerFlightOfTheMinimumEnergyBurnoutMatchesTheTable(Row row, int burnoutAltitudeKm) {
        String suffix = burnoutAltitudeKm == 0 ? "h0" : "h200";
        double rangeM = row.number("range_km") * 1000.0;
        double psi = rangeM / R_M;
        double r = R_M + burnoutAltitudeKm * 1000.0;
        double sinHalf = Math.sin(psi / 2.0);
        double q = 2.0 * sinHalf / (1.0 + sinHalf);
        double v = Math.sqrt(q * MU / r);
        double gamma = (Math.PI - psi) / 4.0;
        assertWithin(row.number("speed_" + suffix + "_km_s") * 1000.0, v, SPEED_TOLERANCE_MPS,
                "closed-form burnout speed, m/s");

        double[] burnout = KeplerOrbitTest.burnoutState(r, v, gamma);
        KeplerOrbit orbit = new KeplerOrbit(MU, burnout);
        double tFree = orbit.timeToDescendTo(r);
        double[] end = new double[6];
        orbit.stateAt(tFree, end);
        double flownRangeM = R_M * KeplerOrbitTest.centralAngle(burnout, end);
        assertWithin(rangeM, flownRangeM, RANGE_RELATIVE_TOLERANCE * rangeM, "range R psi, m");

        double[] apogee = new double[6];
        orbit.stateAt(orbit.timeToApoapsis(), apogee);
        assertWithin(row.number("apogee_" + suffix + "_km") * 1000.0, KeplerOrbitTest.radius(apogee) - R_M,
                APOGEE_TOLERANCE_M, "apogee altitude, m");
        assertWithin(row.number("time_" + suffix + "_min") * 60.0, tFree, TIME_TOLERANCE_S, "free-flight time, s");
    }

    private static void assertWithin(double expected, double actual, double tolerance, String what) {
        assertTrue(Math.abs(actual - expected) <= tolerance, () -> String.format(Locale.ROOT,
                "%s: table %.6g, computed %.6g (difference %.3g > %.3g)", what, expected, actual, actual - expected,
                tolerance));
    }
}
