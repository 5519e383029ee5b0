package org.plumbline.core.earth;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.plumbline.core.testing.ReferenceData;
import org.plumbline.core.testing.ReferenceData.Row;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Validation of {@link UsStandardAtmosphere1976} against the tabulated values of the standard
 * (reference/us-standard-atmosphere-1976, see its README for the origin of every number), and
 * properties of the density profile up to 1000 km.
 */
class UsStandardAtmosphere1976Test {
    /**
     * Relative tolerance against the tables: they print 5 significant figures, a rounding error of
     * at most 5e-5 relative (half a unit in the 5th figure of a mantissa near 1); 1e-4 is twice that.
     */
    private static final double TABLE_RELATIVE_TOLERANCE = 1.0e-4;
    /** Effective Earth radius of the geopotential conversion, m (the standard's r0, eq. 18). */
    private static final double R0_M = 6_356_766.0;
    /** Geometric altitude where the layer formulas hand over to the tabulated upper densities, m. */
    private static final double JOIN_M = 86_000.0;
    /** Top of the model, m: density is exactly zero from here on. */
    private static final double TOP_M = 1_000_000.0;
    /** Above 80 km the tabulated (kinetic) temperature differs from the molecular-scale one. */
    private static final double KINETIC_EQUALS_MOLECULAR_BELOW_M = 80_000.0;

    private final UsStandardAtmosphere1976 atmosphere = UsStandardAtmosphere1976.INSTANCE;

    static Stream<Row> layerBases() {
        return ReferenceData.table("us-standard-atmosphere-1976", "layer-bases.csv").stream();
    }

    /** Geometric altitude (m) of a table row, converting geopotential heights with eq. 18. */
    private static double geometricAltitudeM(Row row) {
        double h = row.number("altitude_m");
        return switch (row.text("altitude_kind")) {
            case "geometric" -> h;
            case "geopotential" -> R0_M * h / (R0_M - h);
            default -> throw new IllegalArgumentException(row + ": unknown altitude_kind");
        };
    }

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        double rel = Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(rel <= tolerance, () -> String.format(java.util.Locale.ROOT,
                "%s: expected %.6g, got %.6g (relative difference %.2e > %.1e)", what, expected, actual, rel, tolerance));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layerBases")
    void densityMatchesTableI(Row row) {
        double z = geometricAltitudeM(row);
        assertRelative(row.number("density_kg_m3"), atmosphere.densityKgPerM3(z), TABLE_RELATIVE_TOLERANCE,
                "density at Z = " + z + " m");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layerBases")
    void pressureMatchesTableI(Row row) {
        double z = geometricAltitudeM(row);
        assertRelative(row.number("pressure_pa"), atmosphere.pressurePa(z), TABLE_RELATIVE_TOLERANCE,
                "pressure at Z = " + z + " m");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layerBases")
    void speedOfSoundMatchesTableI(Row row) {
        double z = geometricAltitudeM(row);
        assertRelative(row.number("speed_of_sound_m_s"), atmosphere.speedOfSoundMps(z), TABLE_RELATIVE_TOLERANCE,
                "speed of sound at Z = " + z + " m");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layerBases")
    void temperatureMatchesTableIBelow80Km(Row row) {
        double z = geometricAltitudeM(row);
        if (z >= KINETIC_EQUALS_MOLECULAR_BELOW_M) {
            return; // see temperatureAt86KmIsTheKineticTemperatureOfTableI
        }
        assertRelative(row.number("temperature_k"), atmosphere.temperatureK(z), TABLE_RELATIVE_TOLERANCE,
                "temperature at Z = " + z + " m");
    }

    /**
     * Table I gives T = 186.87 K at 86 km (kinetic temperature, T = T_M M/M0 with M/M0 = 0.999579,
     * Table 8 of the standard); {@code temperatureK} returns the molecular-scale temperature
     * T_M = 186.946 K, 4.1e-4 relative too high. Density and speed of sound are unaffected (they
     * depend on T/M = T_M/M0).
     */
    @Test
    void temperatureAt86KmIsTheKineticTemperatureOfTableI() {
        Row top = layerBases().filter(r -> r.text("altitude_kind").equals("geometric")).findFirst().orElseThrow();
        assertRelative(top.number("temperature_k"), atmosphere.temperatureK(geometricAltitudeM(top)),
                TABLE_RELATIVE_TOLERANCE, "temperature at 86 km");
    }

    /** The layer formula just below 86 km and the first tabulated upper density agree to the table's figures. */
    @Test
    void densityIsContinuousAt86KmWithinTheTablePrecision() {
        double below = atmosphere.densityKgPerM3(Math.nextDown(JOIN_M));
        double at = atmosphere.densityKgPerM3(JOIN_M);
        assertRelative(UsStandardAtmosphere1976.UPPER_DENSITY[0], at, 1.0e-12, "86 km is the first table node");
        assertRelative(at, below, TABLE_RELATIVE_TOLERANCE, "density on both sides of 86 km");
    }

    /**
     * The layer formulas give 6.95788e-6 kg/m^3 at 86 km and the table node is 6.958e-6 (4 figures),
     * so the density steps up by 1.7e-5 relative when climbing through 86 km: harmless for a
     * trajectory (0.1 m of equivalent altitude) but a non-monotone profile, which root finders on
     * density and the property below do not expect.
     */
    @Test
    void densityDoesNotIncreaseAcrossThe86KmJoin() {
        double below = atmosphere.densityKgPerM3(Math.nextDown(JOIN_M));
        double at = atmosphere.densityKgPerM3(JOIN_M);
        assertTrue(at <= below, "density(86 km) = " + at + " > density(86 km - ulp) = " + below);
    }

    /** Strictly decreasing from sea level to the top on a 10 m grid and across every layer and table node. */
    @Test
    void densityDecreasesFromSeaLevelToTheTop() {
        double step = 10.0;
        double previous = atmosphere.densityKgPerM3(0.0);
        for (int i = 1; i * step < TOP_M; i++) {
            double z = i * step;
            double rho = atmosphere.densityKgPerM3(z);
            assertTrue(rho < previous, "density(" + z + " m) = " + rho + " is not below density("
                    + (z - step) + " m) = " + previous);
            previous = rho;
        }
        // Interior nodes of the upper table, approached from both sides (the join at 86 km is
        // covered by densityDoesNotIncreaseAcrossThe86KmJoin).
        for (int i = 1; i < UsStandardAtmosphere1976.UPPER_ALTITUDE_KM.length - 1; i++) {
            double z = UsStandardAtmosphere1976.UPPER_ALTITUDE_KM[i] * 1000.0;
            assertTrue(atmosphere.densityKgPerM3(z - 0.5) > atmosphere.densityKgPerM3(z)
                    && atmosphere.densityKgPerM3(z) > atmosphere.densityKgPerM3(z + 0.5), "not decreasing at " + z + " m");
        }
    }

    @Test
    void densityIsPositiveBelowTheTopAndZeroFromTheTopOn() {
        assertEquals(TOP_M, atmosphere.topAltitudeM(), 0.0);
        assertTrue(atmosphere.densityKgPerM3(Math.nextDown(TOP_M)) > 0.0);
        for (double z : List.of(TOP_M, TOP_M + 1.0, 2.0e6, 4.0e7, 1.0e9)) {
            assertEquals(0.0, atmosphere.densityKgPerM3(z), 0.0, "density at " + z + " m");
        }
    }

    /** The upper table agrees with Table I at its own nodes (log-linear interpolation passes through them). */
    @Test
    void upperDensityReproducesTheTableNodes() {
        for (int i = 0; i < UsStandardAtmosphere1976.UPPER_ALTITUDE_KM.length - 1; i++) {
            double z = UsStandardAtmosphere1976.UPPER_ALTITUDE_KM[i] * 1000.0;
            assertRelative(UsStandardAtmosphere1976.UPPER_DENSITY[i], atmosphere.densityKgPerM3(z), 1.0e-12,
                    "density at node " + z + " m");
        }
    }

    /**
     * The combined evaluation the flight engine uses gives the two functions' values bit for bit
     * (the same operations in the same order): below, at and above the 86 km join, below sea level
     * and above the top, every metre near the layer bases and every 37 m elsewhere.
     */
    @Test
    void densityAndSpeedOfSoundTogetherAreBothFunctionsBitForBit() {
        double[] out = new double[2];
        for (double h = -2_000.0; h <= 1_100_000.0; h += h > 90_000 ? 997.0 : 37.0) {
            checkTogether(h, out);
        }
        for (double base : new double[] {11_000, 20_000, 32_000, 47_000, 51_000, 71_000, 84_852, 86_000}) {
            for (double h = base - 50; h <= base + 50; h += 1.0) {
                checkTogether(h, out);
            }
            checkTogether(Math.nextDown(base), out);
            checkTogether(Math.nextUp(base), out);
        }
        checkTogether(Double.NaN, out);
    }

    private void checkTogether(double h, double[] out) {
        atmosphere.densityAndSpeedOfSound(h, out);
        assertEquals(Double.doubleToRawLongBits(atmosphere.densityKgPerM3(h)), Double.doubleToRawLongBits(out[0]),
                "density at " + h + " m");
        assertEquals(Double.doubleToRawLongBits(atmosphere.speedOfSoundMps(h)), Double.doubleToRawLongBits(out[1]),
                "speed of sound at " + h + " m");
    }
}
